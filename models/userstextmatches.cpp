#include "userstextmatches.h"

#include "usersmodel.h"

#include <utility>

namespace ftmodels {

bool UsersTextMatches::setNeedle(const UsersModel *users, const QString &needle)
{
    if (needle == m_needle)
        return false;
    keepRecent(users);
    if (takeRecent(users, needle)) {
        m_previous.clear(); // this text's own answers, from a moment ago
        m_narrowing = m_widening = false;
    } else {
        // The answers for the old text help with the new one (see matches()).
        m_previous = std::exchange(m_match, {});
        m_narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
        m_widening = !needle.isEmpty() && m_needle.contains(needle);
        if (!m_narrowing && !m_widening)
            m_previous.clear();
    }
    m_needle = needle;
    return true;
}

void UsersTextMatches::settle()
{
    m_previous.clear();
    m_narrowing = m_widening = false;
}

void UsersTextMatches::reset()
{
    m_needle.clear();
    forget();
}

bool UsersTextMatches::matches(const UsersModel &users, int row)
{
    if (row < m_match.size() && m_match.at(row) >= 0)
        return m_match.at(row) == 1; // already answered for this text
    if (row < m_previous.size()) {
        const signed char before = m_previous.at(row);
        if (before == 0 && m_narrowing)
            return remember(users, row, false);
        if (before == 1 && m_widening)
            return remember(users, row, true);
    }
    return remember(users, row, m_index.matches(users, row, m_needle));
}

void UsersTextMatches::matchAll(const UsersModel &users)
{
    if (!m_match.isEmpty())
        return; // asked row by row since (new rows, edits)
    const int rows = users.rowCount();
    m_index.prepare(users);
    if (m_narrowing && m_previous.size() == rows) {
        // Only the rows the shorter text matched can match the longer one.
        m_match.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_match[row] = m_previous.at(row) != 0 && m_index.matches(users, row, m_needle) ? 1 : 0;
        return;
    }
    m_index.matchAll(users, m_needle, m_match); // one scan of every name and e-mail
}

void UsersTextMatches::forget()
{
    m_match.clear();
    m_previous.clear();
    m_recent.clear();
    m_narrowing = m_widening = false;
}

void UsersTextMatches::clear()
{
    forget();
    m_index.clear();
}

void UsersTextMatches::appended(const UsersModel &users, int first, int last)
{
    m_index.appended(users, first, last);
}

void UsersTextMatches::removed(int first, int last)
{
    const int count = last - first + 1;
    m_index.invalidate();
    if (first < m_match.size())
        m_match.remove(first, std::min<qsizetype>(count, m_match.size() - first));
    m_previous.clear();
    m_recent.clear();
}

void UsersTextMatches::changed(int first, int last)
{
    for (int row = first; row <= last && row < m_match.size(); ++row)
        m_match[row] = -1;
    m_recent.clear();
    m_index.invalidate();
}

bool UsersTextMatches::remember(const UsersModel &users, int row, bool matches)
{
    if (row >= m_match.size())
        m_match.resize(users.rowCount(), -1);
    m_match[row] = matches ? 1 : 0;
    return matches;
}

void UsersTextMatches::keepRecent(const UsersModel *users)
{
    constexpr qsizetype kTexts = 8; // a word typed and erased again
    if (m_needle.isEmpty() || !users || m_match.size() != users->rowCount() || m_match.contains(-1))
        return;
    for (auto it = m_recent.begin(); it != m_recent.end(); ++it) {
        if (it->first == m_needle) {
            m_recent.erase(it);
            break;
        }
    }
    m_recent.prepend({ m_needle, m_match });
    if (m_recent.size() > kTexts)
        m_recent.removeLast();
}

bool UsersTextMatches::takeRecent(const UsersModel *users, const QString &needle)
{
    for (auto it = m_recent.begin(); it != m_recent.end(); ++it) {
        if (it->first == needle && users && it->second.size() == users->rowCount()) {
            m_match = it->second;
            return true;
        }
    }
    return false;
}

} // namespace ftmodels

#include "userstextindex.h"

#include "usersmodel.h"

#include <QStringMatcher>

namespace ftmodels {

namespace {

// Between a row's name and e-mail and after each: a match of a needle without it never
// spans two fields.
constexpr QChar kSeparator = QChar(0);

} // namespace

void UsersTextIndex::clear()
{
    m_text.clear();
    m_start = { 0 };
    m_stale = false;
}

void UsersTextIndex::appended(const UsersModel &users, int first, int last)
{
    if (m_stale)
        return;
    if (first != m_start.size() - 1 || last != users.rowCount() - 1) {
        m_stale = true; // rows moved: laid out again by the next prepare()
        return;
    }
    add(users, first, last);
}

void UsersTextIndex::add(const UsersModel &users, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const UsersModelEntry &entry = users.entryAt(row);
        m_text.append(entry.nameKey);
        m_text.append(kSeparator);
        m_text.append(entry.emailKey);
        m_text.append(kSeparator);
        m_start.append(int(m_text.size()));
    }
}

void UsersTextIndex::prepare(const UsersModel &users)
{
    const int rows = users.rowCount();
    if (m_stale || m_start.size() - 1 > rows) {
        clear();
        qsizetype size = 0;
        for (int row = 0; row < rows; ++row)
            size += users.entryAt(row).nameKey.size() + users.entryAt(row).emailKey.size() + 2;
        m_text.reserve(size);
        m_start.reserve(rows + 1);
    }
    if (m_start.size() - 1 < rows)
        add(users, int(m_start.size()) - 1, rows - 1);
}

bool UsersTextIndex::matches(const UsersModel &users, int row, const QString &needle) const
{
    if (m_stale || row >= m_start.size() - 1 || needle.contains(kSeparator))
        return users.nameKeyAt(row).contains(needle) || users.emailKeyAt(row).contains(needle);
    const QStringView text(m_text);
    return text.sliced(m_start.at(row), m_start.at(row + 1) - m_start.at(row)).contains(needle);
}

void UsersTextIndex::matchAll(const UsersModel &users, const QString &needle,
                              QVector<signed char> &match)
{
    const int rows = users.rowCount();
    match.fill(0, rows);
    if (needle.contains(kSeparator)) {
        for (int row = 0; row < rows; ++row)
            match[row] = matches(users, row, needle) ? 1 : 0;
        return;
    }
    prepare(users);
    // One scan of the whole text; after a match, on from the next row's start.
    const QStringView text(m_text);
    const QStringMatcher matcher(needle);
    const bool single = needle.size() == 1;
    const QChar first = needle.front();
    qsizetype at = 0;
    int row = 0;
    for (;;) {
        at = single ? text.indexOf(first, at) : matcher.indexIn(text, at);
        if (at < 0)
            break;
        while (m_start.at(row + 1) <= at)
            ++row;
        match[row] = 1;
        at = m_start.at(++row);
        if (row >= rows)
            break;
    }
}

} // namespace ftmodels

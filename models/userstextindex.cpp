#include "userstextindex.h"

#include "usersmodel.h"

#include <QByteArrayMatcher>

#include <cstring>

namespace ftmodels {

namespace {

// Between a row's name and e-mail and after each: a match of a needle without it never
// spans two fields.
constexpr char kSeparator = '\0';

void appendUtf8(QByteArray &text, const QString &key)
{
    // Folded keys are mostly ASCII: copied without the encoder.
    const qsizetype size = key.size();
    const QChar *chars = key.constData();
    qsizetype i = 0;
    while (i < size && chars[i].unicode() < 0x80)
        ++i;
    const qsizetype at = text.size();
    text.resize(at + i);
    char *to = text.data() + at;
    for (qsizetype j = 0; j < i; ++j)
        to[j] = char(chars[j].unicode());
    if (i < size)
        text.append(QStringView(key).sliced(i).toUtf8());
}

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
        appendUtf8(m_text, entry.nameKey);
        m_text.append(kSeparator);
        appendUtf8(m_text, entry.emailKey);
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

const QByteArray &UsersTextIndex::utf8(const QString &needle) const
{
    if (needle != m_needle || m_needleUtf8.isEmpty()) {
        m_needle = needle;
        m_needleUtf8 = needle.toUtf8();
    }
    return m_needleUtf8;
}

bool UsersTextIndex::matches(const UsersModel &users, int row, const QString &needle) const
{
    const QByteArray &bytes = utf8(needle);
    if (m_stale || row >= m_start.size() - 1 || bytes.contains(kSeparator))
        return users.nameKeyAt(row).contains(needle) || users.emailKeyAt(row).contains(needle);
    const QByteArrayView text(m_text.constData() + m_start.at(row),
                              m_start.at(row + 1) - m_start.at(row));
    return text.contains(bytes);
}

void UsersTextIndex::matchAll(const UsersModel &users, const QString &needle,
                              QVector<signed char> &match)
{
    const int rows = users.rowCount();
    match.fill(0, rows);
    const QByteArray &bytes = utf8(needle);
    if (bytes.contains(kSeparator)) {
        for (int row = 0; row < rows; ++row)
            match[row] = matches(users, row, needle) ? 1 : 0;
        return;
    }
    prepare(users);
    // One scan of the whole text; after a match, on from the next row's start.
    const char *text = m_text.constData();
    const qsizetype size = m_text.size();
    const QByteArrayMatcher matcher(bytes);
    const bool single = bytes.size() == 1;
    qsizetype at = 0;
    int row = 0;
    while (row < rows) {
        if (single) {
            const void *found = std::memchr(text + at, bytes.front(), std::size_t(size - at));
            at = found ? static_cast<const char *>(found) - text : -1;
        } else {
            at = matcher.indexIn(text, size, at);
        }
        if (at < 0)
            break;
        while (m_start.at(row + 1) <= at)
            ++row;
        match[row] = 1;
        at = m_start.at(++row);
    }
}

} // namespace ftmodels

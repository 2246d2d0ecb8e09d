#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ftmodels {

class UsersModel;

// The folded names and e-mails (UsersModel's keys) of every row in one block of memory, row
// after row, in UTF-8, for the text filter. Matching 50,000 rows is then one scan of
// contiguous bytes instead of 100,000 visits to strings scattered over the heap (most of a
// keystroke's time). UTF-8 halves the block, and a byte match of a whole UTF-8 needle is a
// match of its characters. Appended rows are added as they come; any other change marks it
// stale, and prepare() lays it out again.
class UsersTextIndex
{
public:
    void clear();
    void invalidate() { m_stale = true; }
    void appended(const UsersModel &users, int first, int last);

    // Lays out what is missing or stale; matches() reads the model's keys for rows it lacks.
    void prepare(const UsersModel &users);
    // Whether the name or e-mail of `row` contains `needle` (folded, not empty).
    bool matches(const UsersModel &users, int row, const QString &needle) const;
    // The same for every row at once (after prepare()): `match` gets 1 or 0 per row.
    void matchAll(const UsersModel &users, const QString &needle, QVector<signed char> &match);

private:
    void add(const UsersModel &users, int first, int last);
    const QByteArray &utf8(const QString &needle) const;

    QByteArray m_text; // per row: name key, NUL, e-mail key, NUL
    QVector<int> m_start = { 0 }; // where each row's text starts, and where the last one ends
    bool m_stale = false;
    mutable QString m_needle; // the last needle asked for, and its UTF-8
    mutable QByteArray m_needleUtf8;
};

} // namespace ftmodels

#pragma once

#include <QString>
#include <QVector>

namespace ftmodels {

class UsersModel;

// The first eight UTF-16 units of a key as two numbers that order like QString::compare()
// (by UTF-16 unit) wherever they differ: if head(a) < head(b) then a < b. Shorter keys are
// padded with zeros, so a prefix sorts first. Kept beside each row of UsersSortIndex, so that
// most comparisons of names and e-mails touch two integers instead of two strings on the heap.
struct KeyHead
{
    quint64 high = 0;
    quint64 low = 0;

    static KeyHead of(const QString &key);

    friend bool operator<(KeyHead a, KeyHead b)
    {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    }
    friend bool operator==(KeyHead a, KeyHead b) { return a.high == b.high && a.low == b.low; }
    friend bool operator!=(KeyHead a, KeyHead b) { return !(a == b); }
};

// How the users table orders its rows by a column (UsersModel::Column): by the column's
// natural value (names and e-mails by their folded keys, the role without case, statuses in
// their enum order, dates as dates with "never" before any date), ties broken by name, then
// e-mail, then row number, so it is a total order and a descending sort is its exact reverse.
namespace UsersOrder {

// Negative, zero or positive, like QString::compare(); zero only for the same row.
int compare(const UsersModel &users, int left, int right, int column);

} // namespace UsersOrder

} // namespace ftmodels

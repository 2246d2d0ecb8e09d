#pragma once

#include <QVector>

namespace ftmodels {

class UsersModel;

// How the users table orders its rows by a column (UsersModel::Column): by the column's
// natural value (names and e-mails by their folded keys, the role without case, statuses in
// their enum order, dates as dates with "never" before any date), ties broken by name, then
// e-mail, then row number, so it is a total order and a descending sort is its exact reverse.
namespace UsersOrder {

// Negative, zero or positive, like QString::compare(); zero only for the same row.
int compare(const UsersModel &users, int left, int right, int column);

// One number per row (indexed by row) that orders like compare() wherever two numbers differ:
// keys[a] < keys[b] means compare(a, b) < 0. Equal numbers say nothing (the role column's are
// all equal). Sorting compares these first and the full values only on a tie.
QVector<quint64> sortKeys(const UsersModel &users, int column);

} // namespace UsersOrder

} // namespace ftmodels

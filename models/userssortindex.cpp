#include "userssortindex.h"

#include "usersmodel.h"
#include "usersorder.h"

#include <numeric>

namespace ftmodels {

void UsersSortIndex::clear()
{
    m_byName.clear();
    m_byEmail.clear();
}

void UsersSortIndex::rebuild(const UsersModel &users)
{
    clear();
    place(users, 0, users.rowCount() - 1);
}

void UsersSortIndex::inserted(const UsersModel &users, int first, int last)
{
    const int count = last - first + 1;
    if (m_byName.size() + count != users.rowCount()) {
        rebuild(users); // not in step with the model (should not happen): start again
        return;
    }
    if (first < users.rowCount() - count) {
        for (QVector<int> *rows : { &m_byName, &m_byEmail }) {
            for (int &row : *rows)
                row += row >= first ? count : 0;
        }
    }
    place(users, first, last);
}

void UsersSortIndex::changed(const UsersModel &users, int first, int last)
{
    if (m_byName.size() != users.rowCount()) {
        rebuild(users);
        return;
    }
    // All taken out before any is placed again (a row placed among others that still stand
    // where their old values put them could land out of order).
    for (QVector<int> *rows : { &m_byName, &m_byEmail })
        rows->removeIf([&](int row) { return row >= first && row <= last; });
    place(users, first, last);
}

void UsersSortIndex::removed(int first, int last)
{
    const int count = last - first + 1;
    for (QVector<int> *rows : { &m_byName, &m_byEmail }) {
        rows->removeIf([&](int row) { return row >= first && row <= last; });
        for (int &row : *rows)
            row -= row > last ? count : 0;
    }
}

void UsersSortIndex::place(const UsersModel &users, int first, int last)
{
    if (last < first)
        return;
    QVector<int> fresh(last - first + 1);
    for (const int column : { int(UsersModel::NameColumn), int(UsersModel::EmailColumn) }) {
        const auto less = [&users, column](int a, int b) {
            return UsersOrder::compare(users, a, b, column) < 0;
        };
        std::iota(fresh.begin(), fresh.end(), first);
        std::sort(fresh.begin(), fresh.end(), less);
        QVector<int> &sorted = column == UsersModel::NameColumn ? m_byName : m_byEmail;
        if (sorted.isEmpty())
            sorted = fresh;
        else
            merge(sorted, fresh, less);
    }
}

QVector<int> UsersSortIndex::ascending(const UsersModel &users, int column) const
{
    return UsersOrder::ascending(users, column, m_byName, m_byEmail);
}

} // namespace ftmodels

#include "userssortindex.h"

#include "usersmodel.h"

#include <limits>
#include <numeric>

namespace ftmodels {

namespace {

// Sorts (key, row) pairs by key, keeping the given order among equal keys: a radix sort by
// bytes, skipping the bytes in which no two keys differ (one pass for a status, five or six
// for times), so 50,000 rows take well under a millisecond per pass.
void stableSortByKey(std::vector<std::pair<quint64, int>> &items)
{
    if (items.size() < 2)
        return;
    quint64 differing = 0;
    for (const auto &item : items)
        differing |= item.first ^ items.front().first;
    std::vector<std::pair<quint64, int>> buffer(items.size());
    for (int shift = 0; shift < 64; shift += 8) {
        if (((differing >> shift) & 0xff) == 0)
            continue;
        std::size_t starts[257] = {};
        for (const auto &item : items)
            ++starts[((item.first >> shift) & 0xff) + 1];
        for (int byte = 0; byte < 256; ++byte)
            starts[byte + 1] += starts[byte];
        for (const auto &item : items)
            buffer[starts[(item.first >> shift) & 0xff]++] = item;
        items.swap(buffer);
    }
}

// The rank of each role number (UsersModel::accountRoles()) in the role column's order: roles
// equal but for case share a rank, and "no account role" comes first.
QVector<int> roleRanks(const UsersModel &users)
{
    const QStringList &names = users.accountRoles();
    QVector<int> ids(names.size());
    std::iota(ids.begin(), ids.end(), 0);
    const auto order = [&names](int a, int b) {
        return names.at(a).compare(names.at(b), Qt::CaseInsensitive);
    };
    std::sort(ids.begin(), ids.end(), [&](int a, int b) { return order(a, b) < 0; });
    QVector<int> ranks(names.size());
    int rank = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0 && order(ids.at(i), ids.at(i - 1)) != 0)
            ++rank;
        ranks[ids.at(i)] = rank;
    }
    return ranks;
}

} // namespace

void UsersSortIndex::clear()
{
    m_byName.clear();
    m_byEmail.clear();
    m_keys.clear();
}

void UsersSortIndex::rebuild(const UsersModel &users)
{
    clear();
    m_keys.resize(users.rowCount());
    readKeys(users, 0, users.rowCount() - 1);
    place(users, 0, users.rowCount() - 1);
}

void UsersSortIndex::readKeys(const UsersModel &users, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const UsersModelEntry &entry = users.entryAt(row);
        m_keys[row] = { entry.loggedInMs, entry.createdMs, entry.roleId, int(entry.status) };
    }
}

void UsersSortIndex::inserted(const UsersModel &users, int first, int last)
{
    const int count = last - first + 1;
    if (m_byName.size() + count != users.rowCount()) {
        rebuild(users); // not in step with the model (should not happen): start again
        return;
    }
    if (first < users.rowCount() - count) {
        for (QVector<Item> *items : { &m_byName, &m_byEmail }) {
            for (Item &item : *items)
                item.row += item.row >= first ? count : 0;
        }
    }
    m_keys.insert(first, count, RowKeys());
    readKeys(users, first, last);
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
    for (QVector<Item> *items : { &m_byName, &m_byEmail })
        items->removeIf([&](const Item &item) { return item.row >= first && item.row <= last; });
    readKeys(users, first, last);
    place(users, first, last);
}

void UsersSortIndex::removed(int first, int last)
{
    const int count = last - first + 1;
    for (QVector<Item> *items : { &m_byName, &m_byEmail }) {
        items->removeIf([&](const Item &item) { return item.row >= first && item.row <= last; });
        for (Item &item : *items)
            item.row -= item.row > last ? count : 0;
    }
    if (first < m_keys.size())
        m_keys.remove(first, std::min<qsizetype>(count, m_keys.size() - first));
}

void UsersSortIndex::place(const UsersModel &users, int first, int last)
{
    if (last < first)
        return;
    for (const int column : { int(UsersModel::NameColumn), int(UsersModel::EmailColumn) }) {
        const bool byName = column == UsersModel::NameColumn;
        QVector<Item> fresh;
        fresh.reserve(last - first + 1);
        for (int row = first; row <= last; ++row) {
            const UsersModelEntry &entry = users.entryAt(row);
            fresh.append({ KeyHead::of(byName ? entry.nameKey : entry.emailKey), row });
        }
        const auto less = [&users, column](const Item &a, const Item &b) {
            if (a.head != b.head)
                return a.head < b.head; // most comparisons end here, without the model
            return UsersOrder::compare(users, a.row, b.row, column) < 0;
        };
        std::sort(fresh.begin(), fresh.end(), less);
        QVector<Item> &sorted = byName ? m_byName : m_byEmail;
        if (sorted.isEmpty())
            sorted = std::move(fresh);
        else
            merge(sorted, fresh, less);
    }
}

QVector<int> UsersSortIndex::rowsOf(const QVector<Item> &items)
{
    QVector<int> rows;
    rows.reserve(items.size());
    for (const Item &item : items)
        rows.append(item.row);
    return rows;
}

QVector<int> UsersSortIndex::ascending(const UsersModel &users, int column) const
{
    if (column == UsersModel::EmailColumn)
        return rowsOf(m_byEmail);
    if (column != UsersModel::RoleColumn && column != UsersModel::StatusColumn
        && column != UsersModel::LastLoginColumn && column != UsersModel::CreatedColumn)
        return rowsOf(m_byName);
    const QVector<int> ranks = column == UsersModel::RoleColumn ? roleRanks(users) : QVector<int>();
    const int count = int(m_keys.size());
    // Times as their distance from the earliest (fewer bytes for the radix sort to pass over),
    // "never" before all of them.
    qint64 earliest = std::numeric_limits<qint64>::max();
    if (column == UsersModel::LastLoginColumn || column == UsersModel::CreatedColumn) {
        for (const RowKeys &keys : std::as_const(m_keys)) {
            const qint64 time =
                column == UsersModel::LastLoginColumn ? keys.loggedIn : keys.created;
            if (time != UsersModelEntry::kNever)
                earliest = std::min(earliest, time);
        }
    }
    const auto timeKey = [earliest](qint64 time) {
        return time == UsersModelEntry::kNever ? 0 : quint64(time) - quint64(earliest) + 1;
    };
    QVector<quint64> keys(count);
    for (int row = 0; row < count; ++row) {
        const RowKeys &values = m_keys.at(row);
        switch (column) {
        case UsersModel::RoleColumn:
            keys[row] = quint64(ranks.value(values.roleId));
            break;
        case UsersModel::StatusColumn:
            keys[row] = quint64(values.status);
            break;
        case UsersModel::LastLoginColumn:
            keys[row] = timeKey(values.loggedIn);
            break;
        default:
            keys[row] = timeKey(values.created);
            break;
        }
    }
    std::vector<std::pair<quint64, int>> keyed;
    keyed.reserve(m_byName.size());
    for (const Item &item : m_byName)
        keyed.emplace_back(item.row < count ? keys.at(item.row) : 0, item.row);
    stableSortByKey(keyed);
    QVector<int> rows;
    rows.reserve(qsizetype(keyed.size()));
    for (const auto &pair : keyed)
        rows.append(pair.second);
    return rows;
}

} // namespace ftmodels

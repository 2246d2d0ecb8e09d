#include "usersorder.h"

#include "usersmodel.h"

#include <QHash>

#include <algorithm>

namespace ftmodels {

KeyHead KeyHead::of(const QString &key)
{
    const auto pack = [&key](int from) {
        quint64 packed = 0;
        for (int i = from; i < from + 4; ++i)
            packed = (packed << 16) | (i < key.size() ? key.at(i).unicode() : 0);
        return packed;
    };
    return { pack(0), pack(4) };
}

namespace UsersOrder {

namespace {

int sign(qint64 x, qint64 y)
{
    return x < y ? -1 : (x > y ? 1 : 0);
}

// A signed time as an unsigned number in the same order.
quint64 timeKey(qint64 msecs)
{
    return quint64(msecs) ^ (quint64(1) << 63);
}

// Keys of a few dozen characters compare by their heads first: equal heads are the only case
// that reads the strings.
int compareKeys(KeyHead headA, const QString &a, KeyHead headB, const QString &b)
{
    if (headA != headB)
        return headA < headB ? -1 : 1;
    return a.compare(b);
}

// Each distinct role, numbered in the order compare() puts them (roles equal but for case
// share a number; no role is the empty one, first).
QHash<QString, int> roleRanks(const UsersModel &users)
{
    QHash<QString, int> ranks;
    const int rows = users.rowCount();
    for (int row = 0; row < rows; ++row)
        ranks.insert(users.userAt(row).role.value_or(QString()), 0);
    QStringList roles = ranks.keys();
    std::sort(roles.begin(), roles.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    int rank = 0;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (i > 0 && roles.at(i).compare(roles.at(i - 1), Qt::CaseInsensitive) != 0)
            ++rank;
        ranks[roles.at(i)] = rank;
    }
    return ranks;
}

} // namespace

int compare(const UsersModel &users, int l, int r, int column)
{
    const UsersModelEntry &a = users.entryAt(l);
    const UsersModelEntry &b = users.entryAt(r);

    int order = 0;
    switch (column) {
    case UsersModel::NameColumn:
        break; // the tie-break below is the name
    case UsersModel::EmailColumn:
        order = compareKeys(a.emailHead, a.emailKey, b.emailHead, b.emailKey);
        break;
    case UsersModel::RoleColumn:
        // "No account role" sorts first.
        order = a.user.role.value_or(QString()).compare(b.user.role.value_or(QString()),
                                                        Qt::CaseInsensitive);
        break;
    case UsersModel::StatusColumn:
        order = int(a.status) - int(b.status);
        break;
    case UsersModel::LastLoginColumn:
        order = sign(a.loggedInMs, b.loggedInMs); // "never" is older than any date
        break;
    case UsersModel::CreatedColumn:
        order = sign(a.createdMs, b.createdMs);
        break;
    default:
        break;
    }
    if (order == 0)
        order = compareKeys(a.nameHead, a.nameKey, b.nameHead, b.nameKey);
    if (order == 0)
        order = compareKeys(a.emailHead, a.emailKey, b.emailHead, b.emailKey);
    if (order == 0)
        order = l - r; // a total order: a descending sort is the exact reverse
    return order;
}

QVector<int> ascending(const UsersModel &users, int column, const QVector<int> &byName,
                       const QVector<int> &byEmail)
{
    if (column == UsersModel::NameColumn)
        return byName;
    if (column == UsersModel::EmailColumn)
        return byEmail;
    const QHash<QString, int> roles =
        column == UsersModel::RoleColumn ? roleRanks(users) : QHash<QString, int>();
    // (key, row) in name order; a stable sort by key keeps the name order among equal keys.
    std::vector<std::pair<quint64, int>> keyed;
    keyed.reserve(byName.size());
    for (const int row : byName) {
        const UsersModelEntry &entry = users.entryAt(row);
        quint64 key = 0;
        switch (column) {
        case UsersModel::RoleColumn:
            key = quint64(roles.value(entry.user.role.value_or(QString())));
            break;
        case UsersModel::StatusColumn:
            key = quint64(entry.status);
            break;
        case UsersModel::LastLoginColumn:
            key = timeKey(entry.loggedInMs);
            break;
        case UsersModel::CreatedColumn:
            key = timeKey(entry.createdMs);
            break;
        default:
            break;
        }
        keyed.emplace_back(key, row);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<int> rows;
    rows.reserve(qsizetype(keyed.size()));
    for (const auto &pair : keyed)
        rows.append(pair.second);
    return rows;
}

} // namespace UsersOrder

} // namespace ftmodels

#include "usersorder.h"

#include "usersmodel.h"

#include <limits>

namespace ftmodels::UsersOrder {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min();

// The first four UTF-16 units of a key as one number that orders like QString::compare()
// (by UTF-16 unit): if prefix(a) < prefix(b) then a < b. Shorter keys are padded with zeros,
// so a prefix sorts first.
quint64 prefixKey(const QString &key)
{
    quint64 packed = 0;
    for (int i = 0; i < 4; ++i)
        packed = (packed << 16) | (i < key.size() ? key.at(i).unicode() : 0);
    return packed;
}

// A signed time as an unsigned number in the same order ("never", the minimum, becomes 0).
quint64 timeKey(qint64 msecs)
{
    return quint64(msecs) ^ (quint64(1) << 63);
}

} // namespace

int compare(const UsersModel &users, int l, int r, int column)
{
    const ftapi::User &a = users.userAt(l);
    const ftapi::User &b = users.userAt(r);

    int order = 0;
    switch (column) {
    case UsersModel::NameColumn:
        break; // the tie-break below is the name
    case UsersModel::EmailColumn:
        order = users.emailKeyAt(l).compare(users.emailKeyAt(r));
        break;
    case UsersModel::RoleColumn:
        // "No account role" sorts first.
        order = a.role.value_or(QString()).compare(b.role.value_or(QString()), Qt::CaseInsensitive);
        break;
    case UsersModel::StatusColumn:
        order = int(users.statusAt(l)) - int(users.statusAt(r));
        break;
    case UsersModel::LastLoginColumn: {
        // "never" is older than any date.
        const qint64 x = a.loggedInAt ? a.loggedInAt->toMSecsSinceEpoch() : kNever;
        const qint64 y = b.loggedInAt ? b.loggedInAt->toMSecsSinceEpoch() : kNever;
        order = x < y ? -1 : (x > y ? 1 : 0);
        break;
    }
    case UsersModel::CreatedColumn: {
        const qint64 x = a.createdAt.isValid() ? a.createdAt.toMSecsSinceEpoch() : kNever;
        const qint64 y = b.createdAt.isValid() ? b.createdAt.toMSecsSinceEpoch() : kNever;
        order = x < y ? -1 : (x > y ? 1 : 0);
        break;
    }
    default:
        break;
    }
    if (order == 0)
        order = users.nameKeyAt(l).compare(users.nameKeyAt(r));
    if (order == 0)
        order = users.emailKeyAt(l).compare(users.emailKeyAt(r));
    if (order == 0)
        order = l - r; // a total order: a descending sort is the exact reverse
    return order;
}

QVector<quint64> sortKeys(const UsersModel &users, int column)
{
    const int rows = users.rowCount();
    QVector<quint64> keys(rows, 0); // all equal: every comparison is a full one
    for (int row = 0; row < rows; ++row) {
        const ftapi::User &user = users.userAt(row);
        switch (column) {
        case UsersModel::NameColumn:
            keys[row] = prefixKey(users.nameKeyAt(row));
            break;
        case UsersModel::EmailColumn:
            keys[row] = prefixKey(users.emailKeyAt(row));
            break;
        case UsersModel::StatusColumn:
            keys[row] = quint64(users.statusAt(row));
            break;
        case UsersModel::LastLoginColumn:
            keys[row] = timeKey(user.loggedInAt ? user.loggedInAt->toMSecsSinceEpoch() : kNever);
            break;
        case UsersModel::CreatedColumn:
            keys[row] =
                timeKey(user.createdAt.isValid() ? user.createdAt.toMSecsSinceEpoch() : kNever);
            break;
        default: // the role compares without case: no cheap number orders like it
            break;
        }
    }
    return keys;
}

} // namespace ftmodels::UsersOrder

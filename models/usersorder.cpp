#include "usersorder.h"

#include "usersmodel.h"

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
        order = a.emailKey.compare(b.emailKey);
        break;
    case UsersModel::RoleColumn:
        // "No account role" sorts first.
        order = a.roleId == b.roleId ? 0
                                     : a.user.role.value_or(QString()).compare(
                                         b.user.role.value_or(QString()), Qt::CaseInsensitive);
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
        order = a.nameKey.compare(b.nameKey);
    if (order == 0)
        order = a.emailKey.compare(b.emailKey);
    if (order == 0)
        order = l - r; // a total order: a descending sort is the exact reverse
    return order;
}

} // namespace UsersOrder

} // namespace ftmodels

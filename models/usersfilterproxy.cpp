#include "usersfilterproxy.h"

#include "usersmodel.h"

#include <limits>

namespace ftmodels {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::min();
}

UsersFilterProxy::UsersFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::SortValueRole);
}

void UsersFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *users = qobject_cast<UsersModel *>(model);
    Q_ASSERT_X(!model || users, "UsersFilterProxy", "the source must be a UsersModel");
    m_users = users;
    QSortFilterProxyModel::setSourceModel(users);
}

void UsersFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString needle = UsersModel::foldKey(text.trimmed());
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::setRoleFilter(const std::optional<QString> &role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::setStatusFilter(std::optional<UserStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::clearFilters()
{
    if (!isFiltering() && m_text.isEmpty())
        return;
    m_text.clear();
    m_needle.clear();
    m_role.reset();
    m_status.reset();
    invalidateFilter();
    Q_EMIT filtersChanged();
}

QString UsersFilterProxy::userIdAt(int proxyRow) const
{
    if (!m_users || proxyRow < 0 || proxyRow >= rowCount())
        return {};
    const int sourceRow = mapToSource(index(proxyRow, 0)).row();
    return sourceRow >= 0 ? m_users->userAt(sourceRow).id : QString();
}

int UsersFilterProxy::proxyRowOf(const QString &userId) const
{
    if (!m_users)
        return -1;
    const int sourceRow = m_users->rowOf(userId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_users->index(sourceRow, 0)).row();
}

bool UsersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return false;
    if (m_status && m_users->statusAt(sourceRow) != *m_status)
        return false;
    if (m_role) {
        const std::optional<QString> &role = m_users->userAt(sourceRow).role;
        if (m_role->isEmpty() ? role.has_value() : role != *m_role)
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    return m_users->nameKeyAt(sourceRow).contains(m_needle)
        || m_users->emailKeyAt(sourceRow).contains(m_needle);
}

bool UsersFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return false;
    const int l = left.row();
    const int r = right.row();
    const ftapi::User &a = m_users->userAt(l);
    const ftapi::User &b = m_users->userAt(r);

    int order = 0;
    switch (left.column()) {
    case UsersModel::NameColumn:
        break; // the tie-break below is the name
    case UsersModel::EmailColumn:
        order = m_users->emailKeyAt(l).compare(m_users->emailKeyAt(r));
        break;
    case UsersModel::RoleColumn:
        // "No account role" sorts first.
        order = a.role.value_or(QString()).compare(b.role.value_or(QString()), Qt::CaseInsensitive);
        break;
    case UsersModel::StatusColumn:
        order = int(m_users->statusAt(l)) - int(m_users->statusAt(r));
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
        order = m_users->nameKeyAt(l).compare(m_users->nameKeyAt(r));
    if (order == 0)
        order = m_users->emailKeyAt(l).compare(m_users->emailKeyAt(r));
    return order < 0;
}

} // namespace ftmodels

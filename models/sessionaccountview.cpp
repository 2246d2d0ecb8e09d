#include "sessionaccountview.h"

#include "change.h"
#include "membershipsmodel.h"
#include "namedirectory.h"
#include "rolesmodel.h"
#include "usersmodel.h"

namespace ftmodels {

using ftapi::MembershipKind;

SessionAccountView::SessionAccountView(const UsersModel *users, const RolesModel *roles,
                                       const NameDirectory *names,
                                       const MembershipsModel *memberships)
    : m_users(users)
    , m_roles(roles)
    , m_names(names)
    , m_memberships(memberships)
{
}

bool SessionAccountView::usersComplete() const
{
    return m_users->hasLoaded();
}

const ftapi::User *SessionAccountView::user(const QString &id) const
{
    return m_users->user(id);
}

const ftapi::User *SessionAccountView::userByEmail(const QString &email) const
{
    const QString wanted = email.trimmed();
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const ftapi::User &u = m_users->userAt(row);
        if (u.email.compare(wanted, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

int SessionAccountView::accountAdministratorCount() const
{
    const QString administrator = accountAdministratorRole();
    int count = 0;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (m_users->userAt(row).role == administrator)
            ++count;
    }
    return count;
}

bool SessionAccountView::rolesKnown() const
{
    return m_roles->hasLoaded();
}

const ftapi::Role *SessionAccountView::role(const QString &name) const
{
    return m_roles->role(name);
}

bool SessionAccountView::targetsKnown(MembershipKind kind) const
{
    return kind == MembershipKind::Group ? m_names->groupsComplete()
                                         : m_names->connectionsComplete();
}

bool SessionAccountView::targetExists(MembershipKind kind, const QString &id) const
{
    return m_names->lookup(kind, id) == NameDirectory::Lookup::Known;
}

QString SessionAccountView::targetName(MembershipKind kind, const QString &id) const
{
    if (kind == MembershipKind::Group) {
        const ftapi::Group *g = m_names->group(id);
        return g ? g->name : QString();
    }
    const ftapi::Connection *c = m_names->connection(id);
    return c ? c->displayName() : QString();
}

const QVector<ftapi::Membership> *SessionAccountView::memberships(const QString &userId,
                                                                  MembershipKind kind) const
{
    if (userId.isEmpty() || userId != m_memberships->userId() || !m_memberships->hasLoaded(kind))
        return nullptr;
    QVector<ftapi::Membership> &list = m_lists[kind == MembershipKind::Group ? 0 : 1];
    list = m_memberships->memberships(kind);
    return &list;
}

QVector<ftapi::Group> SessionAccountView::allGroups() const
{
    return m_names->groupsComplete() ? m_names->groups() : QVector<ftapi::Group>();
}

QVector<ftapi::Connection> SessionAccountView::allConnections() const
{
    return m_names->connectionsComplete() ? m_names->connections() : QVector<ftapi::Connection>();
}

} // namespace ftmodels

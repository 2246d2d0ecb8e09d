#include "accountview.h"

#include "change.h"

namespace ftmodels {

using ftapi::MembershipKind;

void AccountSnapshot::setUsers(const QVector<ftapi::User> &users)
{
    m_usersKnown = true;
    m_users = users;
    m_userRows.clear();
    m_emailRows.clear();
    for (int row = 0; row < m_users.size(); ++row) {
        m_userRows.insert(m_users.at(row).id, row);
        m_emailRows.insert(m_users.at(row).email.toCaseFolded(), row);
    }
}

void AccountSnapshot::setRoles(const QVector<ftapi::Role> &roles)
{
    m_rolesKnown = true;
    m_roles = roles;
    m_roleRows.clear();
    for (int row = 0; row < m_roles.size(); ++row)
        m_roleRows.insert(m_roles.at(row).name, row);
}

void AccountSnapshot::setGroups(const QVector<ftapi::Group> &groups)
{
    m_groupsKnown = true;
    m_groups.clear();
    for (const ftapi::Group &g : groups)
        m_groups.insert(g.id, g);
}

void AccountSnapshot::setConnections(const QVector<ftapi::Connection> &connections)
{
    m_connectionsKnown = true;
    m_connections.clear();
    for (const ftapi::Connection &c : connections)
        m_connections.insert(c.id, c);
}

void AccountSnapshot::setMemberships(const QString &userId, MembershipKind kind,
                                     const QVector<ftapi::Membership> &memberships)
{
    (kind == MembershipKind::Group ? m_groupMemberships : m_connectionMemberships)
        .insert(userId, memberships);
}

void AccountSnapshot::setUserMissing(const QString &userId)
{
    m_missingUsers.insert(userId, true);
}

bool AccountSnapshot::usersComplete() const
{
    return m_usersKnown || (m_base && m_base->usersComplete());
}

const ftapi::User *AccountSnapshot::user(const QString &id) const
{
    if (m_missingUsers.contains(id))
        return nullptr;
    if (m_usersKnown) {
        const auto it = m_userRows.constFind(id);
        return it == m_userRows.cend() ? nullptr : &m_users.at(*it);
    }
    return m_base ? m_base->user(id) : nullptr;
}

const ftapi::User *AccountSnapshot::userByEmail(const QString &email) const
{
    if (m_usersKnown) {
        const auto it = m_emailRows.constFind(email.toCaseFolded());
        return it == m_emailRows.cend() ? nullptr : &m_users.at(*it);
    }
    return m_base ? m_base->userByEmail(email) : nullptr;
}

int AccountSnapshot::accountAdministratorCount() const
{
    if (!m_usersKnown)
        return m_base ? m_base->accountAdministratorCount() : 0;
    const QString administrator = accountAdministratorRole();
    int count = 0;
    for (const ftapi::User &u : m_users) {
        if (u.role == administrator)
            ++count;
    }
    return count;
}

bool AccountSnapshot::rolesKnown() const
{
    return m_rolesKnown || (m_base && m_base->rolesKnown());
}

const ftapi::Role *AccountSnapshot::role(const QString &name) const
{
    if (m_rolesKnown) {
        const auto it = m_roleRows.constFind(name);
        return it == m_roleRows.cend() ? nullptr : &m_roles.at(*it);
    }
    return m_base ? m_base->role(name) : nullptr;
}

bool AccountSnapshot::targetsKnown(MembershipKind kind) const
{
    const bool own = kind == MembershipKind::Group ? m_groupsKnown : m_connectionsKnown;
    return own || (m_base && m_base->targetsKnown(kind));
}

bool AccountSnapshot::targetExists(MembershipKind kind, const QString &id) const
{
    if (kind == MembershipKind::Group && m_groupsKnown)
        return m_groups.contains(id);
    if (kind == MembershipKind::Connection && m_connectionsKnown)
        return m_connections.contains(id);
    return m_base && m_base->targetExists(kind, id);
}

QString AccountSnapshot::targetName(MembershipKind kind, const QString &id) const
{
    if (kind == MembershipKind::Group && m_groupsKnown) {
        const auto it = m_groups.constFind(id);
        return it == m_groups.cend() ? QString() : it->name;
    }
    if (kind == MembershipKind::Connection && m_connectionsKnown) {
        const auto it = m_connections.constFind(id);
        return it == m_connections.cend() ? QString() : it->displayName();
    }
    return m_base ? m_base->targetName(kind, id) : QString();
}

const QVector<ftapi::Membership> *AccountSnapshot::memberships(const QString &userId,
                                                               MembershipKind kind) const
{
    const auto &own = kind == MembershipKind::Group ? m_groupMemberships : m_connectionMemberships;
    const auto it = own.constFind(userId);
    if (it != own.cend())
        return &*it;
    return m_base ? m_base->memberships(userId, kind) : nullptr;
}

QVector<ftapi::Group> AccountSnapshot::allGroups() const
{
    if (m_groupsKnown)
        return m_groups.values();
    return m_base ? m_base->allGroups() : QVector<ftapi::Group>();
}

QVector<ftapi::Connection> AccountSnapshot::allConnections() const
{
    if (m_connectionsKnown)
        return m_connections.values();
    return m_base ? m_base->allConnections() : QVector<ftapi::Connection>();
}

} // namespace ftmodels

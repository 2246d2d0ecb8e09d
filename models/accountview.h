#pragma once

#include "connection.h"
#include "group.h"
#include "membership.h"
#include "role.h"
#include "user.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace ftmodels {

// What a plan's check may read about the account: users, roles, destinations, connections and
// the memberships of some users. Each part says whether it is known; what is not known is not
// guessed (the check says it could not verify, and a PlanRun reads it first). Lookups are
// synchronous; a returned pointer is valid until the next change to the underlying data, so it
// is never kept across the event loop.
class AccountView
{
public:
    virtual ~AccountView() = default;

    virtual bool usersComplete() const = 0; // every user of the account is known
    virtual const ftapi::User *user(const QString &id) const = 0;
    virtual const ftapi::User *userByEmail(const QString &email) const = 0; // any case
    virtual int accountAdministratorCount() const = 0; // counts what is known

    virtual bool rolesKnown() const = 0;
    virtual const ftapi::Role *role(const QString &name) const = 0;

    // The complete list of destinations (Group) or connections is known.
    virtual bool targetsKnown(ftapi::MembershipKind kind) const = 0;
    virtual bool targetExists(ftapi::MembershipKind kind, const QString &id) const = 0;
    // The name a person knows it by; empty when unknown.
    virtual QString targetName(ftapi::MembershipKind kind, const QString &id) const = 0;

    // A user's memberships of one kind; nullptr when they are not known.
    virtual const QVector<ftapi::Membership> *memberships(const QString &userId,
                                                          ftapi::MembershipKind kind) const = 0;

    // Every destination and connection known, to find one by its name (an import names them);
    // empty when the list is not known.
    virtual QVector<ftapi::Group> allGroups() const { return {}; }
    virtual QVector<ftapi::Connection> allConnections() const { return {}; }
};

// An AccountView that holds its own copy of what was read (by a PlanReader, or by a test),
// and asks `base` for whatever it does not hold (the window's models, say).
class AccountSnapshot : public AccountView
{
public:
    explicit AccountSnapshot(const AccountView *base = nullptr)
        : m_base(base)
    {
    }

    void setBase(const AccountView *base) { m_base = base; }

    void setUsers(const QVector<ftapi::User> &users); // the complete list
    void setRoles(const QVector<ftapi::Role> &roles);
    void setGroups(const QVector<ftapi::Group> &groups); // the complete list
    void setConnections(const QVector<ftapi::Connection> &connections); // the complete list
    void setMemberships(const QString &userId, ftapi::MembershipKind kind,
                        const QVector<ftapi::Membership> &memberships);
    // The user does not exist (a list of theirs answered "no such user").
    void setUserMissing(const QString &userId);

    bool usersComplete() const override;
    const ftapi::User *user(const QString &id) const override;
    const ftapi::User *userByEmail(const QString &email) const override;
    int accountAdministratorCount() const override;
    bool rolesKnown() const override;
    const ftapi::Role *role(const QString &name) const override;
    bool targetsKnown(ftapi::MembershipKind kind) const override;
    bool targetExists(ftapi::MembershipKind kind, const QString &id) const override;
    QString targetName(ftapi::MembershipKind kind, const QString &id) const override;
    const QVector<ftapi::Membership> *memberships(const QString &userId,
                                                  ftapi::MembershipKind kind) const override;
    QVector<ftapi::Group> allGroups() const override;
    QVector<ftapi::Connection> allConnections() const override;
    // Its own complete list of destinations or connections, not its base's.
    bool holdsTargets(ftapi::MembershipKind kind) const
    {
        return kind == ftapi::MembershipKind::Group ? m_groupsKnown : m_connectionsKnown;
    }

private:
    const AccountView *m_base = nullptr;
    bool m_usersKnown = false;
    QVector<ftapi::User> m_users;
    QHash<QString, int> m_userRows;
    QHash<QString, int> m_emailRows; // case-folded e-mail -> row
    QHash<QString, bool> m_missingUsers;
    bool m_rolesKnown = false;
    QVector<ftapi::Role> m_roles;
    QHash<QString, int> m_roleRows;
    bool m_groupsKnown = false;
    QHash<QString, ftapi::Group> m_groups;
    bool m_connectionsKnown = false;
    QHash<QString, ftapi::Connection> m_connections;
    QHash<QString, QVector<ftapi::Membership>> m_groupMemberships;
    QHash<QString, QVector<ftapi::Membership>> m_connectionMemberships;
};

} // namespace ftmodels

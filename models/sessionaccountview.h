#pragma once

#include "accountview.h"

#include <array>

namespace ftmodels {

class MembershipsModel;
class NameDirectory;
class RolesModel;
class UsersModel;

// The account as the window's models hold it, for a plan's check: the users once the list has
// loaded, the roles, the names of destinations and connections once the directory has them,
// and the memberships of the selected user. What the models do not hold is unknown, and a
// PlanRun reads it first.
class SessionAccountView : public AccountView
{
public:
    SessionAccountView(const UsersModel *users, const RolesModel *roles, const NameDirectory *names,
                       const MembershipsModel *memberships);

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

private:
    const UsersModel *m_users;
    const RolesModel *m_roles;
    const NameDirectory *m_names;
    const MembershipsModel *m_memberships;
    // What memberships() last returned: the model keeps entries, not one list per kind.
    mutable std::array<QVector<ftapi::Membership>, 2> m_lists;
};

} // namespace ftmodels

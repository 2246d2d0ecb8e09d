#pragma once

#include "membership.h"
#include "newuser.h"
#include "user.h"
#include "userupdate.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace ftmodels {

// Which write operation of the API a change is (API.md's seed names in seedName()).
enum class ChangeOp {
    CreateUser, // create_user
    ModifyUser, // modify_user
    DeleteUser, // delete_user
    RemoveAccountRole, // delete_user_membership_in_account
    AddMembership, // add_user_membership_in_group / _in_connector
    UpdateMembership, // update_user_membership_in_group / _in_connector
    DeleteMembership, // delete_user_membership_in_group / _in_connector
};

// One write to the account as a value: which operation, on whom (by id, or by e-mail), on which
// destination or connection, with which fields, and the state it expects where that is known
// (a dialog or an undo knows it; a plan file does not). Changes travel in a Plan: checked
// against the account before anything is sent, then applied by a PlanRun. Nothing here talks
// to the network.
//
//   Plan plan;
//   plan.append(Change::addMembership(MembershipKind::Group, userId, groupId, u"View
//   Destination"_s)); plan.append(Change::removeAccountRole(userId).expecting(user));
struct Change
{
    ChangeOp op = ChangeOp::ModifyUser;
    ftapi::MembershipKind kind = ftapi::MembershipKind::Group; // membership operations only
    QString userId; // the user; may be empty when `email` names them
    QString email; // the user by e-mail; create_user: the address invited
    QString targetId; // the group (destination) or connection; membership operations only
    QString role; // add/update a membership: the role there
    ftapi::NewUser invitation; // create_user: the whole invitation (its email == `email`)
    ftapi::UserUpdate update; // modify_user: the fields to change
    // What the change expects to find, when known: the user as last seen (modify, delete,
    // remove the role), and a membership's role before the change (update, delete; empty:
    // not a member).
    std::optional<ftapi::User> expectedUser;
    std::optional<QString> expectedRole;
    // A deletion: the memberships the person was shown they would lose, when they were read
    // just now; then they need not be read again for the journal and its undo.
    std::optional<QVector<ftapi::Membership>> expectedGroups;
    std::optional<QVector<ftapi::Membership>> expectedConnections;
    // The journal entry this change undoes (0: it is no undo). Not part of a plan file.
    qint64 undoes = 0;

    static Change createUser(const ftapi::NewUser &invitation);
    static Change modifyUser(const QString &userId, const ftapi::UserUpdate &update);
    static Change deleteUser(const QString &userId);
    static Change removeAccountRole(const QString &userId);
    static Change addMembership(ftapi::MembershipKind kind, const QString &userId,
                                const QString &targetId, const QString &role);
    static Change updateMembership(ftapi::MembershipKind kind, const QString &userId,
                                   const QString &targetId, const QString &role);
    static Change deleteMembership(ftapi::MembershipKind kind, const QString &userId,
                                   const QString &targetId);

    Change &expecting(const ftapi::User &user);
    Change &expectingRole(const QString &role);
    Change &expectingMemberships(const QVector<ftapi::Membership> &groups,
                                 const QVector<ftapi::Membership> &connections);
    Change &namedByEmail(const QString &address); // the user by e-mail instead of by id

    bool isMembership() const
    {
        return op == ChangeOp::AddMembership || op == ChangeOp::UpdateMembership
            || op == ChangeOp::DeleteMembership;
    }
    // The account role this change gives the user, when it sets one.
    std::optional<QString> newAccountRole() const;

    QString seedName() const; // "add_user_membership_in_group"
    // The operation for a seed name ("..._in_connector"; "..._in_connection" is accepted too).
    static bool opFromSeedName(const QString &name, ChangeOp *op, ftapi::MembershipKind *kind);
    static QStringList seedNames();

    // One entry of a PLAN.json: {"op": seed name, parameters as `fivetran-admin call` takes
    // them}. fromJson() says what is wrong in *error and returns nullopt for a bad entry.
    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &entry, QString *error);

    // The same operation on the same user and target with the same fields (what is expected
    // is not compared).
    bool sameWriteAs(const Change &other) const;
};

// The account role the service never lets an account lose (API.md's rules).
QString accountAdministratorRole();

} // namespace ftmodels

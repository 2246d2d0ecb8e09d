#pragma once

#include "accessgraph.h"
#include "connection.h"
#include "group.h"
#include "membership.h"
#include "role.h"
#include "user.h"

#include <QHash>
#include <QVector>

namespace ftmodels {

// Everything an audit fetched, as the API sent it: what AuditBuilder turns into rows. The
// *Complete flags say whether a whole list arrived; a user without an entry in a membership
// hash is one whose list could not be fetched.
struct AuditData
{
    QVector<ftapi::User> users; // in the server's order
    QHash<QString, QVector<ftapi::Membership>> destinationMemberships; // by user id
    QHash<QString, QVector<ftapi::Membership>> connectionMemberships; // by user id
    QVector<ftapi::Group> groups;
    QVector<ftapi::Connection> connections;
    QVector<ftapi::Role> roles;
    // Teams with their members and roles (a list that failed stays short: see the result's
    // missing lines). teamsRead is false when the server refused GET /teams with 404 or 403:
    // the audit then goes on without teams, and teamsProblem says what the server answered.
    QVector<TeamAccess> teams;
    bool teamsRead = false;
    QString teamsProblem;
    bool usersComplete = false;
    bool groupsComplete = false;
    bool connectionsComplete = false; // every group's connections arrived
    bool rolesComplete = false;
};

} // namespace ftmodels

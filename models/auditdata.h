#pragma once

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
    bool usersComplete = false;
    bool groupsComplete = false;
    bool connectionsComplete = false; // every group's connections arrived
    bool rolesComplete = false;
};

} // namespace ftmodels

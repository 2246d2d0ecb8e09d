#include "sandboxroles.h"

namespace ftsandbox {

using namespace Qt::StringLiterals;

namespace {

SandboxRole makeRole(const QString &name, const QString &description, const QStringList &scope,
                     bool isCustom = false, const QString &replacement = {})
{
    SandboxRole role;
    role.name = name;
    role.description = description;
    role.scope = scope;
    role.isCustom = isCustom;
    role.isDeprecated = !replacement.isEmpty();
    role.replacementRoleName = replacement;
    return role;
}

} // namespace

QVector<SandboxRole> defaultSandboxRoles()
{
    const QStringList account { u"ACCOUNT"_s };
    const QStringList destination { u"DESTINATION"_s };
    const QStringList connector { u"CONNECTOR"_s };
    const QStringList team { u"TEAM"_s };
    return {
        makeRole(u"Account Administrator"_s,
                 u"Full control of the account: users, billing, destinations and connections"_s,
                 account),
        makeRole(u"Account Billing"_s, u"Views and manages billing and usage"_s, account),
        makeRole(u"Account Analyst"_s,
                 u"Views everything in the account and edits connections' schedules"_s, account),
        makeRole(u"Account Reviewer"_s, u"Read-only access to the whole account"_s, account),
        makeRole(u"Destination Creator"_s,
                 u"Creates destinations and manages the destinations they created"_s, account),
        makeRole(u"Security Auditor"_s, u"Custom: reviews users, roles and access logs"_s, account,
                 true),
        makeRole(u"Manage Destination"_s,
                 u"Full control of a destination, its connections and its members"_s, destination),
        makeRole(u"Edit Destination"_s, u"Edits a destination and its connections"_s, destination),
        makeRole(u"View Destination"_s, u"Read-only access to a destination"_s, destination),
        makeRole(u"Create Connection"_s, u"Creates connections in a destination"_s, destination),
        makeRole(u"Destination Administrator"_s, u"Legacy destination administrator"_s, destination,
                 false, u"Manage Destination"_s),
        makeRole(u"Destination Analyst"_s, u"Legacy destination analyst"_s, destination, false,
                 u"Edit Destination"_s),
        makeRole(u"Destination Reviewer"_s, u"Legacy read-only destination role"_s, destination,
                 false, u"View Destination"_s),
        makeRole(u"Data Steward"_s, u"Custom: curates schemas of a destination's connections"_s,
                 { u"DESTINATION"_s, u"CONNECTOR"_s }, true),
        makeRole(u"Manage Connection"_s, u"Full control of a connection and its members"_s,
                 connector),
        makeRole(u"Edit Connection"_s, u"Edits a connection's setup and schema"_s, connector),
        makeRole(u"View Connection"_s, u"Read-only access to a connection"_s, connector),
        makeRole(u"Connector Administrator"_s, u"Legacy connector administrator"_s, connector,
                 false, u"Manage Connection"_s),
        makeRole(u"Connector Collaborator"_s, u"Legacy connector editor"_s, connector, false,
                 u"Edit Connection"_s),
        makeRole(u"Connector Reviewer"_s, u"Legacy read-only connector role"_s, connector, false,
                 u"View Connection"_s),
        makeRole(u"Team Manager"_s, u"Manages a team's members"_s, team),
        makeRole(u"Team Member"_s, u"Member of a team"_s, team),
    };
}

} // namespace ftsandbox

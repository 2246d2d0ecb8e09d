#include "effectiveaccess.h"

#include <algorithm>

namespace ftmodels {

AccessGraph EffectiveAccess::graphOf(const AuditData &data)
{
    return AccessGraph(data.groups, data.connections, data.roles, data.teams);
}

AccessPerson EffectiveAccess::personOf(const AuditData &data, const ftapi::User &user)
{
    return AccessPerson { user.id, user.role.value_or(QString()),
                          data.destinationMemberships.value(user.id),
                          data.connectionMemberships.value(user.id) };
}

AuditFlags EffectiveAccess::pathFlags(const AccessRules &rules, const QVector<AccessPath> &paths)
{
    AuditFlags flags;
    for (const AccessPath &path : paths) {
        if (rules.isDeprecated(path.role))
            flags |= AuditFlag::DeprecatedRole;
    }
    if (AccessGraph::hasRedundantDirect(paths))
        flags |= AuditFlag::RedundantGrant;
    return flags;
}

EffectiveAccess EffectiveAccess::build(const AuditData &data, const QDateTime &now)
{
    EffectiveAccess access;
    access.m_graph = graphOf(data);

    QVector<const ftapi::User *> users;
    users.reserve(data.users.size());
    for (const ftapi::User &user : data.users)
        users.append(&user);
    std::stable_sort(users.begin(), users.end(),
                     [](const ftapi::User *a, const ftapi::User *b) { return a->id < b->id; });

    access.m_people.reserve(users.size());
    for (const ftapi::User *user : std::as_const(users)) {
        Person person;
        person.access = personOf(data, *user);
        person.userName = user->fullName();
        person.email = user->email;
        person.status = userStatus(*user);
        person.lastLogin = user->loggedInAt;
        if (person.lastLogin && !person.lastLogin->isValid())
            person.lastLogin.reset();
        const AuditFlags userFlags = Audit::userFlags(
            person.status, user->createdAt, person.lastLogin, person.access.accountRole, now);
        const int index = int(access.m_people.size());
        const QVector<AccessGraph::Reached> reached = access.m_graph.reach(person.access);
        for (const AccessGraph::Reached &r : reached) {
            EffectiveRow row;
            row.person = index;
            row.target = r.target;
            row.level = r.level;
            row.vias = AccessGraph::viaMask(r.paths);
            row.flags = userFlags | pathFlags(access.m_graph.rules(), r.paths);
            access.m_rows.append(row);
        }
        access.m_people.append(std::move(person));
    }
    return access;
}

} // namespace ftmodels

#include "effectiveaccess.h"

#include "auditbuilder.h"

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

EffectiveAccess::Person EffectiveAccess::personEntry(const AuditData &data, const ftapi::User &user)
{
    Person person;
    person.access = personOf(data, user);
    person.userName = user.fullName();
    person.email = user.email;
    person.status = userStatus(user);
    person.lastLogin = AuditBuilder::lastLoginOf(user);
    return person;
}

QVector<EffectiveRow> EffectiveAccess::personRows(const AccessGraph &graph,
                                                  const AccessPerson &person)
{
    // The summary gives what pathFlags() would find in the paths, without making them.
    const QVector<AccessGraph::ReachSummary> reached = graph.reachSummary(person);
    QVector<EffectiveRow> rows;
    rows.reserve(reached.size());
    for (const AccessGraph::ReachSummary &r : reached) {
        EffectiveRow row;
        row.target = r.target;
        row.level = r.level;
        row.vias = r.vias;
        if (r.deprecated)
            row.flags |= AuditFlag::DeprecatedRole;
        if (r.redundantDirect)
            row.flags |= AuditFlag::RedundantGrant;
        rows.append(row);
    }
    return rows;
}

EffectiveAccess EffectiveAccess::fromParts(AccessGraph graph, QVector<Person> people,
                                           QVector<EffectiveRow> rows)
{
    EffectiveAccess access;
    access.m_graph = std::move(graph);
    access.m_people = std::move(people);
    access.m_rows = std::move(rows);
    return access;
}

EffectiveAccess EffectiveAccess::build(const AuditData &data, const QDateTime &now)
{
    AccessGraph graph = graphOf(data);

    QVector<const ftapi::User *> users;
    users.reserve(data.users.size());
    for (const ftapi::User &user : data.users)
        users.append(&user);
    std::stable_sort(users.begin(), users.end(),
                     [](const ftapi::User *a, const ftapi::User *b) { return a->id < b->id; });

    QVector<Person> people;
    QVector<EffectiveRow> rows;
    people.reserve(users.size());
    for (const ftapi::User *user : std::as_const(users)) {
        Person person = personEntry(data, *user);
        const AuditFlags userFlags = AuditBuilder::userFlags(*user, now);
        const int index = int(people.size());
        const QVector<EffectiveRow> own = personRows(graph, person.access);
        for (EffectiveRow row : own) {
            row.person = index;
            row.flags |= userFlags;
            rows.append(row);
        }
        people.append(std::move(person));
    }
    return fromParts(std::move(graph), std::move(people), std::move(rows));
}

} // namespace ftmodels

#include "auditbuilder.h"

#include "effectiveaccess.h"
#include "namedirectory.h"

#include <QHash>

namespace ftmodels {

using ftapi::MembershipKind;

QVector<AuditRow> AuditBuilder::build(const AuditData &data, const QDateTime &now)
{
    NameDirectory names;
    names.setContents(data.groups, data.connections);

    QHash<QString, bool> deprecated;
    for (const ftapi::Role &role : data.roles)
        deprecated.insert(role.name, role.isDeprecated);

    auto targetFlags = [&](MembershipKind kind, const QString &id) {
        const bool complete =
            kind == MembershipKind::Group ? data.groupsComplete : data.connectionsComplete;
        // An incomplete look-up list proves nothing about a target it does not hold.
        if (complete && names.lookup(kind, id) == NameDirectory::Lookup::Missing)
            return AuditFlags(AuditFlag::MissingTarget);
        return AuditFlags();
    };
    const AccessGraph graph = EffectiveAccess::graphOf(data);
    // A membership that adds nothing to what the person reaches anyway.
    auto redundantFlag = [&](const AccessPerson &person, AuditKind kind, const QString &id) {
        const int target = graph.targetIndex(kind, id);
        return target >= 0 && AccessGraph::hasRedundantDirect(graph.paths(person, target))
            ? AuditFlags(AuditFlag::RedundantGrant)
            : AuditFlags();
    };
    auto roleFlags = [&](const QString &role) {
        return deprecated.value(role, false) ? AuditFlags(AuditFlag::DeprecatedRole) : AuditFlags();
    };

    QVector<AuditRow> rows;
    rows.reserve(data.users.size() * 3);
    for (const ftapi::User &user : data.users) {
        AuditRow base;
        base.userId = user.id;
        base.userName = user.fullName();
        base.email = user.email;
        base.status = userStatus(user);
        base.lastLogin = user.loggedInAt;
        if (base.lastLogin && !base.lastLogin->isValid())
            base.lastLogin.reset();
        const QString accountRole = user.role.value_or(QString());
        const AuditFlags userFlags =
            Audit::userFlags(base.status, user.createdAt, base.lastLogin, accountRole, now);
        const AccessPerson person = EffectiveAccess::personOf(data, user);

        AuditRow account = base;
        account.kind = AuditKind::Account;
        account.role = accountRole;
        account.since = user.createdAt;
        account.flags = userFlags | roleFlags(accountRole);
        rows.append(account);

        auto addMemberships = [&](MembershipKind kind, AuditKind auditKind,
                                  const QVector<ftapi::Membership> &list) {
            for (const ftapi::Membership &membership : list) {
                AuditRow row = base;
                row.kind = auditKind;
                row.targetId = membership.id;
                if (names.lookup(kind, membership.id) == NameDirectory::Lookup::Known)
                    row.targetName = names.targetName(kind, membership.id);
                row.role = membership.role;
                row.since = membership.createdAt.value_or(QDateTime());
                row.flags = userFlags | roleFlags(membership.role)
                    | targetFlags(kind, membership.id)
                    | redundantFlag(person, auditKind, membership.id);
                rows.append(row);
            }
        };
        addMemberships(MembershipKind::Group, AuditKind::Destination,
                       data.destinationMemberships.value(user.id));
        addMemberships(MembershipKind::Connection, AuditKind::Connection,
                       data.connectionMemberships.value(user.id));
    }
    return rows;
}

} // namespace ftmodels

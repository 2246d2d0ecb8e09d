#include "auditbuilder.h"

#include "effectiveaccess.h"
#include "namedirectory.h"

namespace ftmodels {

using ftapi::MembershipKind;

AuditBuilder::Context::Context(const AuditData &data, const AccessGraph &graph)
    : m_names(std::make_unique<NameDirectory>())
    , m_graph(graph)
    , m_groupsComplete(data.groupsComplete)
    , m_connectionsComplete(data.connectionsComplete)
{
    m_names->setContents(data.groups, data.connections);
    for (const ftapi::Role &role : data.roles)
        m_deprecated.insert(role.name, role.isDeprecated);
}

AuditBuilder::Context::~Context() = default;

std::optional<QDateTime> AuditBuilder::lastLoginOf(const ftapi::User &user)
{
    std::optional<QDateTime> lastLogin = user.loggedInAt;
    if (lastLogin && !lastLogin->isValid())
        lastLogin.reset();
    return lastLogin;
}

AuditFlags AuditBuilder::userFlags(const ftapi::User &user, const QDateTime &now)
{
    return Audit::userFlags(userStatus(user), user.createdAt, lastLoginOf(user),
                            user.role.value_or(QString()), now);
}

void AuditBuilder::appendRows(const Context &context, const ftapi::User &user,
                              const AccessPerson &person, QVector<AuditRow> *rows)
{
    const NameDirectory &names = *context.m_names;
    const AccessGraph &graph = context.m_graph;
    auto targetFlags = [&](MembershipKind kind, const QString &id) {
        const bool complete = kind == MembershipKind::Group ? context.m_groupsComplete
                                                            : context.m_connectionsComplete;
        // An incomplete look-up list proves nothing about a target it does not hold.
        if (complete && names.lookup(kind, id) == NameDirectory::Lookup::Missing)
            return AuditFlags(AuditFlag::MissingTarget);
        return AuditFlags();
    };
    // A membership that adds nothing to what the person reaches anyway.
    auto redundantFlag = [&](AuditKind kind, const QString &id) {
        const int target = graph.targetIndex(kind, id);
        return target >= 0 && AccessGraph::hasRedundantDirect(graph.paths(person, target))
            ? AuditFlags(AuditFlag::RedundantGrant)
            : AuditFlags();
    };
    auto roleFlags = [&](const QString &role) {
        return context.m_deprecated.value(role, false) ? AuditFlags(AuditFlag::DeprecatedRole)
                                                       : AuditFlags();
    };

    AuditRow base;
    base.userId = user.id;
    base.userName = user.fullName();
    base.email = user.email;
    base.status = userStatus(user);
    base.lastLogin = lastLoginOf(user);

    AuditRow account = base;
    account.kind = AuditKind::Account;
    account.role = person.accountRole;
    account.since = user.createdAt;
    account.flags = roleFlags(person.accountRole);
    rows->append(account);

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
            row.flags = roleFlags(membership.role) | targetFlags(kind, membership.id)
                | redundantFlag(auditKind, membership.id);
            rows->append(row);
        }
    };
    addMemberships(MembershipKind::Group, AuditKind::Destination, person.destinations);
    addMemberships(MembershipKind::Connection, AuditKind::Connection, person.connections);
}

QVector<AuditRow> AuditBuilder::build(const AuditData &data, const QDateTime &now)
{
    const AccessGraph graph = EffectiveAccess::graphOf(data);
    const Context context(data, graph);
    QVector<AuditRow> rows;
    rows.reserve(data.users.size() * 3);
    for (const ftapi::User &user : data.users) {
        const qsizetype first = rows.size();
        appendRows(context, user, EffectiveAccess::personOf(data, user), &rows);
        const AuditFlags flags = userFlags(user, now);
        for (qsizetype i = first; i < rows.size(); ++i)
            rows[i].flags |= flags;
    }
    return rows;
}

} // namespace ftmodels

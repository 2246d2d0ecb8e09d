#include "snapshotdiff.h"

#include "auditrow.h"
#include "diffwords.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;
using Type = AccessChange::Type;

namespace {

const char *const kTypeKeys[AccessChange::kTypeCount] = {
    "user_added",           "user_removed",
    "account_role_changed", "status_changed",
    "grant_added",          "grant_removed",
    "grant_role_changed",   "effective_gained",
    "effective_lost",       "effective_level_changed",
};

// Paths of `from` that `other` does not hold: what made the difference.
QVector<AccessPath> without(const QVector<AccessPath> &from, const QVector<AccessPath> &other)
{
    QVector<AccessPath> only;
    for (const AccessPath &path : from) {
        if (!other.contains(path))
            only.append(path);
    }
    return only;
}

// Of the paths that came or went, those that decide the new level: for a rise the ones that
// give it, for a fall the ones that gave more than is left; all of them when none stands out.
QVector<AccessPath> decisive(const QVector<AccessPath> &paths, bool up, AccessLevel level)
{
    QVector<AccessPath> chosen;
    for (const AccessPath &path : paths) {
        const int rank = AccessChange::levelRank(path.level);
        if (up ? path.level == level : rank > AccessChange::levelRank(level))
            chosen.append(path);
    }
    return chosen.isEmpty() ? paths : chosen;
}

class Comparer
{
public:
    Comparer(const DiffSide &older, const DiffSide &newer)
        : m_old(older)
        , m_new(newer)
    {
    }

    QVector<AccessChange> run()
    {
        compareUsers();
        compareEffective();
        std::stable_sort(m_changes.begin(), m_changes.end(),
                         [](const AccessChange &a, const AccessChange &b) {
                             if (a.userId != b.userId)
                                 return a.userId < b.userId;
                             if (a.type != b.type)
                                 return a.type < b.type;
                             const QString ka = a.kind ? Audit::kindKey(*a.kind) : QString();
                             const QString kb = b.kind ? Audit::kindKey(*b.kind) : QString();
                             if (ka != kb)
                                 return ka < kb;
                             return a.targetId < b.targetId;
                         });
        return std::move(m_changes);
    }

private:
    AccessChange base(Type type, const ftapi::User &user) const
    {
        AccessChange c;
        c.type = type;
        c.userId = user.id;
        c.email = user.email;
        c.userName = user.fullName();
        return c;
    }

    QString targetName(AuditKind kind, const QString &id) const
    {
        QString name = m_new.graph.targetName(kind, id);
        if (name.isEmpty())
            name = m_old.graph.targetName(kind, id);
        return name;
    }

    void grants(const ftapi::User &user, AuditKind kind, const QVector<ftapi::Membership> &before,
                const QVector<ftapi::Membership> &after)
    {
        QHash<QString, QString> old;
        for (const ftapi::Membership &m : before)
            old.insert(m.id, m.role);
        QSet<QString> seen;
        for (const ftapi::Membership &m : after) {
            seen.insert(m.id);
            const auto it = old.constFind(m.id);
            if (it != old.constEnd() && it.value() == m.role)
                continue;
            AccessChange c =
                base(it == old.constEnd() ? Type::GrantAdded : Type::GrantRoleChanged, user);
            c.kind = kind;
            c.targetId = m.id;
            c.targetName = targetName(kind, m.id);
            if (it != old.constEnd())
                c.oldRole = it.value();
            c.newRole = m.role;
            m_changes.append(std::move(c));
        }
        for (const ftapi::Membership &m : before) {
            if (seen.contains(m.id))
                continue;
            AccessChange c = base(Type::GrantRemoved, user);
            c.kind = kind;
            c.targetId = m.id;
            c.targetName = targetName(kind, m.id);
            c.oldRole = m.role;
            m_changes.append(std::move(c));
        }
    }

    void compareUsers()
    {
        static const QVector<ftapi::Membership> none;
        QHash<QString, const ftapi::User *> old;
        for (const ftapi::User &user : m_old.data.users)
            old.insert(user.id, &user);
        QSet<QString> seen;
        for (const ftapi::User &user : m_new.data.users) {
            seen.insert(user.id);
            const ftapi::User *before = old.value(user.id);
            const auto dests = m_new.data.destinationMemberships.value(user.id);
            const auto conns = m_new.data.connectionMemberships.value(user.id);
            if (!before) {
                AccessChange c = base(Type::UserAdded, user);
                c.newRole = user.role.value_or(QString());
                c.newStatus = userStatus(user);
                m_changes.append(std::move(c));
                grants(user, AuditKind::Destination, none, dests);
                grants(user, AuditKind::Connection, none, conns);
                continue;
            }
            const QString oldRole = before->role.value_or(QString());
            const QString newRole = user.role.value_or(QString());
            if (oldRole != newRole) {
                AccessChange c = base(Type::AccountRoleChanged, user);
                c.kind = AuditKind::Account;
                c.oldRole = oldRole;
                c.newRole = newRole;
                m_changes.append(std::move(c));
            }
            const UserStatus oldStatus = userStatus(*before);
            const UserStatus newStatus = userStatus(user);
            if (oldStatus != newStatus) {
                AccessChange c = base(Type::StatusChanged, user);
                c.oldStatus = oldStatus;
                c.newStatus = newStatus;
                m_changes.append(std::move(c));
            }
            grants(user, AuditKind::Destination, m_old.data.destinationMemberships.value(user.id),
                   dests);
            grants(user, AuditKind::Connection, m_old.data.connectionMemberships.value(user.id),
                   conns);
        }
        for (const ftapi::User &user : m_old.data.users) {
            if (seen.contains(user.id))
                continue;
            AccessChange c = base(Type::UserRemoved, user);
            c.oldRole = user.role.value_or(QString());
            c.oldStatus = userStatus(user);
            m_changes.append(std::move(c));
            grants(user, AuditKind::Destination, m_old.data.destinationMemberships.value(user.id),
                   none);
            grants(user, AuditKind::Connection, m_old.data.connectionMemberships.value(user.id),
                   none);
        }
    }

    AccessChange effective(Type type, const ftapi::User &user, const AccessGraph &graph,
                           const AccessGraph::Reached &reached) const
    {
        const AccessGraph::Target &target = graph.targets().at(reached.target);
        AccessChange c = base(type, user);
        c.kind = target.kind;
        c.targetId = target.id;
        c.targetName = target.name;
        return c;
    }

    // The people whose effective access may differ although their own role and memberships
    // did not: everyone when the account's targets or roles differ, else the members (on
    // either side) of every team that differs.
    void findAffected()
    {
        auto targetsOf = [](const AuditData &d) {
            QStringList keys;
            for (const ftapi::Group &g : d.groups)
                keys.append(u"g:"_s + g.id);
            for (const ftapi::Connection &c : d.connections)
                keys.append(u"c:"_s + c.id + u':' + c.groupId);
            keys.sort();
            return keys;
        };
        m_everyone =
            m_old.data.roles != m_new.data.roles || targetsOf(m_old.data) != targetsOf(m_new.data);
        if (m_everyone)
            return;
        QHash<QString, const TeamAccess *> old;
        for (const TeamAccess &t : m_old.data.teams)
            old.insert(t.team.id, &t);
        auto same = [](const TeamAccess &a, const TeamAccess &b) {
            return a.team.role == b.team.role && a.members == b.members
                && a.destinations == b.destinations && a.connections == b.connections;
        };
        auto mark = [this](const TeamAccess &t) {
            for (const ftapi::TeamMember &m : t.members)
                m_affected.insert(m.userId);
        };
        QSet<QString> seen;
        for (const TeamAccess &t : m_new.data.teams) {
            seen.insert(t.team.id);
            const TeamAccess *before = old.value(t.team.id);
            if (!before || !same(*before, t)) {
                mark(t);
                if (before)
                    mark(*before);
            }
        }
        for (const TeamAccess &t : m_old.data.teams) {
            if (!seen.contains(t.team.id))
                mark(t);
        }
    }

    bool unchanged(const ftapi::User &a, const ftapi::User &b) const
    {
        return !m_everyone && !m_affected.contains(a.id) && a.role == b.role
            && m_old.data.destinationMemberships.value(a.id)
            == m_new.data.destinationMemberships.value(b.id)
            && m_old.data.connectionMemberships.value(a.id)
            == m_new.data.connectionMemberships.value(b.id);
    }

    void gained(const ftapi::User &user, const AccessGraph::Reached &r)
    {
        AccessChange c = effective(Type::EffectiveGained, user, m_new.graph, r);
        c.newLevel = r.level;
        c.via = r.paths;
        c.cause = c.via;
        m_changes.append(std::move(c));
    }

    void lost(const ftapi::User &user, const AccessGraph::Reached &r)
    {
        AccessChange c = effective(Type::EffectiveLost, user, m_old.graph, r);
        c.oldLevel = r.level;
        c.via = r.paths;
        c.cause = c.via;
        m_changes.append(std::move(c));
    }

    // Both sides' reach of one person, each in its graph's target order (connections, then
    // destinations, each by id), walked together.
    void comparePerson(const ftapi::User *before, const ftapi::User *after)
    {
        const QVector<AccessGraph::Reached> ra = before
            ? m_old.graph.reach(EffectiveAccess::personOf(m_old.data, *before))
            : QVector<AccessGraph::Reached>();
        const QVector<AccessGraph::Reached> rb = after
            ? m_new.graph.reach(EffectiveAccess::personOf(m_new.data, *after))
            : QVector<AccessGraph::Reached>();
        auto order = [this](const AccessGraph::Reached &x, const AccessGraph::Reached &y) {
            const AccessGraph::Target &tx = m_old.graph.targets().at(x.target);
            const AccessGraph::Target &ty = m_new.graph.targets().at(y.target);
            if (tx.kind != ty.kind)
                return tx.kind == AuditKind::Connection ? -1 : 1;
            return tx.id == ty.id ? 0 : tx.id < ty.id ? -1 : 1;
        };
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < ra.size() || j < rb.size()) {
            const int o = i >= ra.size() ? 1 : j >= rb.size() ? -1 : order(ra[i], rb[j]);
            if (o < 0) {
                lost(*before, ra[i++]);
            } else if (o > 0) {
                gained(*after, rb[j++]);
            } else {
                if (ra[i].level != rb[j].level) {
                    AccessChange c =
                        effective(Type::EffectiveLevelChanged, *after, m_new.graph, rb[j]);
                    c.oldLevel = ra[i].level;
                    c.newLevel = rb[j].level;
                    c.via = rb[j].paths;
                    const bool up =
                        AccessChange::levelRank(rb[j].level) > AccessChange::levelRank(ra[i].level);
                    c.cause =
                        decisive(up ? without(c.via, ra[i].paths) : without(ra[i].paths, c.via), up,
                                 rb[j].level);
                    m_changes.append(std::move(c));
                }
                ++i;
                ++j;
            }
        }
    }

    void compareEffective()
    {
        findAffected();
        QHash<QString, const ftapi::User *> old;
        for (const ftapi::User &user : m_old.data.users)
            old.insert(user.id, &user);
        QSet<QString> seen;
        for (const ftapi::User &user : m_new.data.users) {
            seen.insert(user.id);
            const ftapi::User *before = old.value(user.id);
            if (!before || !unchanged(*before, user))
                comparePerson(before, &user);
        }
        for (const ftapi::User &user : m_old.data.users) {
            if (!seen.contains(user.id))
                comparePerson(&user, nullptr);
        }
    }

    const DiffSide &m_old;
    const DiffSide &m_new;
    QVector<AccessChange> m_changes;
    QSet<QString> m_affected;
    bool m_everyone = false;
};

} // namespace

DiffSide DiffSide::of(AuditData data, const QDateTime &time, qint64 id, const QString &label)
{
    DiffSide side;
    side.id = id;
    side.time = time;
    side.label = label;
    side.graph = EffectiveAccess::graphOf(data);
    side.data = std::move(data);
    return side;
}

int AccessChange::levelRank(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None:
        return 0;
    case AccessLevel::View:
        return 1;
    case AccessLevel::Edit:
        return 2;
    case AccessLevel::Unknown:
        return 3;
    case AccessLevel::Manage:
        break;
    }
    return 4;
}

QString AccessChange::typeKey(Type type)
{
    return QString::fromLatin1(kTypeKeys[int(type)]);
}

std::optional<AccessChange::Type> AccessChange::typeFromKey(const QString &key)
{
    for (int i = 0; i < kTypeCount; ++i) {
        if (key == QLatin1String(kTypeKeys[i]))
            return Type(i);
    }
    return std::nullopt;
}

QVector<AccessChange::Type> AccessChange::allTypes()
{
    QVector<Type> types;
    for (int i = 0; i < kTypeCount; ++i)
        types.append(Type(i));
    return types;
}

SnapshotDiff SnapshotDiff::compare(const DiffSide &older, const DiffSide &newer)
{
    SnapshotDiff diff;
    diff.m_changes = Comparer(older, newer).run();
    QString lastUser;
    for (const AccessChange &c : std::as_const(diff.m_changes)) {
        ++diff.m_counts[int(c.type)];
        if (c.userId != lastUser || diff.m_people == 0) {
            ++diff.m_people;
            lastUser = c.userId;
        }
    }
    diff.m_summaries = DiffWords::summaries(diff.m_changes, older.graph, newer.graph);
    return diff;
}

} // namespace ftmodels

#pragma once

#include "accessgraph.h"
#include "auditdata.h"
#include "effectiveaccess.h"
#include "userstatus.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace ftmodels {

// One side of a comparison: an audit's data at its time (a saved snapshot, or a fresh audit),
// with the graph its effective access follows from. `id` is the snapshot's, 0 for a fresh
// audit. Effective access is worked out per person only where the comparison needs it.
struct DiffSide
{
    qint64 id = 0;
    QDateTime time;
    QString label;
    AuditData data;
    AccessGraph graph;

    static DiffSide of(AuditData data, const QDateTime &time, qint64 id = 0,
                       const QString &label = {});
};

// One difference between two audits of an account. Which fields apply depends on the type:
// a person added or removed (their account role and status), an account role or a status
// that changed, a direct grant (membership) added, removed or changed in role, and effective
// access gained, lost or changed in level, with the paths behind it (`via`: the new side's
// paths, the old side's for a loss) and those that made the difference (`cause`).
struct AccessChange
{
    enum class Type : quint8 {
        UserAdded,
        UserRemoved,
        AccountRoleChanged,
        StatusChanged,
        GrantAdded,
        GrantRemoved,
        GrantRoleChanged,
        EffectiveGained,
        EffectiveLost,
        EffectiveLevelChanged,
    };
    static constexpr int kTypeCount = 10;

    Type type = Type::UserAdded;
    QString userId;
    QString email;
    QString userName;
    std::optional<AuditKind> kind; // Account for an account role; none for a person or status
    QString targetId;
    QString targetName;
    std::optional<QString> oldRole; // empty string: no role; nullopt: does not apply
    std::optional<QString> newRole;
    std::optional<AccessLevel> oldLevel;
    std::optional<AccessLevel> newLevel;
    std::optional<UserStatus> oldStatus;
    std::optional<UserStatus> newStatus;
    QVector<AccessPath> via;
    QVector<AccessPath> cause;

    static QString typeKey(Type type); // "user_added", for exports
    static std::optional<Type> typeFromKey(const QString &key);
    static QVector<Type> allTypes();
    // Higher means more access; Unknown sits below Manage only, as AccessRules::combine().
    static int levelRank(AccessLevel level);
    bool isRaise() const
    {
        return newLevel && (!oldLevel || levelRank(*newLevel) > levelRank(*oldLevel));
    }
};

// What changed between two audits of one account, worked out from their data alone (pure: no
// network, no storage): every change in a fixed order (by user id, then type, kind and target
// id), counts by type, and the effective changes summed up in sentences a person reads
// ("Ann Lee gained Manage on 14 connections through the account role Account Administrator").
// A person's effective access is worked out on both sides only when something it follows
// from differs (their role or memberships, a team they are in, the destinations, connections
// or roles of the account), so two snapshots of 50,000 people that differ in a few compare
// in well under a second; the outcome is the same as comparing everyone's.
//
//   const SnapshotDiff diff = SnapshotDiff::compare(older, newer);
//   for (const AccessChange &c : diff.changes()) ...
class SnapshotDiff
{
public:
    static SnapshotDiff compare(const DiffSide &older, const DiffSide &newer);

    const QVector<AccessChange> &changes() const { return m_changes; }
    int count(AccessChange::Type type) const { return m_counts[int(type)]; }
    int peopleChanged() const { return m_people; } // people with at least one change
    QStringList summaries() const { return m_summaries; }

private:
    QVector<AccessChange> m_changes;
    int m_counts[AccessChange::kTypeCount] = {};
    int m_people = 0;
    QStringList m_summaries;
};

} // namespace ftmodels

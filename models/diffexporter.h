#pragma once

#include "snapshotdiff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace ftmodels {

// Writes a comparison of two audits for other tools. JSON:
// {"old": {id, time, users, grants, label}, "new": {...}, "changes": [...]} where `id` is the
// snapshot's number or "now" for a fresh audit, and each change has `change` (its type key),
// `user_id`, `email`, and where they apply `kind`, `target_id`, `target_name`, `old_role`,
// `new_role` (null: no role), `old_level`, `new_level`, `old_status`, `new_status` and `via`
// (a list of {path, role, group_id, team_id}, as the effective audit writes it). CSV: one
// column per field in that order, empty where a field does not apply, `via` as
// `path:role[:id]` items joined by ';'. Both in the comparison's order.
class DiffExporter
{
public:
    static QStringList fieldNames();
    static QJsonObject sideJson(const DiffSide &side);
    static QJsonObject changeJson(const AccessChange &change);
    static QStringList csvValues(const AccessChange &change);

    static QByteArray toJson(const DiffSide &older, const DiffSide &newer,
                             const SnapshotDiff &diff);
    static QByteArray toCsv(const SnapshotDiff &diff);

    // Atomically (QSaveFile); false with the reason in *error.
    static bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace ftmodels

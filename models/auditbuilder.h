#pragma once

#include "auditdata.h"
#include "auditrow.h"

#include <QDateTime>
#include <QVector>

namespace ftmodels {

// Turns what an audit fetched into its rows: one Account row per user, then the user's
// destination and connection memberships, names resolved through a NameDirectory and every
// hygiene flag computed against an explicit "now" (so tests control time; a membership that
// another path already covers is a RedundantGrant, by AccessGraph). Pure: no network.
class AuditBuilder
{
public:
    static QVector<AuditRow> build(const AuditData &data, const QDateTime &now);
};

} // namespace ftmodels

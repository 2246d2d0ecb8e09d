#pragma once

#include "auditrow.h"
#include "effectiveaccess.h"
#include "role.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace ftmodels {

// The outcome of one audit run: the rows, and an honest account of what is missing. A result
// that is not complete() must never be presented or exported as if it were.
struct AuditResult
{
    QVector<AuditRow> rows;
    QVector<ftapi::Role> roles; // from GET /roles, for the role filter and explanations
    int userCount = 0;
    QDateTime generatedAt; // the "now" the hygiene flags were computed against (UTC)
    quint64 requests = 0; // HTTP requests the run made, retries included
    bool cancelled = false;
    QStringList missing; // one line per list that could not be fetched, with the reason
    EffectiveAccess effective; // what everyone can really reach, with the reasons
    // False when the server refused GET /teams (404 or 403): the audit is complete without
    // teams, but what teams grant is missing from the effective access. teamsProblem: why.
    bool teamsRead = true;
    QString teamsProblem;

    bool isComplete() const { return !cancelled && missing.isEmpty(); }
};

} // namespace ftmodels

#pragma once

#include "auditresult.h"
#include "auditrow.h"
#include "effectiveaccess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ftmodels {

// Writes audit rows for other tools: CSV (RFC 4180: comma separated, CRLF line ends, fields
// with a comma, quote, CR or LF quoted with quotes doubled; UTF-8 without a BOM; one header
// row) and JSON (an object with the run's facts and a "rows" array). Both carry the same rows
// in the same order with the same fields, ids (user_id, target_id) beside the names and
// timestamps in ISO-8601 UTC, so an audit can be joined with other data.
//
// The effective export has one row per person and target they reach: user_id, email, kind
// ("destination" or "connection"), target_id, target_name, level ("manage", "edit", "view",
// "unknown") and via, the reasons. In JSON `via` is a list of {"path", "role", "group_id",
// "team_id"} (ids only where they apply: group_id for a destination path, and for a team's
// role on a destination; team_id for a team); in CSV the same list as `path:role[:id]` items
// joined by ';' (the team's id for team paths, the destination's for destination paths).
// JSON exports also say `teams_read`: false when the server would not show its teams.
class AuditExporter
{
public:
    enum class Format { Csv, Json };

    // From the file name's extension (.csv or .json, any case); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);

    // The fields of a row, in order: the CSV header and the JSON keys.
    static QStringList fieldNames();
    // One row's values as the CSV writes them (empty for none, flags joined with ';').
    static QStringList csvValues(const AuditRow &row);
    static QString statusKey(UserStatus status); // "invitation_pending"

    static QString csvField(const QString &value); // quoted only when it has to be
    static QByteArray toCsv(const QVector<AuditRow> &rows);
    // `info` supplies generated_at, complete and missing; its rows are not used. `filter`
    // (AuditFilterBase::filterDescription()) says what a filtered view left out: it is
    // written as "filter", and "complete" is then false, since the rows are not all.
    static QByteArray toJson(const QVector<AuditRow> &rows, const AuditResult &info,
                             const QJsonObject &filter = {});

    // Writes atomically (QSaveFile): the file is either the whole export or untouched.
    // Returns false with a reason in *error.
    static bool writeFile(const QString &path, Format format, const QVector<AuditRow> &rows,
                          const AuditResult &info, QString *error, const QJsonObject &filter = {});

    // ---- effective access; `rows` are indexes into access.rows(), in the order to write
    static QStringList effectiveFieldNames();
    static QString viaItem(const AccessPath &path); // "destination:View Destination:warm_harbor"
    static QStringList effectiveCsvValues(const EffectiveAccess &access, const EffectiveRow &row);
    static QByteArray toEffectiveCsv(const EffectiveAccess &access, const QVector<int> &rows);
    static QByteArray toEffectiveJson(const EffectiveAccess &access, const QVector<int> &rows,
                                      const AuditResult &info, const QJsonObject &filter = {});
    static QVector<int> allRows(const EffectiveAccess &access);
    static bool writeEffectiveFile(const QString &path, Format format,
                                   const EffectiveAccess &access, const QVector<int> &rows,
                                   const AuditResult &info, QString *error,
                                   const QJsonObject &filter = {});

private:
    static QByteArray csv(const QStringList &header, const QVector<QStringList> &records);
    static QJsonObject runFacts(const AuditResult &info, const QJsonObject &filter);
    static bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace ftmodels

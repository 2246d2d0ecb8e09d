#pragma once

#include "auditresult.h"
#include "auditrow.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ftmodels {

// Writes audit rows for other tools: CSV (RFC 4180: comma separated, CRLF line ends, fields
// with a comma, quote, CR or LF quoted with quotes doubled; UTF-8 without a BOM; one header
// row) and JSON (an object with the run's facts and a "rows" array). Both carry the same rows
// in the same order with the same fields, ids (user_id, target_id) beside the names and
// timestamps in ISO-8601 UTC, so an audit can be joined with other data.
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
    // `info` supplies generated_at, complete and missing; its rows are not used.
    static QByteArray toJson(const QVector<AuditRow> &rows, const AuditResult &info);

    // Writes atomically (QSaveFile): the file is either the whole export or untouched.
    // Returns false with a reason in *error.
    static bool writeFile(const QString &path, Format format, const QVector<AuditRow> &rows,
                          const AuditResult &info, QString *error);
};

} // namespace ftmodels

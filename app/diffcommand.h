#pragma once

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

#include <optional>

namespace ftmodels {
struct DiffSide;
class SnapshotStore;
} // namespace ftmodels

namespace ftapp {

class ApiEndpoint;
struct CommandLine;

// `fivetran-admin diff [OLD] [NEW] [--output FILE.csv|FILE.json|FILE.pdf]`: what changed in
// the account between two snapshots, or a snapshot and a fresh audit (`now`). OLD and NEW are
// a snapshot id, `previous`, `latest` or `now`; the default is previous against latest. JSON
// on stdout without --output; CSV and JSON by ftmodels::DiffExporter, the PDF report by
// ftmodels::DiffReport. A fresh audit that does not complete compares nothing. Exit codes: 0
// written, 1 a snapshot cannot be read, the audit failed or the file cannot be written, 2
// usage error (an unknown snapshot included). Runs its own event loop for `now`.
class DiffCommand
{
public:
    DiffCommand(QTextStream &out, QTextStream &err);

    void setNow(const QDateTime &now) { m_now = now; } // the fresh audit's "now"; tests
    int run(const CommandLine &line, const QProcessEnvironment &environment);
    static QString usageText();

private:
    int usageError(const QString &message);
    int fail(const QString &message);
    std::optional<ftmodels::DiffSide> side(const QString &name, ApiEndpoint &endpoint,
                                           const ftmodels::SnapshotStore &store, int *exit);

    QTextStream &m_out;
    QTextStream &m_err;
    QDateTime m_now;
};

} // namespace ftapp

#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {
class AuditCollector;
}

namespace ftapp {

struct CommandLine;

// `fivetran-admin audit --output FILE.csv|FILE.json [--effective] [--concurrency N]`: fetches
// everyone's access (ftmodels::AuditCollector) and writes it as CSV or JSON: one row per
// membership and account role, or with --effective one row per person and destination or
// connection they reach, with the level and the reasons (ftmodels::AuditExporter). Progress
// goes to stderr only when stderr is a terminal. A partial audit is never written: the command
// names what is missing on stderr and exits 1. A server that will not show its teams (404 or
// 403 on /teams) is said on stderr, and the audit is written without them. `--estimate`
// instead reads only the people list and prints what the audit would cost
// (ftmodels::JobEstimate) as JSON. Exit codes: 0 written (or estimated), 1 the API failed or
// the file could not be written, 2 usage error. Runs its own event loop.
class AuditCommand
{
public:
    AuditCommand(QTextStream &out, QTextStream &err);

    void setShowProgress(bool show) { m_showProgress = show; } // default: isatty(stderr)
    void setNow(const QDateTime &now) { m_now = now; } // default: the clock

    int run(const CommandLine &line, const QProcessEnvironment &environment);

    static QString usageText();

    static constexpr int kMaxConcurrency = 64;

private:
    int usageError(const QString &message);
    int estimate(ftapi::ApiClient *client);
    void printProgress(const ftmodels::AuditCollector &audit, bool force);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_showProgress = false;
    QDateTime m_now;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    int m_progressWidth = 0;
};

} // namespace ftapp

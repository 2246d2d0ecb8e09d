#include "auditcommand.h"

#include "apiclient.h"
#include "apiendpoint.h"
#include "auditcollector.h"
#include "auditcost.h"
#include "auditexporter.h"
#include "commandline.h"
#include "jobestimate.h"
#include "snapshotaccess.h"
#include "waitnotice.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace ftapp {

using namespace Qt::StringLiterals;
using ftmodels::AuditCollector;
using ftmodels::AuditExporter;

namespace {

// Progress lines are redrawn at most this often: a terminal needs no more.
constexpr qint64 kProgressIntervalMs = 100;

} // namespace

AuditCommand::AuditCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_showProgress(isatty(fileno(stderr)) != 0)
{
    m_clock.start();
}

QString AuditCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin audit [--output FILE.csv|FILE.json] [--effective] [--no-save]
                       [--concurrency N] [options]
  fivetran-admin audit --estimate [--concurrency N] [options]

Fetches every user's account role and destination and connection memberships, and the
account's teams, with hygiene flags, and writes one row per access to FILE: CSV (RFC 4180,
UTF-8, header row) or JSON, by the file's extension. Both carry user_id and target_id beside
the names. A completed audit is also saved as a snapshot of the account (fivetran-admin
snapshots lists them, fivetran-admin diff compares them); an incomplete one is not.

  -o, --output FILE     where to write (.csv or .json); an incomplete audit is not written
  --no-save             do not save the audit as a snapshot (then --output is required)
  --effective           write what each person can really reach instead: one row per person
                        and destination or connection, with user_id, email, kind, target_id,
                        target_name, level (manage, edit, view or unknown) and via, the
                        reasons (in CSV path:role[:id] joined by ';', in JSON a list of
                        {path, role, group_id, team_id}); sorted by user_id, kind, target_id
  --estimate            read only the people list and print what the audit would cost, as
                        JSON on stdout: {"users", "requests", "seconds", "budget_remaining",
                        "budget_limit", "beyond_budget", "windows", "window_seconds"}, and
                        in words on stderr; nothing else is sent, nothing is written
  --concurrency N       requests in flight at once, 1 to 64 (default 8)
  --demo, --api-url URL, --connectors   as for the other commands

Progress is shown on stderr when it is a terminal. When the server will not show its teams
(404 or 403 on /teams), stderr says "teams could not be read" and the audit is written
without what teams grant (in JSON, "teams_read": false).

An audit costs about two requests per person, and the account's hourly budget (20,000) is
shared with its own scripts: an audit that needs more than is left waits for the rolling hour
to give requests back (said on stderr) instead of running into the limit.

Examples:
  fivetran-admin audit --effective --output reach.csv
  fivetran-admin audit --estimate && fivetran-admin audit -o access.csv
  fivetran-admin audit                  (only saves a snapshot)
Exit codes: 0 written (or estimated), 1 the API failed (what is missing is listed on stderr)
or the file could not be written, 2 usage error.
)"_s;
}

int AuditCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin audit: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int AuditCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString output;
    int concurrency = -1;
    bool estimateOnly = false;
    bool effective = false;
    bool save = true;
    const QStringList &args = line.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString text;
        if (arg == u"-o"_s || arg == u"--output"_s || arg.startsWith(u"--output="_s)) {
            if (!optionValue(args, &i, arg == u"-o"_s ? arg : u"--output"_s, &text)
                || text.isEmpty())
                return usageError(u"--output needs a file name."_s);
            if (!output.isEmpty())
                return usageError(u"--output is given twice."_s);
            output = text;
        } else if (arg == u"--estimate"_s) {
            estimateOnly = true;
        } else if (arg == u"--effective"_s) {
            effective = true;
        } else if (arg == u"--no-save"_s) {
            save = false;
        } else if (arg == u"--concurrency"_s || arg.startsWith(u"--concurrency="_s)) {
            if (!optionValue(args, &i, u"--concurrency"_s, &text))
                return usageError(u"--concurrency needs a number."_s);
            bool ok = false;
            concurrency = text.toInt(&ok);
            if (!ok || concurrency < 1 || concurrency > kMaxConcurrency)
                return usageError(u"--concurrency must be a whole number from 1 to %1, not "
                                  u"\"%2\"."_s.arg(kMaxConcurrency)
                                      .arg(text));
        } else {
            return usageError(arg.startsWith(u'-') ? u"unknown option %1."_s.arg(arg)
                                                   : u"unexpected argument \"%1\"."_s.arg(arg));
        }
    }
    if (estimateOnly && !output.isEmpty())
        return usageError(u"--estimate writes nothing: leave out --output."_s);
    if (output.isEmpty() && !estimateOnly && !save)
        return usageError(u"--output FILE.csv or --output FILE.json is required with --no-save."_s);
    const std::optional<AuditExporter::Format> format = output.isEmpty()
        ? std::optional<AuditExporter::Format>(AuditExporter::Format::Csv)
        : AuditExporter::formatForPath(output);
    if (!estimateOnly && !output.isEmpty()) {
        if (!format)
            return usageError(u"the output file must end in .csv or .json: %1"_s.arg(output));
        if (!QFileInfo(output).absoluteDir().exists())
            return usageError(u"the folder of %1 does not exist."_s.arg(output));
    }

    ApiEndpoint endpoint;
    QString problem;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin audit: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    ftapi::ApiClient *client = endpoint.client();
    const WaitNotice waits(client->scheduler(), m_err, u"fivetran-admin audit"_s);
    if (concurrency > 0)
        client->scheduler()->setMaxInFlight(concurrency);
    if (estimateOnly)
        return estimate(client);

    AuditCollector audit(client);
    if (m_now.isValid())
        audit.setNow(m_now);
    QEventLoop loop;
    QObject::connect(&audit, &AuditCollector::finished, &loop, &QEventLoop::quit);
    if (m_showProgress) {
        auto update = [this, &audit] {
            printProgress(audit, false);
        };
        QObject::connect(&audit, &AuditCollector::progressChanged, &loop, update);
        QObject::connect(&audit, &AuditCollector::requestsChanged, &loop, update);
        QObject::connect(&audit, &AuditCollector::pausedUntilChanged, &loop, update);
    }
    audit.start();
    if (audit.isRunning())
        loop.exec();
    if (m_showProgress) {
        printProgress(audit, true);
        m_err << u"\n"_s;
    }

    const ftmodels::AuditResult &result = audit.result();
    if (!result.isComplete()) {
        m_err << u"fivetran-admin audit: the audit is incomplete, so nothing was written"_s
              << (output.isEmpty() ? QString() : u" to "_s + output)
              << (save ? u" and no snapshot was saved"_s : QString())
              << u". What could not be fetched:\n"_s;
        for (const QString &missing : result.missing)
            m_err << u"  - "_s << missing << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    if (!result.teamsRead) {
        m_err << u"fivetran-admin audit: teams could not be read ("_s << result.teamsProblem
              << u"); the audit leaves out what teams grant.\n"_s;
        m_err.flush();
    }
    // The snapshot first: an export that fails to write still leaves the audit on record.
    const bool saved = !save
        // Quiet on success, as the rest of the command is, unless saving is all it does.
        || SnapshotAccess::saveAudit(endpoint, environment, audit, u"fivetran-admin audit"_s, m_err,
                                     m_showProgress || output.isEmpty())
            > 0;
    if (output.isEmpty())
        return saved ? ExitOk : ExitApiError;
    QString error;
    const bool written = effective
        ? AuditExporter::writeEffectiveFile(output, *format, result.effective,
                                            AuditExporter::allRows(result.effective), result,
                                            &error)
        : AuditExporter::writeFile(output, *format, result.rows, result, &error);
    if (!written) {
        m_err << u"fivetran-admin audit: "_s << error << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    if (m_showProgress) {
        const QLocale locale;
        m_err << u"Wrote %1 rows for %2 users to %3 (%4 requests).\n"_s.arg(
            locale.toString(effective ? result.effective.rows().size() : result.rows.size()),
            locale.toString(result.userCount), QDir::toNativeSeparators(output),
            locale.toString(result.requests));
    }
    m_out.flush();
    m_err.flush();
    return saved ? ExitOk : ExitApiError;
}

int AuditCommand::estimate(ftapi::ApiClient *client)
{
    // Only the people list: the rest of the audit's cost follows from it.
    int users = 0;
    std::optional<ftapi::ApiResult<void>> outcome;
    QEventLoop loop;
    QObject context;
    client->listUsersPaged(
        &context, [&users](const QVector<ftapi::User> &page) { users += int(page.size()); },
        [&outcome, &loop](const ftapi::ApiResult<void> &done) {
            outcome = done;
            loop.quit();
        });
    if (!outcome)
        loop.exec();
    if (!*outcome) {
        m_err << u"fivetran-admin audit: the list of users could not be read: "_s
              << outcome->error().userText() << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    const ftmodels::JobEstimate cost = ftmodels::JobEstimate::of(
        *client->scheduler(), ftmodels::AuditCost::requests(users, -1, -1, client->pageLimit()));
    QJsonObject json = cost.toJson();
    json.insert(u"users"_s, users);
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u"\n"_s;
    m_err << u"fivetran-admin audit: an audit of %1 people: "_s.arg(QLocale().toString(users))
          << cost.text()
          << u" Each destination adds one request and each team three (not read).\n"_s;
    m_out.flush();
    m_err.flush();
    return ExitOk;
}

void AuditCommand::printProgress(const AuditCollector &audit, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < kProgressIntervalMs)
        return;
    m_lastProgressMs = now;

    const QLocale locale;
    QString text = audit.usersListed() || audit.usersTotal() > 0
        ? u"Users %1 of %2%3"_s.arg(locale.toString(audit.usersDone()),
                                    locale.toString(audit.usersTotal()),
                                    audit.usersListed() ? QString() : u"+"_s)
        : u"Listing users"_s;
    text += u" · %1 requests"_s.arg(locale.toString(audit.requestsMade()));
    const QDateTime until = audit.pausedUntil();
    if (until.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(until);
        text += u" · rate limited, resuming in %1 s"_s.arg(qMax<qint64>(0, (ms + 999) / 1000));
    }
    // Pad over what the previous, longer line left on the terminal.
    const int width = int(text.size());
    m_err << u'\r' << text.leftJustified(qMax(width, m_progressWidth));
    m_err.flush();
    m_progressWidth = width;
}

} // namespace ftapp

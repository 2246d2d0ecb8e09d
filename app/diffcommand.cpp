#include "diffcommand.h"

#include "apiendpoint.h"
#include "auditcollector.h"
#include "commandline.h"
#include "diffexporter.h"
#include "diffreport.h"
#include "snapshotaccess.h"
#include "snapshotdiff.h"
#include "snapshotstore.h"
#include "waitnotice.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace ftapp {

using namespace Qt::StringLiterals;

DiffCommand::DiffCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString DiffCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin diff [OLD] [NEW] [--output FILE.csv|FILE.json|FILE.pdf] [options]

Compares two audits of the current account: people added and removed, account role changes,
direct grants (destination and connection memberships) added, removed or changed in role,
status changes (an invitation accepted, a user suspended), and the effective access gained,
lost or changed in level, with the paths behind it. OLD and NEW are each a snapshot id (see
fivetran-admin snapshots), previous (the snapshot before the newest), latest (the newest) or
now (a fresh audit of the account, not saved); the default is previous latest.

  -o, --output FILE   .json: {"old": {...}, "new": {...}, "changes": [...]}, each change with
                      change, user_id, email and where they apply kind, target_id,
                      target_name, old_role, new_role, old_level, new_level, old_status,
                      new_status, via; .csv: the same fields as columns; .pdf: a report to
                      file (the account, both dates, a summary with counts, the changes, the
                      hygiene flags at the newer date). Without it: JSON on stdout.
  --demo, --api-url URL, --connectors   as for the other commands

change is one of user_added, user_removed, account_role_changed, grant_added, grant_removed,
grant_role_changed, status_changed, effective_gained, effective_lost, effective_level_changed.

Examples:
  fivetran-admin diff --output changes.csv
  fivetran-admin diff latest now --output review.pdf
Exit codes: 0 written, 1 a snapshot cannot be read, the audit failed or FILE cannot be
written, 2 usage error (an unknown snapshot, a wrong extension).
)"_s;
}

int DiffCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin diff: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int DiffCommand::fail(const QString &message)
{
    m_err << u"fivetran-admin diff: "_s << message << u"\n"_s;
    m_err.flush();
    return ExitApiError;
}

std::optional<ftmodels::DiffSide> DiffCommand::side(const QString &name, ApiEndpoint &endpoint,
                                                    const ftmodels::SnapshotStore &store, int *exit)
{
    if (name == u"now"_s) {
        ftapi::ApiClient *client = endpoint.client();
        const WaitNotice waits(client->scheduler(), m_err, u"fivetran-admin diff"_s);
        ftmodels::AuditCollector audit(client);
        if (m_now.isValid())
            audit.setNow(m_now);
        QEventLoop loop;
        QObject::connect(&audit, &ftmodels::AuditCollector::finished, &loop, &QEventLoop::quit);
        audit.start();
        if (audit.isRunning())
            loop.exec();
        const ftmodels::AuditResult &result = audit.result();
        if (!result.isComplete()) {
            QString text = u"the fresh audit is incomplete, so nothing was compared. What could "
                           u"not be fetched:"_s;
            for (const QString &missing : result.missing)
                text += u"\n  - "_s + missing;
            *exit = fail(text);
            return std::nullopt;
        }
        return ftmodels::DiffSide::of(audit.data(), result.generatedAt);
    }
    QString error;
    const std::optional<qint64> id = store.resolve(name, &error);
    if (!id) {
        *exit = usageError(error + u'.');
        return std::nullopt;
    }
    std::optional<ftmodels::Snapshot> snapshot = store.load(*id, &error);
    if (!snapshot) {
        *exit = fail(error);
        return std::nullopt;
    }
    return ftmodels::DiffSide::of(std::move(snapshot->data), snapshot->info.time, *id,
                                  snapshot->info.label);
}

int DiffCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString output;
    QStringList names;
    const QStringList &args = line.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-o"_s || arg == u"--output"_s || arg.startsWith(u"--output="_s)) {
            if (!optionValue(args, &i, arg == u"-o"_s ? arg : u"--output"_s, &output)
                || output.isEmpty())
                return usageError(u"--output needs a file name."_s);
        } else if (arg.startsWith(u'-')) {
            return usageError(u"unknown option %1."_s.arg(arg));
        } else if (names.size() == 2) {
            return usageError(u"unexpected argument \"%1\": diff compares two audits."_s.arg(arg));
        } else {
            names.append(arg);
        }
    }
    if (names.isEmpty())
        names = { u"previous"_s, u"latest"_s };
    else if (names.size() == 1)
        names.append(u"latest"_s);
    if (names.at(0) == u"now"_s && names.at(1) == u"now"_s)
        return usageError(u"now against now compares nothing: name a snapshot for one side."_s);
    const QString extension = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && extension != u"csv"_s && extension != u"json"_s
        && extension != u"pdf"_s)
        return usageError(u"the output file must end in .csv, .json or .pdf: %1"_s.arg(output));
    if (!output.isEmpty() && !QFileInfo(output).absoluteDir().exists())
        return usageError(u"the folder of %1 does not exist."_s.arg(output));

    ApiEndpoint endpoint;
    QString problem;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin diff: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    SnapshotAccess access;
    if (!access.open(endpoint, environment, &problem))
        return fail(u"the storage file cannot be opened: "_s + problem);

    int exit = ExitOk;
    std::optional<ftmodels::DiffSide> older = side(names.at(0), endpoint, *access.store(), &exit);
    if (!older)
        return exit;
    std::optional<ftmodels::DiffSide> newer = side(names.at(1), endpoint, *access.store(), &exit);
    if (!newer)
        return exit;
    const ftmodels::SnapshotDiff diff = ftmodels::SnapshotDiff::compare(*older, *newer);

    bool written = true;
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(ftmodels::DiffExporter::toJson(*older, *newer, diff));
        m_out.flush();
    } else if (extension == u"pdf"_s) {
        const ftmodels::DiffReport report(SnapshotAccess::accountText(endpoint), *older, *newer,
                                          diff);
        written = report.write(output, &problem);
    } else {
        written = ftmodels::DiffExporter::writeBytes(
            output,
            extension == u"csv"_s ? ftmodels::DiffExporter::toCsv(diff)
                                  : ftmodels::DiffExporter::toJson(*older, *newer, diff),
            &problem);
    }
    if (!written)
        return fail(problem);
    m_err << u"%1 change(s) for %2 people between %3 and %4.\n"_s.arg(diff.changes().size())
                 .arg(diff.peopleChanged())
                 .arg(older->id > 0 ? u"snapshot %1"_s.arg(older->id) : u"now"_s,
                      newer->id > 0 ? u"snapshot %1"_s.arg(newer->id) : u"now"_s);
    m_err.flush();
    return ExitOk;
}

} // namespace ftapp

#include "applycommand.h"

#include "apiclient.h"
#include "apiendpoint.h"
#include "commandline.h"
#include "journalaccess.h"
#include "plan.h"
#include "planrun.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ftapp {

using namespace Qt::StringLiterals;
using ftmodels::PlanProblem;
using ftmodels::PlanRun;

namespace {

// A plan file is a list of changes, not a data dump: this is far above any real one.
constexpr qint64 kMaxPlanBytes = 64 * 1024 * 1024;

QString severityWord(PlanProblem::Severity severity)
{
    return severity == PlanProblem::Severity::Error ? u"error"_s : u"warning"_s;
}

} // namespace

QString ApplyCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin apply PLAN.json [--dry-run] [--concurrency N] [options]

Applies a plan of changes to the account. The whole plan is checked first against the
account as it is (only what the check needs is read): the account left without an Account
Administrator at any step, unknown or wrong-scope or deprecated roles, unknown users,
destinations and connections, invitations of existing users, additions where the person is
already a member with another role, duplicates and contradictions. When the check finds an
error, nothing is sent. A change that is already in effect sends nothing, so applying the same
plan again finishes one that was interrupted; a write whose answer was lost is read back, never
sent twice. Changes to one person go in plan order. PLAN.json may be - for standard input.

PLAN.json:
  {"changes": [
    {"op": "create_user", "email": "ann.lee@example.com", "given_name": "Ann",
     "family_name": "Lee", "role": "Account Reviewer"},
    {"op": "add_user_membership_in_group", "email": "ann.lee@example.com",
     "group_id": "warm_harbor", "role": "View Destination"},
    {"op": "update_user_membership_in_connector", "user_id": "keen_walnut",
     "connector_id": "placid_otter", "role": "View Connection"},
    {"op": "modify_user", "user_id": "candid_atlas", "phone": null},
    {"op": "delete_user_membership_in_account", "user_id": "frosty_paddle"}
  ]}
  op is one of create_user, modify_user, delete_user, delete_user_membership_in_account,
  add_/update_/delete_user_membership_in_group and ..._in_connector. The other keys are the
  parameters of "fivetran-admin call" (user_id, group_id, connector_id or connection_id, role,
  email, given_name, family_name, phone, picture); wherever user_id is taken, email may name
  the user instead; null clears phone or picture.

  --dry-run          print the plan in words, every problem and its cost in requests; send no
                     write (only reads)
  --concurrency N    requests in flight at once, 1 to 64 (default 8)
  --demo, --api-url URL, --connectors, --verbose   as for the other commands

Output: one JSON object per change on stdout, in plan order:
  {"index": 0, "op": "create_user", "outcome": "applied", "message": "...", "user_id": "..."}
  outcome: applied, already_in_effect, failed or not_attempted. Problems and failures are
  described on stderr.
Exit codes: 0 every change applied or already in effect (--dry-run: the plan can be applied);
1 the check found an error (nothing was sent) or some change failed; 2 usage error, or a file
that is not a valid plan (which entry, and what is wrong).
)"_s;
}

int ApplyCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin %1: "_s.arg(m_command) << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

std::optional<ApplyCommand::Arguments>
ApplyCommand::parseArguments(const QStringList &args, const QStringList &extra, const QString &noun,
                             const QString &missing, QString *error)
{
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--dry-run"_s) {
            parsed.dryRun = true;
        } else if (extra.contains(arg)) {
            parsed.flags.append(arg);
        } else if (arg == u"--concurrency"_s || arg.startsWith(u"--concurrency="_s)) {
            QString text;
            if (arg.startsWith(u"--concurrency="_s))
                text = arg.mid(14);
            else if (i + 1 < args.size())
                text = args.at(++i);
            bool ok = false;
            parsed.concurrency = text.toInt(&ok);
            if (!ok || parsed.concurrency < 1 || parsed.concurrency > kMaxConcurrency) {
                *error = u"--concurrency must be a whole number from 1 to %1, not \"%2\"."_s
                             .arg(kMaxConcurrency)
                             .arg(text);
                return std::nullopt;
            }
        } else if (arg.startsWith(u'-') && arg != u"-"_s) {
            *error = u"unknown option %1."_s.arg(arg);
            return std::nullopt;
        } else if (parsed.path.isEmpty()) {
            parsed.path = arg;
        } else {
            *error = u"one %1 at a time (\"%2\" is one too many)."_s.arg(noun, arg);
            return std::nullopt;
        }
    }
    if (parsed.path.isEmpty()) {
        *error = missing;
        return std::nullopt;
    }
    return parsed;
}

std::optional<QByteArray> ApplyCommand::readInput(const QString &path, qint64 maxBytes,
                                                  QString *error)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = u"%1 is larger than %2 MB; that is not what this command reads."_s.arg(path).arg(
            maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

int ApplyCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString problem;
    const std::optional<Arguments> parsed = parseArguments(
        line.arguments, {}, u"plan"_s, u"which plan? Give the PLAN.json file."_s, &problem);
    if (!parsed)
        return usageError(problem);
    const QString &path = parsed->path;
    const bool dryRun = parsed->dryRun;
    const int concurrency = parsed->concurrency;

    const std::optional<QByteArray> json = readInput(path, kMaxPlanBytes, &problem);
    if (!json) {
        m_err << u"fivetran-admin apply: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    ftmodels::Plan::ReadError readError;
    const std::optional<ftmodels::Plan> plan = ftmodels::Plan::fromJson(*json, &readError);
    if (!plan) {
        m_err << u"fivetran-admin apply: %1 is not a valid plan: %2\n"_s.arg(path,
                                                                             readError.toString());
        m_err.flush();
        return ExitUsage;
    }

    ApiEndpoint endpoint;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin apply: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    ftapi::ApiClient *client = endpoint.client();
    if (concurrency > 0)
        client->scheduler()->setMaxInFlight(concurrency);
    JournalAccess journal;
    if (!journal.open(endpoint, &problem)) {
        m_err << u"fivetran-admin apply: the change journal cannot be opened: "_s << problem
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    journal.settle(client, m_err);
    return runPlan(client, *plan, dryRun, journal.journal());
}

int ApplyCommand::runPlan(ftapi::ApiClient *client, const ftmodels::Plan &plan, bool dryRun,
                          ftmodels::Journal *journal, const ftmodels::AccountView *base,
                          const QString &again)
{
    m_printed = 0;
    PlanRun run(client, plan, base);
    run.setJournal(journal);
    run.setCheckOnly(dryRun);
    QEventLoop loop;
    QObject::connect(&run, &PlanRun::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &PlanRun::checked, &loop, [&] {
        // Problems are words: on stdout as the dry run's answer, on stderr otherwise.
        printCheck(run, dryRun ? m_out : m_err, dryRun);
    });
    if (!dryRun) {
        QObject::connect(&run, &PlanRun::changeFinished, &loop, [&](int) { printFinished(run); });
    }
    run.start();
    if (!run.isFinished())
        loop.exec();
    m_out.flush();

    if (run.wasRefused()) {
        m_err << (dryRun ? u"The check found an error: this plan cannot be applied as it is.\n"_s
                         : u"The check found an error, so nothing was sent.\n"_s);
        m_err.flush();
        return ExitApiError;
    }
    if (dryRun)
        return ExitOk;
    int failed = 0;
    for (int i = 0; i < run.total(); ++i) {
        const PlanRun::Result &r = run.result(i);
        if (r.outcome == PlanRun::Outcome::Applied
            || r.outcome == PlanRun::Outcome::AlreadyInEffect)
            continue;
        ++failed;
        m_err << u"change %1 of %2 (%3): %4: %5\n"_s.arg(i + 1)
                     .arg(run.total())
                     .arg(plan.at(i).seedName(),
                          r.outcome == PlanRun::Outcome::Failed ? u"failed"_s : u"not attempted"_s,
                          r.message);
    }
    if (failed > 0)
        m_err << u"%1 of %2 changes did not go through; %3 again finishes it.\n"_s.arg(failed)
                     .arg(run.total())
                     .arg(again);
    m_err.flush();
    return failed > 0 ? ExitApiError : ExitOk;
}

void ApplyCommand::printCheck(const PlanRun &run, QTextStream &to, bool dryRun)
{
    const ftmodels::PlanCheck &check = run.check();
    for (const PlanProblem &p : check.problems) {
        if (p.change < 0)
            to << severityWord(p.severity) << u": "_s << p.text << u"\n"_s;
    }
    if (dryRun) {
        to << u"Plan: %1 change(s), %2 request(s) to send"_s.arg(run.total()).arg(check.requests);
        if (check.inEffectCount() > 0)
            to << u" (%1 already in effect)"_s.arg(check.inEffectCount());
        to << u".\n"_s;
    }
    for (int i = 0; i < check.changes.size(); ++i) {
        const QVector<PlanProblem> problems = check.problemsOf(i);
        if (!dryRun && problems.isEmpty())
            continue;
        const ftmodels::ChangeCheck &c = check.changes.at(i);
        to << u"%1. %2"_s.arg(i + 1).arg(c.text);
        if (c.inEffect)
            to << u" (already in effect: "_s << c.inEffectText << u")"_s;
        to << u"\n"_s;
        for (const PlanProblem &p : problems)
            to << u"   "_s << severityWord(p.severity) << u": "_s << p.text << u"\n"_s;
    }
    if (dryRun)
        to << u"Check: %1 error(s), %2 warning(s).\n"_s.arg(check.errorCount())
                  .arg(check.warningCount());
    to.flush();
}

void ApplyCommand::printFinished(const PlanRun &run)
{
    while (m_printed < run.total()) {
        const PlanRun::Result &r = run.result(m_printed);
        if (r.outcome == PlanRun::Outcome::Pending)
            break;
        QJsonObject line {
            { u"index"_s, m_printed },
            { u"op"_s, run.plan().at(m_printed).seedName() },
            { u"outcome"_s, PlanRun::outcomeKey(r.outcome) },
            { u"message"_s, r.message },
        };
        if (!r.userId.isEmpty())
            line.insert(u"user_id"_s, r.userId);
        if (m_decorate)
            m_decorate(m_printed, &line);
        m_out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << u"\n"_s;
        ++m_printed;
    }
    m_out.flush();
}

} // namespace ftapp

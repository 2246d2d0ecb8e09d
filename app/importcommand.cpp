#include "importcommand.h"

#include "apiclient.h"
#include "apiendpoint.h"
#include "applycommand.h"
#include "commandline.h"
#include "journalaccess.h"
#include "peopleimport.h"
#include "planreader.h"

#include <QEventLoop>

namespace ftapp {

using namespace Qt::StringLiterals;
using ftmodels::PeopleImport;

namespace {

// A CSV of people, not a database dump: far above any real import.
constexpr qint64 kMaxImportBytes = qint64(64) * 1024 * 1024;

} // namespace

QString ImportCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin import FILE.csv [--dry-run] [--skip-invalid] [--concurrency N] [options]

Invites people and gives them account roles and memberships from a CSV file, as one plan of
changes checked as a whole before anything is sent (see "fivetran-admin apply --help"). A row
whose e-mail is not yet a user is invited with its role and memberships; a row whose e-mail
is already a user gets only the account role and memberships it lacks (a membership with
another role gets the role of the file), never a second invitation, and names, phone and
picture of existing people are not changed. Importing the same file again therefore sends
nothing. FILE.csv may be - for standard input.

FILE.csv: UTF-8, with or without a byte-order mark; RFC 4180 quoting; "," or ";" between
fields (found on the header line). A header row is required; its names, in any case and any
order, are:
  email          required
  given_name     required to invite someone new
  family_name    required to invite someone new
  phone, picture optional, for someone new
  role           the account role, e.g. Account Reviewer (empty: none, or unchanged)
  destinations   TARGET=ROLE;TARGET=ROLE..., TARGET a destination's name or id
  connections    TARGET=ROLE;..., TARGET a connection's name (schema) or id
Example:
  email,given_name,family_name,role,destinations,connections
  ann.lee@example.com,Ann,Lee,Account Reviewer,"Finance=View Destination;Marketing=Manage Destination",
  ben.ito@example.com,Ben,Ito,,,sales_db=View Connection

Errors are reported per row with the line of the file: an e-mail that is not one, a missing
name for someone new, an unknown role or destination or connection, a role of the wrong
scope, a name that fits several destinations or connections, the same e-mail twice, and what
the plan's check finds (such as taking the last Account Administrator's role).

  --dry-run          print every error and the plan in words, with its cost in requests; send
                     no write (only reads)
  --skip-invalid     apply the valid rows and list the invalid ones; without it, any error
                     means nothing is sent
  --concurrency N    requests in flight at once, 1 to 64 (default 8)
  --demo, --api-url URL, --connectors, --verbose   as for the other commands

Output: as "fivetran-admin apply", one JSON object per change on stdout, with the line of the
file it comes from:
  {"index": 0, "line": 2, "email": "ann.lee@example.com", "op": "create_user",
   "outcome": "applied", "message": "...", "user_id": "..."}
Exit codes: 0 every row imported (or already in effect); 1 a row has an error (with
--skip-invalid the valid rows were applied all the same), the check refused the plan or a
change failed; 2 usage error, or a file that cannot be imported at all (not CSV, no header,
an unknown column).
)"_s;
}

int ImportCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin import: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int ImportCommand::inputError(const QString &message)
{
    m_err << u"fivetran-admin import: "_s << message << u"\n"_s;
    m_err.flush();
    return ExitUsage;
}

int ImportCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString problem;
    const std::optional<ApplyCommand::Arguments> parsed =
        ApplyCommand::parseArguments(line.arguments, { u"--skip-invalid"_s }, u"file"_s,
                                     u"which file? Give the CSV file of people."_s, &problem);
    if (!parsed)
        return usageError(problem);
    const QString &path = parsed->path;
    const bool dryRun = parsed->dryRun;
    const bool skipInvalid = parsed->flags.contains(u"--skip-invalid"_s);
    const int concurrency = parsed->concurrency;

    const std::optional<QByteArray> bytes =
        ApplyCommand::readInput(path, kMaxImportBytes, &problem);
    if (!bytes)
        return inputError(problem);
    PeopleImport import = PeopleImport::read(*bytes);
    if (!import.fileError().isEmpty()) {
        return inputError(import.fileErrorLine() > 0
                              ? u"%1 cannot be imported: line %2: %3"_s.arg(path)
                                    .arg(import.fileErrorLine())
                                    .arg(import.fileError())
                              : u"%1 cannot be imported: %2"_s.arg(path, import.fileError()));
    }

    ApiEndpoint endpoint;
    if (!endpoint.open(line, environment, &problem))
        return inputError(problem);
    ftapi::ApiClient *client = endpoint.client();
    if (concurrency > 0)
        client->scheduler()->setMaxInFlight(concurrency);

    // What the rows need (users, roles, destinations, connections, the memberships of the
    // people already there), read once; the plan's run reads nothing more.
    ftmodels::PlanReader reader(client, nullptr);
    QEventLoop loop;
    QObject::connect(&reader, &ftmodels::PlanReader::finished, &loop, &QEventLoop::quit);
    reader.start(import.probePlan());
    loop.exec();
    if (!reader.problems().isEmpty()) {
        m_err << u"fivetran-admin import: the account could not be read, so nothing was "
                 u"sent:\n"_s;
        for (const QString &p : reader.problems())
            m_err << u"  "_s << p << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    const ftmodels::AccountView &account = reader.snapshot();
    QVector<int> rowOf;
    const ftmodels::Plan plan = import.resolve(account, &rowOf);

    QTextStream &words = dryRun ? m_out : m_err;
    const int rows = int(import.rows().size());
    const int invalid = import.errorCount();
    words << u"%1: %2 row(s), %3 valid, %4 with errors; %5 change(s).\n"_s.arg(path)
                 .arg(rows)
                 .arg(rows - invalid)
                 .arg(invalid)
                 .arg(plan.size());
    const QStringList errors = import.errorLines();
    for (const QString &e : errors)
        words << u"error: "_s << e << u"\n"_s;
    for (const QString &e : import.planErrors())
        words << u"error: "_s << e << u"\n"_s;
    words.flush();
    const bool hasErrors = invalid > 0 || !import.planErrors().isEmpty();
    if (hasErrors && !skipInvalid && !dryRun) {
        m_err << u"Nothing was sent: correct the rows above, or give --skip-invalid to import "
                 u"the valid ones.\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    if (!import.planErrors().isEmpty() && !dryRun)
        return ExitApiError; // about the plan as a whole: no row can be left out to fix it

    // Journalled as `apply` journals, so history shows an import and undo can take it back.
    JournalAccess journal;
    if (!dryRun) {
        if (!journal.open(endpoint, &problem)) {
            m_err << u"fivetran-admin import: the change journal cannot be opened: "_s << problem
                  << u"\n"_s;
            m_err.flush();
            return ExitApiError;
        }
        journal.settle(client, m_err);
    }
    ApplyCommand apply(m_out, m_err, u"import"_s);
    const QVector<ftmodels::ImportRow> &all = import.rows();
    apply.setDecorator([&all, &rowOf](int index, QJsonObject *out) {
        const ftmodels::ImportRow &row = all.at(rowOf.at(index));
        out->insert(u"line"_s, row.line);
        out->insert(u"email"_s, row.email);
    });
    const int code = apply.runPlan(client, plan, dryRun, journal.journal(), &account,
                                   u"importing the same file"_s);
    if (hasErrors) {
        if (!dryRun)
            m_err << u"%1 row(s) with errors were not imported.\n"_s.arg(invalid);
        m_err.flush();
        return ExitApiError;
    }
    return code;
}

} // namespace ftapp

#include "commandline.h"

#include <cstring>

namespace ftapp {

using namespace Qt::StringLiterals;

bool optionValue(const QStringList &args, qsizetype *i, const QString &name, QString *into)
{
    const QString &arg = args.at(*i);
    if (arg.startsWith(name + u'=')) {
        *into = arg.mid(name.size() + 1);
        return true;
    }
    if (arg != name || *i + 1 >= args.size())
        return false;
    *into = args.at(++*i);
    return true;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == u"--"_s) {
            optionsEnded = true;
        } else if (!optionsEnded && arg.startsWith(u"-"_s) && arg.size() > 1) {
            if (arg == u"--demo"_s) {
                line.demo = true;
            } else if (arg == u"--connectors"_s) {
                line.connectors = true;
            } else if (arg == u"--verbose"_s) {
                line.verbose = true;
            } else if (arg == u"-h"_s || arg == u"--help"_s) {
                line.help = true;
            } else if (arg == u"-v"_s || arg == u"--version"_s) {
                line.version = true;
            } else if (arg == u"--api-url"_s) {
                if (i + 1 >= arguments.size()) {
                    line.error = u"--api-url needs a URL."_s;
                    return line;
                }
                line.apiUrl = arguments.at(++i);
            } else if (arg.startsWith(u"--api-url="_s)) {
                line.apiUrl = arg.mid(10);
            } else if (arg.startsWith(u"--api-key"_s) || arg.startsWith(u"--api-secret"_s)) {
                line.error = u"Credentials are not taken from the command line (other users can "
                             u"see it). Set FIVETRAN_APIKEY and FIVETRAN_APISECRET instead."_s;
                return line;
            } else if (line.command == u"audit"_s || line.command == u"apply"_s
                       || line.command == u"history"_s || line.command == u"undo"_s
                       || line.command == u"snapshots"_s || line.command == u"diff"_s
                       || line.command == u"import"_s) {
                line.arguments.append(arg); // these commands read their own options
            } else {
                line.error = u"Unknown option: %1"_s.arg(arg);
                return line;
            }
        } else if (line.command.isEmpty()) {
            line.command = arg;
        } else {
            line.arguments.append(arg);
        }
    }
    if (line.error.isEmpty() && !line.command.isEmpty() && line.command != u"call"_s
        && line.command != u"audit"_s && line.command != u"apply"_s && line.command != u"history"_s
        && line.command != u"undo"_s && line.command != u"snapshots"_s && line.command != u"diff"_s
        && line.command != u"import"_s)
        line.error = u"Unknown command: %1"_s.arg(line.command);
    if (line.error.isEmpty() && line.demo && !line.apiUrl.isEmpty())
        line.error = u"Use either --demo or --api-url, not both."_s;
    return line;
}

bool CommandLine::needsPainting(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--api-url") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "diff") == 0; // its PDF report needs fonts
    }
    return false;
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--api-url") == 0) {
            ++i; // its value is not a command
            continue;
        }
        if (argv[i][0] != '-')
            return true; // a command: everything but the GUI is headless
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

QString usageText()
{
    return uR"(Usage:
  fivetran-admin [--demo | --api-url URL]              open the console
  fivetran-admin call OPERATION [name=value ...] [options]
                                                       run one API operation, print JSON
  fivetran-admin audit [--output FILE.csv|FILE.json] [--effective] [--no-save]
                       [--concurrency N] [options]     everyone's access, with hygiene flags;
                                                       --effective: what each person can
                                                       really reach, and why; saved as a
                                                       snapshot unless --no-save
  fivetran-admin snapshots [--output FILE.json]        the saved audits of the account
  fivetran-admin diff [OLD] [NEW] [--output FILE.csv|FILE.json|FILE.pdf]
                                                       what changed between two audits (a
                                                       snapshot id, previous, latest or now)
  fivetran-admin apply PLAN.json [--dry-run] [--concurrency N] [options]
                                                       check a plan of changes, then apply it
  fivetran-admin import FILE.csv [--dry-run] [--skip-invalid] [options]
                                                       invite people and give them roles and
                                                       memberships from a CSV file
  fivetran-admin history [--user EMAIL|ID] [--since DATE] [--output FILE] [--verify]
                                                       the journal of changes made from here
  fivetran-admin undo ID|--last [--dry-run] [options]  undo a journalled change or batch

Options:
  --demo            use the built-in sandbox with a seeded demo account
  --api-url URL     API base URL (default $FIVETRAN_API_URL, else
                    https://api.fivetran.com/v1); plain http:// only for localhost
  --connectors      use the older /connectors routes instead of /connections
  --verbose         log every request (method, URL, status, time) to stderr;
                    the Authorization header and secrets are redacted
  --lang LANG       the console's language (en, de), instead of the system's
  -h, --help        show this help
  -v, --version     show the version

Credentials come from FIVETRAN_APIKEY and FIVETRAN_APISECRET (or, in the console, a saved
profile whose secret is in the system keychain), never the command line.
Run "fivetran-admin call --help" for the operations, "fivetran-admin apply --help" for the
plan format, "fivetran-admin import --help" for the CSV columns.
Exit codes: 0 success, 1 the API refused or could not be reached, 2 usage error.
)"_s;
}

QString versionText()
{
    return u"fivetran-admin " FT_VERSION "\n"_s;
}

} // namespace ftapp

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapi {
class ApiClient;
}
namespace ftmodels {
class Journal;
class Plan;
class PlanRun;
} // namespace ftmodels

namespace ftapp {

struct CommandLine;

// `fivetran-admin apply PLAN.json [--dry-run] [--concurrency N]`: reads a plan of changes,
// checks it as a whole against the account (ftmodels::PlanRun reads only what the check needs)
// and, unless the check finds an error or --dry-run is given, applies it. Prints one JSON
// object per change on stdout, in plan order as they finish; words on stderr. Exit codes:
// 0 every change applied or already in effect (with --dry-run: the plan can be applied),
// 1 the check found an error (nothing sent) or a change failed, 2 usage or a bad plan file.
class ApplyCommand
{
public:
    ApplyCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const CommandLine &line, const QProcessEnvironment &environment);

    // Checks and applies `plan` as `apply` does (printing the same way, the same exit codes),
    // journalled in `journal` when given; `undo` and `import` run their plans through here.
    int runPlan(ftapi::ApiClient *client, const ftmodels::Plan &plan, bool dryRun,
                ftmodels::Journal *journal);

    static QString usageText();
    static constexpr int kMaxConcurrency = 64;

private:
    int usageError(const QString &message);
    void printCheck(const ftmodels::PlanRun &run, QTextStream &to, bool dryRun);
    void printFinished(const ftmodels::PlanRun &run);

    QTextStream &m_out;
    QTextStream &m_err;
    int m_printed = 0; // results printed so far, in plan order
};

} // namespace ftapp

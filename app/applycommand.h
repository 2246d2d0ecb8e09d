#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace ftapi {
class ApiClient;
}
namespace ftmodels {
class AccountView;
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
//
// Other commands that build a plan (`import`) apply it through runPlan(), so their output and
// exit codes are the same.
class ApplyCommand
{
public:
    // `command` names the command in messages ("apply", "import").
    ApplyCommand(QTextStream &out, QTextStream &err,
                 const QString &command = QStringLiteral("apply"))
        : m_out(out)
        , m_err(err)
        , m_command(command)
    {
    }

    int run(const CommandLine &line, const QProcessEnvironment &environment);

    // Checks and applies `plan` as `apply` does (printing the same way, the same exit codes),
    // journalled in `journal` when given; `undo` and `import` run their plans through here.
    // `base` (may be null) is what is known of the account already, so the check reads only
    // what it lacks; `again` says what finishes a failed run.
    int runPlan(ftapi::ApiClient *client, const ftmodels::Plan &plan, bool dryRun,
                ftmodels::Journal *journal, const ftmodels::AccountView *base = nullptr,
                const QString &again = QStringLiteral("applying the same plan"));
    // Adds keys to each outcome line printed (the line of an imported file, say).
    using Decorator = std::function<void(int index, QJsonObject *line)>;
    void setDecorator(Decorator decorator) { m_decorate = std::move(decorator); }

    // What `apply` and `import` both take: one input file ("-": standard input), --dry-run,
    // --concurrency N, and the flags of `extra` (those given land in `flags`).
    struct Arguments
    {
        QString path;
        bool dryRun = false;
        int concurrency = -1; // -1: not given
        QStringList flags;
    };
    // nullopt with *error when the line is wrong; `noun` names the input ("plan", "file") and
    // `missing` says what to give when there is none.
    static std::optional<Arguments> parseArguments(const QStringList &args,
                                                   const QStringList &extra, const QString &noun,
                                                   const QString &missing, QString *error);
    // The whole of `path` ("-": standard input) up to `maxBytes`; nullopt with *error.
    static std::optional<QByteArray> readInput(const QString &path, qint64 maxBytes,
                                               QString *error);

    static QString usageText();
    static constexpr int kMaxConcurrency = 64;

private:
    int usageError(const QString &message);
    void printCheck(const ftmodels::PlanRun &run, QTextStream &to, bool dryRun);
    void printFinished(const ftmodels::PlanRun &run);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_command;
    Decorator m_decorate;
    int m_printed = 0; // results printed so far, in plan order
};

} // namespace ftapp

#include "undocommand.h"

#include "apiendpoint.h"
#include "applycommand.h"
#include "commandline.h"
#include "journal.h"
#include "journalaccess.h"
#include "undoplanner.h"

namespace ftapp {

using namespace Qt::StringLiterals;

QString UndoCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin undo ID|--last [--dry-run] [options]

Undoes changes this computer's fivetran-admin made to the current account, from its journal
(see "fivetran-admin history"): ID is an entry's id (a number) or a batch's id (all the changes
made together); --last is the newest batch that is not undone yet. The undo is a plan like any
other: checked first (it is refused if it would leave the account without an Account
Administrator), journalled with a link to what it undoes, and applied change by change, newest
first. It asks nothing: what cannot come back is said on stderr, then it runs. Undoing a
deleted user invites the same e-mail again with the same names, phone, picture and account role
and restores every membership, but the person gets a new id and a new invitation e-mail, and
the creation date and login history are gone.

  --dry-run    print the undo plan, its problems and its cost; send nothing
  --demo, --api-url URL   as for the other commands

Output and exit codes as for "fivetran-admin apply": one JSON line per change; 0 all undone,
1 refused, failed or nothing to undo, 2 usage error or no such entry.
)"_s;
}

int UndoCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin undo: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int UndoCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString which;
    bool last = false;
    bool dryRun = false;
    for (const QString &arg : line.arguments) {
        if (arg == u"--last"_s)
            last = true;
        else if (arg == u"--dry-run"_s)
            dryRun = true;
        else if (arg.startsWith(u'-'))
            return usageError(u"unknown option %1."_s.arg(arg));
        else if (which.isEmpty())
            which = arg;
        else
            return usageError(u"one entry or batch at a time."_s);
    }
    if (last == !which.isEmpty())
        return usageError(u"give an entry or batch id, or --last."_s);

    ApiEndpoint endpoint;
    QString problem;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin undo: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    JournalAccess access;
    if (!access.open(endpoint, &problem)) {
        m_err << u"fivetran-admin undo: the change journal cannot be opened: "_s << problem
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    access.settle(endpoint.client(), m_err);
    ftmodels::Journal *journal = access.journal();

    ftmodels::JournalFilter filter;
    if (last) {
        filter.batch = journal->lastUndoableBatch();
        if (filter.batch.isEmpty()) {
            m_err << u"fivetran-admin undo: nothing to undo.\n"_s;
            m_err.flush();
            return ExitApiError;
        }
    }
    QVector<ftmodels::JournalEntry> entries;
    bool number = false;
    const qint64 id = which.toLongLong(&number);
    if (number) {
        const std::optional<ftmodels::JournalEntry> one = journal->entry(id);
        if (one)
            entries.append(*one);
    } else {
        if (!which.isEmpty())
            filter.batch = which;
        entries = journal->entries(filter);
    }
    if (entries.isEmpty()) {
        m_err << u"fivetran-admin undo: the journal of this account has no entry or batch \"%1\" "
                 u"(see fivetran-admin history).\n"_s.arg(which);
        m_err.flush();
        return ExitUsage;
    }

    const ftmodels::UndoPlanner::Undo undo = ftmodels::UndoPlanner::plan(entries, *journal);
    m_err << undo.words << u"\n"_s;
    for (const QString &skipped : undo.skipped)
        m_err << u"not undone: "_s << skipped << u"\n"_s;
    for (const QString &loss : undo.losses)
        m_err << u"cannot come back: "_s << loss << u"\n"_s;
    m_err.flush();
    if (undo.plan.isEmpty()) {
        m_err << u"fivetran-admin undo: nothing to undo.\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    ApplyCommand apply(m_out, m_err);
    return apply.runPlan(endpoint.client(), undo.plan, dryRun, journal);
}

} // namespace ftapp

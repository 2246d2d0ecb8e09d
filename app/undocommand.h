#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapp {

struct CommandLine;

// `fivetran-admin undo ID|--last [--dry-run]`: undoes a journal entry (a number), a batch (its
// id) or the last undoable batch of the current account, as a checked plan like any other
// (ftmodels::UndoPlanner). It asks nothing: what cannot come back (a deleted user returns as a
// new one) and what changed since are said on stderr, then it runs. Exit codes as for `apply`.
class UndoCommand
{
public:
    UndoCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const CommandLine &line, const QProcessEnvironment &environment);
    static QString usageText();

private:
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ftapp

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapp {

struct CommandLine;

// `fivetran-admin import FILE.csv [--dry-run] [--skip-invalid] [--concurrency N]`: reads a CSV
// file of people (ftmodels::PeopleImport), reads what the rows need from the account, turns
// every row into changes of one plan (an invitation with memberships for a new person; only
// the role and memberships an existing person lacks) and applies the plan as `apply` does
// (ApplyCommand::runPlan), so a second import of the same file sends nothing. Errors are per
// row, with the line of the file. Without --skip-invalid any error means nothing is sent.
// Exit codes: 0 done; 1 a row had an error (with --skip-invalid: the valid rows were still
// applied), the check refused or a change failed; 2 usage, or a file that is not an import.
class ImportCommand
{
public:
    ImportCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const CommandLine &line, const QProcessEnvironment &environment);

    static QString usageText();

private:
    int usageError(const QString &message);
    int inputError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ftapp

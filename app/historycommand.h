#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapp {

struct CommandLine;

// `fivetran-admin history [--user EMAIL|ID] [--since DATE] [--output FILE] [--verify]`: the
// change journal of the current account, oldest first, as JSON (stdout, or a file) or CSV;
// with --verify, the check of its hash chain instead. Exit codes: 0 done, 1 the chain is broken
// or the journal cannot be read or written, 2 usage.
class HistoryCommand
{
public:
    HistoryCommand(QTextStream &out, QTextStream &err)
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

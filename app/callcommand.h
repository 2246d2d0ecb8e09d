#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapp {

class ApiEndpoint;
struct CommandLine;

// `fivetran-admin call OPERATION [name=value ...]`: runs one operation and prints the answer's
// JSON `data` on stdout. Exit codes: 0 success, 1 API error (server's code and message on
// stderr) or unreachable, 2 usage error (help on stderr). Runs its own event loop.
class CallCommand
{
public:
    CallCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const CommandLine &line, const QProcessEnvironment &environment);

private:
    int usageError(const QString &message);
    int runWrite(ApiEndpoint &endpoint, const QString &operation,
                 const QHash<QString, QString> &params);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ftapp

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

namespace ftapp {

struct CommandLine;

// `fivetran-admin snapshots [--output FILE.json]`: every saved audit of the current account,
// oldest first, as a JSON array of {id, time, users, grants, label} on stdout or in FILE.
// Reads only the storage file, never the API. Exit codes: 0 listed, 1 the file cannot be
// read or written, 2 usage error.
class SnapshotsCommand
{
public:
    SnapshotsCommand(QTextStream &out, QTextStream &err);

    int run(const CommandLine &line, const QProcessEnvironment &environment);
    static QString usageText();

private:
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ftapp

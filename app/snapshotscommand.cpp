#include "snapshotscommand.h"

#include "apiendpoint.h"
#include "commandline.h"
#include "diffexporter.h"
#include "snapshotaccess.h"
#include "snapshotstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ftapp {

using namespace Qt::StringLiterals;

SnapshotsCommand::SnapshotsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString SnapshotsCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin snapshots [--output FILE.json] [options]

Lists every snapshot of the current account, oldest first: each completed audit that
fivetran-admin audit (or the audit window) saved. Each snapshot: id, time (when the audit ran,
UTC), users, grants (destination and connection memberships) and label. Without --output the
list is printed on stdout as a JSON array.

  -o, --output FILE.json   write the list to FILE instead
  --demo, --api-url URL    as for the other commands; the account comes from the credentials

Example:
  fivetran-admin snapshots
  fivetran-admin diff previous latest --output review.pdf
Exit codes: 0 listed, 1 the storage file cannot be read or FILE written, 2 usage error.
)"_s;
}

int SnapshotsCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin snapshots: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int SnapshotsCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    QString output;
    const QStringList &args = line.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-o"_s || arg == u"--output"_s || arg.startsWith(u"--output="_s)) {
            if (!optionValue(args, &i, arg == u"-o"_s ? arg : u"--output"_s, &output)
                || output.isEmpty())
                return usageError(u"--output needs a file name."_s);
        } else {
            return usageError(arg.startsWith(u'-') ? u"unknown option %1."_s.arg(arg)
                                                   : u"unexpected argument \"%1\"."_s.arg(arg));
        }
    }
    if (!output.isEmpty() && !output.endsWith(u".json"_s, Qt::CaseInsensitive))
        return usageError(u"the output file must end in .json: %1"_s.arg(output));

    ApiEndpoint endpoint;
    QString problem;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin snapshots: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    SnapshotAccess access;
    if (!access.open(endpoint, environment, &problem)) {
        m_err << u"fivetran-admin snapshots: the storage file cannot be opened: "_s << problem
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    QJsonArray list;
    for (const ftmodels::SnapshotInfo &info : access.store()->list()) {
        list.append(QJsonObject {
            { u"id"_s, info.id },
            { u"time"_s, info.time.toUTC().toString(Qt::ISODateWithMs) },
            { u"users"_s, info.users },
            { u"grants"_s, info.grants },
            { u"label"_s, info.label },
        });
    }
    const QByteArray bytes = QJsonDocument(list).toJson(QJsonDocument::Indented);
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return ExitOk;
    }
    if (!ftmodels::DiffExporter::writeBytes(output, bytes, &problem)) {
        m_err << u"fivetran-admin snapshots: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    return ExitOk;
}

} // namespace ftapp

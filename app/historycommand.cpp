#include "historycommand.h"

#include "apiendpoint.h"
#include "commandline.h"
#include "journal.h"
#include "journalaccess.h"
#include "journalexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ftapp {

using namespace Qt::StringLiterals;

namespace {

// "2026-11-30", "2026-11-30T12:00:00Z": the start of that day (UTC) or that instant.
QDateTime readSince(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            when = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return when;
}

} // namespace

QString HistoryCommand::usageText()
{
    return uR"(Usage:
  fivetran-admin history [--user EMAIL|ID] [--since DATE] [--output FILE.csv|FILE.json]
                         [--verify] [options]

The journal of every change this computer's fivetran-admin made to the current account (the
window, call, apply, import, undo), oldest first. Each entry: id, batch, time, op (the seed
operation name), user_id, email, target_id, params, before, after, outcome (applied,
already_in_effect, failed, not_attempted, unknown) and message, and the change in words.
Without --output the entries are printed on stdout as a JSON array.

  --user EMAIL|ID     only the changes of one person
  --since DATE        only from DATE on (2026-11-30, or 2026-11-30T12:00:00Z)
  -o, --output FILE   write CSV (one column per field) or JSON, by the extension
  --verify            check the chain of hashes instead: exit 1, naming the first entry that
                      does not match, when a record was edited or deleted afterwards
  --demo, --api-url URL   as for the other commands; the account comes from the credentials

The journal is $XDG_DATA_HOME/fivetran-admin/fivetran-admin.sqlite (by default under
~/.local/share). Entries a stopped program left unknown are settled first, by reading the state.
Exit codes: 0 done (chain intact), 1 the chain is broken or the file cannot be read, 2 usage.
)"_s;
}

int HistoryCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin history: "_s << message << u"\n\n"_s << usageText();
    m_err.flush();
    return ExitUsage;
}

int HistoryCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help) {
        m_out << usageText();
        m_out.flush();
        return ExitOk;
    }
    ftmodels::JournalFilter filter;
    QString output;
    bool verify = false;
    const QStringList &args = line.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](const QString &name, QString *into) {
            return optionValue(args, &i, name, into);
        };
        QString text;
        if (arg == u"--verify"_s) {
            verify = true;
        } else if (arg.startsWith(u"--user"_s)) {
            if (!value(u"--user"_s, &text) || text.isEmpty())
                return usageError(u"--user needs an e-mail address or a user id."_s);
            filter.user = text;
        } else if (arg.startsWith(u"--since"_s)) {
            if (!value(u"--since"_s, &text))
                return usageError(u"--since needs a date."_s);
            filter.since = readSince(text);
            if (!filter.since.isValid())
                return usageError(u"--since takes a date like 2026-11-30 or "
                                  u"2026-11-30T12:00:00Z, not \"%1\"."_s.arg(text));
        } else if (arg == u"-o"_s || arg.startsWith(u"--output"_s)) {
            if (!value(arg == u"-o"_s ? arg : u"--output"_s, &text) || text.isEmpty())
                return usageError(u"--output needs a file name."_s);
            if (!text.endsWith(u".csv"_s, Qt::CaseInsensitive)
                && !text.endsWith(u".json"_s, Qt::CaseInsensitive))
                return usageError(u"the output file must end in .csv or .json: %1"_s.arg(text));
            output = text;
        } else {
            return usageError(arg.startsWith(u'-') ? u"unknown option %1."_s.arg(arg)
                                                   : u"unexpected argument \"%1\"."_s.arg(arg));
        }
    }

    ApiEndpoint endpoint;
    QString problem;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin history: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    JournalAccess access;
    if (!access.open(endpoint, &problem)) {
        m_err << u"fivetran-admin history: the change journal cannot be opened: "_s << problem
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    ftmodels::Journal *journal = access.journal();
    if (verify) {
        const ftmodels::Journal::Verification v = journal->verify();
        if (!v.intact) {
            m_err << u"fivetran-admin history: the journal does not verify: entry %1: %2\n"_s
                         .arg(v.entry)
                         .arg(v.problem);
            m_err.flush();
            return ExitApiError;
        }
        m_err << u"The journal is intact: %1 record(s) checked.\n"_s.arg(v.records);
        m_err.flush();
        return ExitOk;
    }
    access.settle(endpoint.client(), m_err);

    const QVector<ftmodels::JournalEntry> entries = journal->entries(filter);
    const QByteArray bytes = output.endsWith(u".csv"_s, Qt::CaseInsensitive)
        ? ftmodels::JournalExport::toCsv(entries)
        : ftmodels::JournalExport::toJson(entries);
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << u"fivetran-admin history: cannot write %1: %2\n"_s.arg(output, file.errorString());
        m_err.flush();
        return ExitApiError;
    }
    m_err << u"Wrote %1 entries to %2.\n"_s.arg(entries.size()).arg(output);
    m_err.flush();
    return ExitOk;
}

} // namespace ftapp

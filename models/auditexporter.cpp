#include "auditexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <numeric>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

QString isoTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonText(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

std::optional<AuditExporter::Format> AuditExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return Format::Csv;
    if (suffix == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

QStringList AuditExporter::fieldNames()
{
    return { u"user_id"_s,   u"user_name"_s,   u"email"_s, u"status"_s, u"last_login"_s, u"kind"_s,
             u"target_id"_s, u"target_name"_s, u"role"_s,  u"since"_s,  u"flags"_s };
}

QString AuditExporter::statusKey(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return u"active"_s;
    case UserStatus::InvitationPending:
        return u"invitation_pending"_s;
    case UserStatus::EmailNotVerified:
        return u"email_not_verified"_s;
    case UserStatus::Suspended:
        return u"suspended"_s;
    }
    return {};
}

QStringList AuditExporter::csvValues(const AuditRow &row)
{
    return { row.userId,
             row.userName,
             row.email,
             statusKey(row.status),
             row.lastLogin ? isoTime(*row.lastLogin) : QString(),
             Audit::kindKey(row.kind),
             row.targetId,
             row.targetName,
             row.role,
             isoTime(row.since),
             Audit::flagKeys(row.flags).join(u';') };
}

QString AuditExporter::csvField(const QString &value)
{
    bool quote = false;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray AuditExporter::csv(const QStringList &header, const QVector<QStringList> &records)
{
    // UTF-8 as it goes: a whole-file QString first would double the peak memory of an export
    // of a million rows.
    QByteArray out;
    out.reserve((records.size() + 1) * 120);
    auto appendLine = [&out](const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(values.at(i)).toUtf8();
        }
        out += "\r\n";
    };
    appendLine(header);
    for (const QStringList &record : records)
        appendLine(record);
    return out;
}

QByteArray AuditExporter::toCsv(const QVector<AuditRow> &rows)
{
    QVector<QStringList> records;
    records.reserve(rows.size());
    for (const AuditRow &row : rows)
        records.append(csvValues(row));
    return csv(fieldNames(), records);
}

QJsonObject AuditExporter::runFacts(const AuditResult &info, const QJsonObject &filter)
{
    QJsonObject root;
    root.insert(u"generated_at"_s, jsonText(isoTime(info.generatedAt)));
    root.insert(u"complete"_s, info.isComplete() && filter.isEmpty());
    if (!filter.isEmpty())
        root.insert(u"filter"_s, filter);
    root.insert(u"cancelled"_s, info.cancelled);
    root.insert(u"missing"_s, QJsonArray::fromStringList(info.missing));
    root.insert(u"users"_s, info.userCount);
    root.insert(u"teams_read"_s, info.teamsRead);
    if (!info.teamsRead && !info.teamsProblem.isEmpty())
        root.insert(u"teams_problem"_s, info.teamsProblem);
    return root;
}

QByteArray AuditExporter::toJson(const QVector<AuditRow> &rows, const AuditResult &info,
                                 const QJsonObject &filter)
{
    const QStringList names = fieldNames();
    QJsonArray array;
    for (const AuditRow &row : rows) {
        const QStringList values = csvValues(row);
        QJsonObject object;
        for (qsizetype i = 0; i < names.size(); ++i)
            object.insert(names.at(i), jsonText(values.at(i)));
        // A list is what a JSON reader expects for several values.
        object.insert(u"flags"_s, QJsonArray::fromStringList(Audit::flagKeys(row.flags)));
        array.append(object);
    }
    QJsonObject root = runFacts(info, filter);
    root.insert(u"rows"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AuditExporter::writeFile(const QString &path, Format format, const QVector<AuditRow> &rows,
                              const AuditResult &info, QString *error, const QJsonObject &filter)
{
    return writeBytes(path, format == Format::Csv ? toCsv(rows) : toJson(rows, info, filter),
                      error);
}

QStringList AuditExporter::effectiveFieldNames()
{
    return { u"user_id"_s,     u"email"_s, u"kind"_s, u"target_id"_s,
             u"target_name"_s, u"level"_s, u"via"_s };
}

QString AuditExporter::viaItem(const AccessPath &path)
{
    QString item = AccessPath::viaKey(path.via) + u':' + path.role;
    // One id per item: the team for a team's role, the destination for a destination's.
    if (!path.teamId.isEmpty())
        item += u':' + path.teamId;
    else if (!path.groupId.isEmpty())
        item += u':' + path.groupId;
    return item;
}

QStringList AuditExporter::effectiveCsvValues(const EffectiveAccess &access,
                                              const EffectiveRow &row)
{
    const EffectiveAccess::Person &person = access.personOf(row);
    const AccessGraph::Target &target = access.targetOf(row);
    QStringList via;
    const QVector<AccessPath> paths = access.paths(row);
    for (const AccessPath &path : paths)
        via.append(viaItem(path));
    return { person.access.userId,
             person.email,
             Audit::kindKey(target.kind),
             target.id,
             target.name,
             AccessRules::levelKey(row.level),
             via.join(u';') };
}

QVector<int> AuditExporter::allRows(const EffectiveAccess &access)
{
    QVector<int> rows(access.rows().size());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

QByteArray AuditExporter::toEffectiveCsv(const EffectiveAccess &access, const QVector<int> &rows)
{
    QByteArray out = csv(effectiveFieldNames(), {});
    out.reserve(rows.size() * 130 + out.size());
    for (int row : rows) {
        const QStringList values = effectiveCsvValues(access, access.rows().at(row));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(values.at(i)).toUtf8();
        }
        out += "\r\n";
    }
    return out;
}

namespace {

// A JSON string literal. The effective export can hold hundreds of thousands of rows: written
// as text they take microseconds each, built as QJsonObjects tens of microseconds.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20) {
            out += c;
        } else if (byte == '\n') {
            out += "\\n";
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte == '\r') {
            out += "\\r";
        } else {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    out += '"';
}

void appendMember(QByteArray &out, const char *key, const QString &value, bool nullWhenEmpty)
{
    out += '"';
    out += key;
    out += "\":";
    if (nullWhenEmpty && value.isEmpty())
        out += "null";
    else
        appendJsonString(out, value);
}

} // namespace

QByteArray AuditExporter::toEffectiveJson(const EffectiveAccess &access, const QVector<int> &rows,
                                          const AuditResult &info, const QJsonObject &filter)
{
    // The run's facts as QJsonDocument writes them, then the rows.
    QByteArray out = QJsonDocument(runFacts(info, filter)).toJson(QJsonDocument::Compact);
    out.chop(1); // the closing brace
    out.reserve(out.size() + rows.size() * 220 + 16);
    out += ",\"rows\":[";
    bool first = true;
    for (int index : rows) {
        const EffectiveRow &row = access.rows().at(index);
        const EffectiveAccess::Person &person = access.personOf(row);
        const AccessGraph::Target &target = access.targetOf(row);
        out += first ? "\n{" : ",\n{";
        first = false;
        appendMember(out, "user_id", person.access.userId, false);
        out += ',';
        appendMember(out, "email", person.email, true);
        out += ',';
        appendMember(out, "kind", Audit::kindKey(target.kind), false);
        out += ',';
        appendMember(out, "target_id", target.id, false);
        out += ',';
        appendMember(out, "target_name", target.name, true);
        out += ',';
        appendMember(out, "level", AccessRules::levelKey(row.level), false);
        out += ",\"via\":[";
        const QVector<AccessPath> paths = access.paths(row);
        for (qsizetype p = 0; p < paths.size(); ++p) {
            const AccessPath &path = paths.at(p);
            out += p > 0 ? ",{" : "{";
            appendMember(out, "path", AccessPath::viaKey(path.via), false);
            out += ',';
            appendMember(out, "role", path.role, false);
            if (!path.groupId.isEmpty()) {
                out += ',';
                appendMember(out, "group_id", path.groupId, false);
            }
            if (!path.teamId.isEmpty()) {
                out += ',';
                appendMember(out, "team_id", path.teamId, false);
            }
            out += '}';
        }
        out += "]}";
    }
    out += "\n]}\n";
    return out;
}

bool AuditExporter::writeEffectiveFile(const QString &path, Format format,
                                       const EffectiveAccess &access, const QVector<int> &rows,
                                       const AuditResult &info, QString *error,
                                       const QJsonObject &filter)
{
    return writeBytes(path,
                      format == Format::Csv ? toEffectiveCsv(access, rows)
                                            : toEffectiveJson(access, rows, info, filter),
                      error);
}

bool AuditExporter::writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ftmodels", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ftmodels

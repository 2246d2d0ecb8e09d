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
    QString text;
    text.reserve((records.size() + 1) * 160);
    auto appendLine = [&text](const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(values.at(i));
        }
        text += u"\r\n"_s;
    };
    appendLine(header);
    for (const QStringList &record : records)
        appendLine(record);
    return text.toUtf8();
}

QByteArray AuditExporter::toCsv(const QVector<AuditRow> &rows)
{
    QVector<QStringList> records;
    records.reserve(rows.size());
    for (const AuditRow &row : rows)
        records.append(csvValues(row));
    return csv(fieldNames(), records);
}

QJsonObject AuditExporter::runFacts(const AuditResult &info)
{
    QJsonObject root;
    root.insert(u"generated_at"_s, jsonText(isoTime(info.generatedAt)));
    root.insert(u"complete"_s, info.isComplete());
    root.insert(u"cancelled"_s, info.cancelled);
    root.insert(u"missing"_s, QJsonArray::fromStringList(info.missing));
    root.insert(u"users"_s, info.userCount);
    root.insert(u"teams_read"_s, info.teamsRead);
    if (!info.teamsRead && !info.teamsProblem.isEmpty())
        root.insert(u"teams_problem"_s, info.teamsProblem);
    return root;
}

QByteArray AuditExporter::toJson(const QVector<AuditRow> &rows, const AuditResult &info)
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
    QJsonObject root = runFacts(info);
    root.insert(u"rows"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AuditExporter::writeFile(const QString &path, Format format, const QVector<AuditRow> &rows,
                              const AuditResult &info, QString *error)
{
    return writeBytes(path, format == Format::Csv ? toCsv(rows) : toJson(rows, info), error);
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
    QVector<QStringList> records;
    records.reserve(rows.size());
    for (int row : rows)
        records.append(effectiveCsvValues(access, access.rows().at(row)));
    return csv(effectiveFieldNames(), records);
}

QByteArray AuditExporter::toEffectiveJson(const EffectiveAccess &access, const QVector<int> &rows,
                                          const AuditResult &info)
{
    QJsonArray array;
    for (int index : rows) {
        const EffectiveRow &row = access.rows().at(index);
        const EffectiveAccess::Person &person = access.personOf(row);
        const AccessGraph::Target &target = access.targetOf(row);
        QJsonArray via;
        const QVector<AccessPath> paths = access.paths(row);
        for (const AccessPath &path : paths) {
            QJsonObject item;
            item.insert(u"path"_s, AccessPath::viaKey(path.via));
            item.insert(u"role"_s, path.role);
            if (!path.groupId.isEmpty())
                item.insert(u"group_id"_s, path.groupId);
            if (!path.teamId.isEmpty())
                item.insert(u"team_id"_s, path.teamId);
            via.append(item);
        }
        QJsonObject object;
        object.insert(u"user_id"_s, person.access.userId);
        object.insert(u"email"_s, jsonText(person.email));
        object.insert(u"kind"_s, Audit::kindKey(target.kind));
        object.insert(u"target_id"_s, target.id);
        object.insert(u"target_name"_s, jsonText(target.name));
        object.insert(u"level"_s, AccessRules::levelKey(row.level));
        object.insert(u"via"_s, via);
        array.append(object);
    }
    QJsonObject root = runFacts(info);
    root.insert(u"rows"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AuditExporter::writeEffectiveFile(const QString &path, Format format,
                                       const EffectiveAccess &access, const QVector<int> &rows,
                                       const AuditResult &info, QString *error)
{
    return writeBytes(path,
                      format == Format::Csv ? toEffectiveCsv(access, rows)
                                            : toEffectiveJson(access, rows, info),
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

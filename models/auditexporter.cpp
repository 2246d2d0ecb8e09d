#include "auditexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

QByteArray AuditExporter::toCsv(const QVector<AuditRow> &rows)
{
    QString text;
    text.reserve((rows.size() + 1) * 160);
    auto appendLine = [&text](const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(values.at(i));
        }
        text += u"\r\n"_s;
    };
    appendLine(fieldNames());
    for (const AuditRow &row : rows)
        appendLine(csvValues(row));
    return text.toUtf8();
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
    QJsonObject root;
    root.insert(u"generated_at"_s, jsonText(isoTime(info.generatedAt)));
    root.insert(u"complete"_s, info.isComplete());
    root.insert(u"cancelled"_s, info.cancelled);
    root.insert(u"missing"_s, QJsonArray::fromStringList(info.missing));
    root.insert(u"users"_s, info.userCount);
    root.insert(u"rows"_s, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool AuditExporter::writeFile(const QString &path, Format format, const QVector<AuditRow> &rows,
                              const AuditResult &info, QString *error)
{
    const QByteArray bytes = format == Format::Csv ? toCsv(rows) : toJson(rows, info);
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

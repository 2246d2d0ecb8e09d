#include "journalexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

QString csvCell(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isDouble())
        text = QString::number(value.toInteger());
    else if (value.isBool())
        text = value.toBool() ? u"true"_s : u"false"_s;
    else
        text = value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
    return text;
}

} // namespace

namespace JournalExport {

const QStringList &csvColumns()
{
    static const QStringList columns { u"id"_s,      u"batch"_s,   u"time"_s,      u"op"_s,
                                       u"user_id"_s, u"email"_s,   u"target_id"_s, u"params"_s,
                                       u"before"_s,  u"after"_s,   u"outcome"_s,   u"message"_s,
                                       u"words"_s,   u"os_user"_s, u"undoes"_s };
    return columns;
}

QByteArray toJson(const QVector<JournalEntry> &entries)
{
    QJsonArray list;
    for (const JournalEntry &e : entries)
        list.append(e.toJson());
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QVector<JournalEntry> &entries)
{
    QString csv = csvColumns().join(u',') + u"\r\n"_s;
    for (const JournalEntry &e : entries) {
        const QJsonObject o = e.toJson();
        QStringList cells;
        for (const QString &column : csvColumns())
            cells.append(csvCell(o.value(column)));
        csv += cells.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace JournalExport

} // namespace ftmodels

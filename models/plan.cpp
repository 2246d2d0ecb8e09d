#include "plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ftmodels {

using namespace Qt::StringLiterals;

QByteArray Plan::toJson() const
{
    QJsonArray changes;
    for (const Change &change : m_changes)
        changes.append(change.toJson());
    QJsonObject root;
    root.insert(u"changes"_s, changes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Plan::ReadError::toString() const
{
    if (entry < 0)
        return message;
    return u"changes[%1]: %2"_s.arg(entry).arg(message);
}

std::optional<Plan> Plan::fromJson(const QByteArray &json, ReadError *error)
{
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = { -1,
                   u"not valid JSON (%1 at byte %2)"_s.arg(parse.errorString()).arg(parse.offset) };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = { -1, u"the plan must be a JSON object with a \"changes\" list"_s };
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"changes"_s) {
            *error = { -1, u"unknown key \"%1\" (a plan has only \"changes\")"_s.arg(it.key()) };
            return std::nullopt;
        }
    }
    const QJsonValue list = root.value(u"changes"_s);
    if (!list.isArray()) {
        *error = { -1,
                   list.isUndefined() ? u"\"changes\" is missing"_s
                                      : u"\"changes\" must be a list"_s };
        return std::nullopt;
    }
    Plan plan;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            *error = { int(i), u"each change must be a JSON object"_s };
            return std::nullopt;
        }
        QString problem;
        std::optional<Change> change = Change::fromJson(entries.at(i).toObject(), &problem);
        if (!change) {
            *error = { int(i), problem };
            return std::nullopt;
        }
        plan.append(*change);
    }
    return plan;
}

} // namespace ftmodels

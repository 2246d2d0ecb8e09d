#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ftapi {

// One request of the generic path: verb, a path below the base URL, query items, an optional
// JSON body. Build paths from segments with segment() so ids cannot change the route. The
// token `{connections}` in a path becomes "connections" or "connectors" per the client's
// ConnectorRoute setting.
struct ApiRequest
{
    enum class Verb { Get, Post, Patch, Delete };

    Verb verb = Verb::Get;
    QString path; // e.g. "/users/" + segment(id) + "/groups"
    QList<QPair<QString, QString>> query; // unencoded names and values
    std::optional<QJsonObject> body;

    static ApiRequest get(const QString &path) { return { Verb::Get, path, {}, {} }; }
    static ApiRequest post(const QString &path, const QJsonObject &body)
    {
        return { Verb::Post, path, {}, body };
    }
    static ApiRequest patch(const QString &path, const QJsonObject &body)
    {
        return { Verb::Patch, path, {}, body };
    }
    static ApiRequest del(const QString &path) { return { Verb::Delete, path, {}, {} }; }

    // "/" + the id percent-encoded (a '/' or '?' inside an id stays inside the segment).
    static QString segment(const QString &id);

    static QString connectionsToken() { return QStringLiteral("{connections}"); }

    static QByteArray verbName(Verb verb);
    bool isIdempotent() const { return verb != Verb::Post; }
};

} // namespace ftapi

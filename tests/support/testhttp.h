#pragma once

// Synchronous-looking HTTP for tests: send one request through a QNetworkAccessManager and
// wait for it (the event loop keeps running, so an in-process server answers meanwhile).

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace fttest {

// What came back from one request, ready for assertions.
struct HttpResult
{
    bool finished = false; // false: no answer within the timeout, the request was aborted
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0; // 0 when no HTTP answer arrived
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString code() const { return json.value(QLatin1String("code")).toString(); }
    QString message() const { return json.value(QLatin1String("message")).toString(); }
    QJsonValue data() const { return json.value(QLatin1String("data")); }
    QJsonObject dataObject() const { return data().toObject(); }
    QJsonArray items() const { return dataObject().value(QLatin1String("items")).toArray(); }
    QJsonValue nextCursor() const { return dataObject().value(QLatin1String("next_cursor")); }
};

inline QByteArray basicAuthorization(const QString &key, const QString &secret)
{
    return "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

// Sends `method url` with an optional body (sent as application/json) and Authorization header
// and waits up to `timeoutMs` for the end; on timeout the request is aborted.
inline HttpResult sendRequest(QNetworkAccessManager &manager, const QByteArray &method,
                              const QUrl &url, const QByteArray &body = {},
                              const QByteArray &authorization = {}, int timeoutMs = 10000)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(0); // the caller's timeout decides

    QNetworkReply *reply = body.isEmpty() && method != "POST" && method != "PATCH"
        ? manager.sendCustomRequest(request, method)
        : manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        reply->abort();
        result.error = QNetworkReply::OperationCanceledError;
        reply->deleteLater();
        return result;
    }
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        result.headers.insert(name.toLower(), value);
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

inline QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace fttest

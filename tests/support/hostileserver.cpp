#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Response = ScriptedHttpServer::Response;

namespace {

QByteArray errorBody(const QByteArray &code, const QString &message)
{
    QJsonObject o;
    o.insert(u"code"_s, QString::fromLatin1(code));
    o.insert(u"message"_s, message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isWrite(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "DELETE";
}

} // namespace

HostileServer::HostileServer(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_wire(std::make_unique<ScriptedHttpServer>())
    , m_upstreamManager(new QNetworkAccessManager(this))
    , m_upstream(upstream)
{
    m_wire->setAsyncHandler(
        [this](const ScriptedHttpServer::Request &request,
               const ScriptedHttpServer::Responder &respond) { handle(request, respond); });
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen()
{
    return m_wire->listen();
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QString::fromLatin1(m_wire->baseUrl()));
}

void HostileServer::handle(const ScriptedHttpServer::Request &request,
                           const ScriptedHttpServer::Responder &respond)
{
    const QByteArray envelopeStart = R"({"code":"Success","data":)";
    if (m_misbehaviours == 0) {
        forward(request, respond, false);
        return;
    }
    if (m_misbehaviours > 0)
        --m_misbehaviours;
    switch (m_mode) {
    case Mode::Forward:
    case Mode::EndlessCursors:
    case Mode::DuplicateIds:
        forward(request, respond, false);
        return;
    case Mode::EndlessStream:
        respond(Response::stream(envelopeStart, -1, true));
        return;
    case Mode::HugeBody:
        respond(Response::stream(envelopeStart, m_hugeBytes, false));
        return;
    case Mode::HugeChunkedBody:
        respond(Response::stream(envelopeStart, m_hugeBytes, true));
        return;
    case Mode::TrickledBody: {
        Response r = Response::stream(envelopeStart, 1000000, false);
        r.trickleMs = m_trickleMs;
        respond(r);
        return;
    }
    case Mode::NeverAnswer:
        return; // the responder is dropped; the socket stays open until the client leaves
    case Mode::RetryAfter: {
        Response r = Response::json(
            429,
            errorBody("TooManyRequests",
                      u"Max 20000 api calls allowed in one-hour rolling time period"_s));
        r.headers.append({ "Retry-After", m_retryAfter });
        respond(r);
        return;
    }
    case Mode::ConcurrencyCap:
        if (m_forwarding >= m_cap) {
            ++m_refused;
            respond(Response::json(
                429, errorBody("TooManyRequests", u"Too many concurrent requests"_s)));
            return;
        }
        forward(request, respond, false);
        return;
    case Mode::LoseWriteAnswers:
        forward(request, respond, isWrite(request.method));
        return;
    case Mode::EchoAuthorization: {
        // What a careless proxy does: repeat the request's headers in its error message.
        const QByteArray authorization = request.headers.value("authorization");
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        respond(Response::json(
            400,
            errorBody("InvalidInput",
                      u"Bad request. Authorization: %1 (%2)"_s.arg(
                          QString::fromLatin1(authorization), QString::fromUtf8(decoded)))));
        return;
    }
    }
}

void HostileServer::forward(const ScriptedHttpServer::Request &request,
                            const ScriptedHttpServer::Responder &respond, bool loseAnswer)
{
    if (!m_upstream.isValid()) {
        respond(Response::json(502, errorBody("BadGateway", u"No upstream"_s)));
        return;
    }
    QUrl url = m_upstream;
    url.setPath(QString::fromLatin1(request.path), QUrl::TolerantMode);
    QUrlQuery query(QString::fromLatin1(request.query));
    if (m_mode == Mode::EndlessCursors) // our cursors are not the upstream's: page one again
        query.removeAllQueryItems(u"cursor"_s);
    url.setQuery(query);
    QNetworkRequest upstream(url);
    upstream.setTransferTimeout(0);
    for (const QByteArray &name :
         { QByteArray("authorization"), QByteArray("accept"), QByteArray("content-type") }) {
        if (request.headers.contains(name))
            upstream.setRawHeader(name, request.headers.value(name));
    }
    ++m_forwarding;
    ++m_forwarded;
    m_peakForwarding = qMax(m_peakForwarding, m_forwarding);
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_upstreamManager->sendCustomRequest(upstream, request.method)
        : m_upstreamManager->sendCustomRequest(upstream, request.method, request.body);
    // Every list is read on its way back: its first item is remembered for DuplicateIds, and
    // the mode that counts is the one when the answer passes.
    const bool rewrite = request.method == "GET";
    const QByteArray path = request.path;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, respond, loseAnswer, rewrite, path] {
                reply->deleteLater();
                --m_forwarding;
                if (loseAnswer) {
                    respond(Response::drop()); // done upstream; the answer never comes back
                    return;
                }
                Response r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                for (const QByteArray &name :
                     { QByteArray("Content-Type"), QByteArray("Retry-After"),
                       QByteArray("X-Rate-Limit"), QByteArray("X-Rate-Limit-Remaining") }) {
                    if (reply->hasRawHeader(name))
                        r.headers.append({ name, reply->rawHeader(name) });
                }
                r.body = reply->readAll();
                if (rewrite && r.status == 200)
                    r.body = rewriteList(path, r.body);
                respond(r);
            });
}

QByteArray HostileServer::rewriteList(const QByteArray &path, const QByteArray &body)
{
    if (m_mode != Mode::EndlessCursors && m_mode != Mode::DuplicateIds
        && m_firstListed.contains(path))
        return body;
    QJsonObject envelope = QJsonDocument::fromJson(body).object();
    QJsonObject data = envelope.value(u"data"_s).toObject();
    if (!data.contains(u"items"_s))
        return body;
    const QJsonArray listed = data.value(u"items"_s).toArray();
    if (!m_firstListed.contains(path) && !listed.isEmpty())
        m_firstListed.insert(path, listed.first().toObject());
    const QJsonObject first = m_firstListed.value(path);
    if (m_mode == Mode::EndlessCursors) {
        // Always a new cursor, and behind it page one again under new ids: a list that never
        // repeats itself and never ends.
        const QString serial = QString::number(++m_cursorSerial);
        QJsonArray items;
        for (const QJsonValue &item : listed) {
            QJsonObject o = item.toObject();
            if (o.value(u"id"_s).isString())
                o.insert(u"id"_s, QString(o.value(u"id"_s).toString() + u'~' + serial));
            items.append(o);
        }
        data.insert(u"items"_s, items);
        data.insert(u"next_cursor"_s, QString(u"endless-"_s + serial));
    } else if (m_mode == Mode::DuplicateIds) {
        QJsonArray items = listed;
        if (!items.isEmpty())
            items.append(first);
        data.insert(u"items"_s, items);
    } else {
        return body;
    }
    envelope.insert(u"data"_s, data);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

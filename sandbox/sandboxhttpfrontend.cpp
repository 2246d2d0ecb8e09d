#include "sandboxhttpfrontend.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace ftsandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

} // namespace

SandboxHttpFrontend::SandboxHttpFrontend(Callbacks callbacks, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_callbacks(std::move(callbacks))
{
}

quint16 SandboxHttpFrontend::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copy everything: the request object is reused for the connection's next request.
    SandboxRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();

    watch(socket);
    Pending pending;
    pending.id = ++m_lastId;
    pending.close = copy.headers.value("connection").toLower().contains("close");
    m_pending[socket].append(pending);
    m_socketOf.insert(pending.id, socket);
    m_callbacks.request(copy, pending.id);
    return true;
}

void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if Qt changes its mind.
    socket->disconnectFromHost();
}

void SandboxHttpFrontend::watch(QTcpSocket *socket)
{
    if (m_pending.contains(socket))
        return;
    m_pending.insert(socket, {});
    m_callbacks.connectionOpened();
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        forget(socket);
        m_pending.remove(socket); // the address may be reused by a new socket
    });
}

void SandboxHttpFrontend::answer(quint64 answerId, const QByteArray &bytes, bool close)
{
    QTcpSocket *socket = m_socketOf.value(answerId);
    if (!socket)
        return;
    QList<Pending> &queue = m_pending[socket];
    for (Pending &pending : queue) {
        if (pending.id == answerId) {
            pending.ready = true;
            pending.bytes = bytes;
            pending.close = pending.close || close;
            break;
        }
    }
    flush(socket);
}

void SandboxHttpFrontend::flush(QTcpSocket *socket)
{
    QList<Pending> &queue = m_pending[socket];
    while (!queue.isEmpty() && queue.constFirst().ready) {
        const Pending pending = queue.takeFirst();
        m_socketOf.remove(pending.id);
        m_callbacks.finished(pending.id);
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        socket->write(pending.bytes);
        socket->flush();
        if (pending.close) {
            // Later requests on this connection will never be answered: end them now.
            forget(socket);
            socket->disconnectFromHost();
            return;
        }
    }
}

void SandboxHttpFrontend::forget(QTcpSocket *socket)
{
    const auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    for (const Pending &pending : std::as_const(*it)) {
        m_socketOf.remove(pending.id);
        m_callbacks.finished(pending.id);
    }
    it->clear();
}

} // namespace ftsandbox

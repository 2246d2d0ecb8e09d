#include "scriptedhttpserver.h"

#include <QTcpSocket>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets outlive this object's members; keep their last signals away from them.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port()) + "/v1";
}

int ScriptedHttpServer::count(const QByteArray &method, const QByteArray &pathSuffix) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if (r.method == method && (pathSuffix.isEmpty() || r.path.endsWith(pathSuffix)))
            ++n;
    }
    return n;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_open;
        m_peakOpen = qMax(m_peakOpen, m_open);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            m_buffers.remove(socket);
            m_hanging.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        request.method = start.value(0);
        const QByteArray target = start.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length", "0").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const Response response = m_handler ? m_handler(request) : Response::json(404, "{}");
        respond(socket, response);
        Q_EMIT requestArrived();
        if (response.mode != Response::Mode::Answer)
            return;
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const Response &response)
{
    using Mode = Response::Mode;
    if (response.mode == Mode::Hang) {
        m_hanging.append(socket);
        m_peakHanging = qMax(m_peakHanging, static_cast<int>(m_hanging.size()));
        return;
    }
    if (response.mode == Mode::Drop) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (response.mode == Mode::Truncate) {
        out += response.body.left(response.truncateAt);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
}

void ScriptedHttpServer::releaseHanging(const Response &response)
{
    const QList<QTcpSocket *> sockets = m_hanging;
    m_hanging.clear();
    for (QTcpSocket *socket : sockets)
        respond(socket, response);
}

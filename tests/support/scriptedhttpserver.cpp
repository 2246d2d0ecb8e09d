#include "scriptedhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// The stream's writer keeps at most this much waiting in the socket.
constexpr qint64 kStreamBacklog = 256 * 1024;
constexpr qint64 kStreamChunk = 64 * 1024;

} // namespace

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
        if (m_asyncHandler) {
            QPointer<QTcpSocket> guard(socket);
            Q_EMIT requestArrived();
            m_asyncHandler(request, [this, guard](const Response &response) {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    respond(guard, response);
            });
            return; // no pipelining: the next request waits for this answer
        }
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
    if (response.mode == Mode::Stream) {
        startStream(socket, response);
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

void ScriptedHttpServer::startStream(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    const bool chunked = response.chunked || response.streamBytes < 0;
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n\r\n";
    else
        head += "Content-Length: " + QByteArray::number(response.body.size() + response.streamBytes)
            + "\r\n\r\n";
    auto frame = [chunked](const QByteArray &data) {
        return chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n" : data;
    };
    socket->write(head);
    if (!response.body.isEmpty())
        socket->write(frame(response.body));

    // What is left to send; -1 for ever. Shared by the writer's connections, gone with them.
    auto left = std::make_shared<qint64>(response.streamBytes);
    auto finish = [socket, chunked] {
        if (chunked)
            socket->write("0\r\n\r\n");
    };
    if (response.trickleMs > 0) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, left, frame, finish] {
            if (*left == 0) {
                timer->stop();
                finish();
                return;
            }
            socket->write(frame(" "));
            ++m_streamed;
            if (*left > 0)
                --*left;
        });
        timer->start(response.trickleMs);
        return;
    }
    const QByteArray filler(kStreamChunk, ' ');
    auto pump = [this, socket, left, frame, finish, filler] {
        while (*left != 0 && socket->bytesToWrite() < kStreamBacklog) {
            const qint64 n = *left < 0 ? kStreamChunk : qMin(*left, kStreamChunk);
            socket->write(frame(filler.left(n)));
            m_streamed += n;
            if (*left > 0) {
                *left -= n;
                if (*left == 0)
                    finish();
            }
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

#pragma once

#include "sandboxrouter.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ftsandbox {

// The socket side of the sandbox. Qt HttpServer parses requests; this class hands each one on
// with an answer id and writes the raw HTTP answer whenever it is given, possibly much later
// (latency) or never (hang), in request order per connection, so keep-alive connections stay
// correct. Owning the socket also lets an answer be cut off mid-body (drop injection).
class SandboxHttpFrontend : public QAbstractHttpServer
{
public:
    struct Callbacks
    {
        std::function<void(const SandboxRequest &request, quint64 answerId)> request;
        // Once per request, when its answer went out or its connection went away.
        std::function<void(quint64 answerId)> finished;
        std::function<void()> connectionOpened; // a client opened a new TCP connection
    };

    explicit SandboxHttpFrontend(Callbacks callbacks, QObject *parent = nullptr);

    quint16 listenOnLoopback(quint16 port); // the port, 0 on failure

    // Sends `bytes` (a whole HTTP response) as answer `answerId` once the answers before it on
    // the same connection went out. With `close`, or when the client asked for it, the
    // connection is closed afterwards. Answers to vanished connections are ignored.
    void answer(quint64 answerId, const QByteArray &bytes, bool close = false);

    int pendingAnswers() const { return int(m_socketOf.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        quint64 id = 0;
        bool ready = false;
        bool close = false;
        QByteArray bytes;
    };
    void watch(QTcpSocket *socket);
    void flush(QTcpSocket *socket);
    void forget(QTcpSocket *socket); // the connection is gone: its unanswered requests end

    Callbacks m_callbacks;
    QHash<QTcpSocket *, QList<Pending>> m_pending;
    QHash<quint64, QTcpSocket *> m_socketOf;
    quint64 m_lastId = 0;
};

} // namespace ftsandbox

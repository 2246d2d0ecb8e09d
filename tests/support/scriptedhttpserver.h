#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts: canned bodies (HTML,
// truncated JSON), answers that never come, connections closed mid-answer, bodies streamed
// without end or trickled a byte at a time, answers given later (an asynchronous handler). It
// records what arrived, so a test can check headers, bodies and counts. Test code only.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // as sent, percent-encoding kept, without the query
        QByteArray query; // as sent
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    struct Response
    {
        // Stream: `body` first, then `streamBytes` of filler (JSON whitespace; -1 for ever),
        // chunked or with the whole length announced, as fast as the client reads or one byte
        // every `trickleMs`. Memory stays flat on both sides of the socket.
        enum class Mode { Answer, Hang, Drop, Truncate, Stream };
        Mode mode = Mode::Answer;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int truncateAt = 0; // Truncate: bytes of the body sent before closing
        qint64 streamBytes = -1;
        bool chunked = true;
        int trickleMs = 0;

        static Response json(int status, const QByteArray &body)
        {
            Response r;
            r.status = status;
            r.body = body;
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            return r;
        }
        static Response hang()
        {
            Response r;
            r.mode = Mode::Hang;
            return r;
        }
        static Response drop()
        {
            Response r;
            r.mode = Mode::Drop;
            return r;
        }
        // A 200 whose body is `prefix` and then `bytes` more (-1: never ends).
        static Response stream(const QByteArray &prefix, qint64 bytes, bool chunked)
        {
            Response r = json(200, prefix);
            r.mode = Mode::Stream;
            r.streamBytes = bytes;
            r.chunked = chunked;
            return r;
        }
    };

    using Handler = std::function<Response(const Request &)>;
    // Answers later: call the responder once, from any later event-loop turn.
    using Responder = std::function<void(const Response &)>;
    using AsyncHandler = std::function<void(const Request &, Responder)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray baseUrl() const; // http://127.0.0.1:<port>/v1

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setAsyncHandler(AsyncHandler handler) { m_asyncHandler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &pathSuffix = {}) const;
    int open() const { return m_open; } // connections open now
    int peakOpen() const { return m_peakOpen; } // most connections open at once
    int peakHanging() const { return m_peakHanging; }
    int hanging() const { return static_cast<int>(m_hanging.size()); }
    qint64 streamedBytes() const { return m_streamed; } // filler sent by Stream answers

    // Answers every hanging request with `response` (for in-flight cap tests).
    void releaseHanging(const Response &response);

Q_SIGNALS:
    void requestArrived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);
    void startStream(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    AsyncHandler m_asyncHandler;
    qint64 m_streamed = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_hanging;
    int m_open = 0;
    int m_peakOpen = 0;
    int m_peakHanging = 0;
};

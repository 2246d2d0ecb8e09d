#pragma once

#include "scriptedhttpserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// A server that misbehaves on purpose, for the tests of what a broken or hostile service must
// not do to the console (crash it, hang it, fool it). In front of an upstream API (an
// in-process sandbox) it passes requests through and misbehaves in one chosen way; some modes
// need no upstream at all. It counts what reached it and what it forwarded, so a test can say
// "exactly one DELETE reached the service". Test code only.
//
//   fttest::TestSandbox sandbox;
//   HostileServer hostile(sandbox.server().baseUrl());
//   hostile.setMode(HostileServer::Mode::LoseWriteAnswers);
//   ApiClient client(&nam, hostile.baseUrl(), credentials);
class HostileServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Forward, // well-behaved: everything goes upstream and back
        EndlessStream, // 200, a chunked body that never ends
        HugeBody, // 200, a body of hugeBytes() with its length announced
        HugeChunkedBody, // 200, a chunked body of hugeBytes(), no length announced
        TrickledBody, // 200, a body that grows by one byte every trickleMs()
        NeverAnswer, // reads the request, never answers
        RetryAfter, // 429 with the Retry-After value of setRetryAfter()
        ConcurrencyCap, // forwards at most concurrencyCap() at once; 429 (no Retry-After) above
        LoseWriteAnswers, // POST/PATCH/DELETE go upstream, then the connection drops
        EchoAuthorization, // 400 whose message repeats the Authorization header, decoded too
        EndlessCursors, // each page of a list comes back with a new next_cursor
        DuplicateIds, // each page of a list ends with the first item listed under its path
    };

    // `upstream`: base URL of a well-behaved API (http://127.0.0.1:<port>/v1), or empty.
    explicit HostileServer(const QUrl &upstream = {}, QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // Misbehave for the next `requests` requests only, then forward (-1, the default: always).
    void setMisbehaviourCount(int requests) { m_misbehaviours = requests; }
    void setHugeBytes(qint64 bytes) { m_hugeBytes = bytes; }
    qint64 hugeBytes() const { return m_hugeBytes; }
    void setTrickleMs(int ms) { m_trickleMs = ms; }
    int trickleMs() const { return m_trickleMs; }
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    void setConcurrencyCap(int cap) { m_cap = cap; }
    int concurrencyCap() const { return m_cap; }

    // What arrived (the wire's record) and what this server did with it.
    const ScriptedHttpServer &wire() const { return *m_wire; }
    int arrived(const QByteArray &method) const { return m_wire->count(method); }
    int forwarded() const { return m_forwarded; }
    int refused() const { return m_refused; } // 429s of ConcurrencyCap
    int peakForwarding() const { return m_peakForwarding; }
    qint64 streamedBytes() const { return m_wire->streamedBytes(); }
    // The id of the first item passed on in a list at `path` ("/v1/users"): what
    // DuplicateIds repeats on that list's pages.
    QString firstListedId(const QByteArray &path) const
    {
        return m_firstListed.value(path).value(QLatin1String("id")).toString();
    }

private:
    void handle(const ScriptedHttpServer::Request &request,
                const ScriptedHttpServer::Responder &respond);
    void forward(const ScriptedHttpServer::Request &request,
                 const ScriptedHttpServer::Responder &respond, bool loseAnswer);
    QByteArray rewriteList(const QByteArray &path, const QByteArray &body);

    std::unique_ptr<ScriptedHttpServer> m_wire;
    QNetworkAccessManager *m_upstreamManager = nullptr;
    QUrl m_upstream;
    Mode m_mode = Mode::Forward;
    qint64 m_hugeBytes = qint64(300) * 1024 * 1024;
    int m_trickleMs = 200;
    QByteArray m_retryAfter = "999999";
    int m_cap = 2;
    int m_forwarding = 0;
    int m_peakForwarding = 0;
    int m_forwarded = 0;
    int m_refused = 0;
    quint64 m_cursorSerial = 0;
    int m_misbehaviours = -1;
    QHash<QByteArray, QJsonObject> m_firstListed; // by path
};

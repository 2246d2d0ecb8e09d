#pragma once

#include "sandboxoptions.h"
#include "sandboxstore.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace ftsandbox {

class SandboxHourlyLimit;
class SandboxHttpFrontend;
class SandboxRateLimiter;
class SandboxRouter;
class SandboxStats;
class SandboxClock;
struct SandboxRequest;

// A local, in-memory server speaking the Fivetran user-management API of ../shared/API.md on
// 127.0.0.1: every route under /v1 and at the root, Basic auth, the rules, paging, plus
// injected latency, rate limits, failures, drops and hangs for tests and benchmarks.
// GET /__stats (no auth) answers the same JSON as stats().
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; false on failure
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    QJsonObject stats() const; // same JSON as GET /__stats
    void resetStats();

    // Injection can be changed at run time by tests.
    void setLatencyMs(int latencyMs);
    // More on the answers to writes only: the change is made at once, its answer comes late
    // (a window in which a client can be stopped between the change and its answer).
    void setWriteLatencyMs(int latencyMs);
    void setRateLimit(double requestsPerSecond);
    // Fivetran's hourly budget (0 = off), its rolling window and how fast its clock runs
    // (see SandboxOptions); starts again with an empty window.
    void setHourlyLimit(int limit, int windowSeconds = 3600, double timeScale = 1.0);
    // Uses up `requests` of the hourly budget now, as the account's other scripts would.
    void spendHourlyBudget(int requests);
    int hourlyBudgetRemaining() const; // 0 when there is no hourly limit
    void setFailRate(double fraction);
    void setDropRate(double fraction);
    void setLoseRate(double fraction); // carried out, then the answer is cut off
    void setHang(bool hang); // accept requests but never answer (for timeout tests)
    void setTeamsAnswer(TeamsAnswer answer); // serve /teams, or refuse it with 404 or 403

    SandboxStore &store(); // direct read/write access to the data, for tests
    const SandboxOptions &options() const { return m_options; }

private:
    void handle(const SandboxRequest &request, quint64 answerId);
    void answerStats(const SandboxRequest &request, quint64 answerId);
    void deliver(quint64 answerId, const QByteArray &bytes, bool close, const QDeadlineTimer &due);

    SandboxOptions m_options;
    bool m_hang = false;
    SandboxStore m_store;
    std::unique_ptr<SandboxStats> m_stats;
    std::unique_ptr<SandboxRateLimiter> m_rateLimiter;
    std::unique_ptr<SandboxHourlyLimit> m_hourlyLimit;
    QSet<quint64> m_counted; // answer ids counted in flight (/__stats is not); outlives m_frontend
    std::unique_ptr<SandboxRouter> m_router;
    std::unique_ptr<SandboxHttpFrontend> m_frontend;
    QRandomGenerator m_faultRandom;
    quint16 m_port = 0;
    std::unique_ptr<SandboxClock> m_clock; // before m_frontend goes, so no answer is due then
};

} // namespace ftsandbox

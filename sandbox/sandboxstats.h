#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ftsandbox {

// Counts what the sandbox saw, for GET /__stats: requests per "<METHOD> <route pattern>",
// answers per status, injected faults, how many requests were in flight at once and how many
// TCP connections clients opened (few, when keep-alive works).
class SandboxStats
{
public:
    void requestArrived(const QString &routeKey);
    void requestFinished(); // answered, dropped, or abandoned by the client
    void answered(int status);
    void failureInjected() { ++m_failuresInjected; }
    void dropInjected() { ++m_dropsInjected; }
    void answerLost() { ++m_answersLost; }
    void hourlyLimitRefused() { ++m_hourlyRefusals; } // a 429 of the hourly budget
    // The request got past the injected faults and reached the operation.
    void requestHandled(const QString &routeKey) { ++m_handled[routeKey]; }
    void connectionOpened() { ++m_connectionsOpened; }
    void reset(); // keeps the requests still in flight

    int inFlight() const { return m_inFlight; }
    QJsonObject toJson() const;

private:
    qint64 m_requestsTotal = 0;
    QMap<QString, qint64> m_requests;
    QMap<int, qint64> m_statuses;
    qint64 m_failuresInjected = 0;
    qint64 m_dropsInjected = 0;
    qint64 m_answersLost = 0;
    qint64 m_hourlyRefusals = 0;
    QMap<QString, qint64> m_handled;
    qint64 m_connectionsOpened = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace ftsandbox

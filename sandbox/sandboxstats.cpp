#include "sandboxstats.h"

namespace ftsandbox {

using namespace Qt::StringLiterals;

void SandboxStats::requestArrived(const QString &routeKey)
{
    ++m_requestsTotal;
    ++m_requests[routeKey];
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
}

void SandboxStats::requestFinished()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void SandboxStats::answered(int status)
{
    ++m_statuses[status];
}

void SandboxStats::reset()
{
    m_requestsTotal = 0;
    m_requests.clear();
    m_statuses.clear();
    m_failuresInjected = 0;
    m_dropsInjected = 0;
    m_answersLost = 0;
    m_hourlyRefusals = 0;
    m_handled.clear();
    m_connectionsOpened = 0;
    m_peakInFlight = m_inFlight;
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    QJsonObject handled;
    for (auto it = m_handled.cbegin(); it != m_handled.cend(); ++it)
        handled.insert(it.key(), it.value());
    QJsonObject statuses;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return QJsonObject {
        { u"requests_total"_s, m_requestsTotal },
        { u"requests"_s, requests },
        { u"status"_s, statuses },
        { u"responses_429"_s, m_statuses.value(429) },
        { u"responses_429_hourly"_s, m_hourlyRefusals },
        { u"failures_injected"_s, m_failuresInjected },
        { u"drops_injected"_s, m_dropsInjected },
        { u"answers_lost"_s, m_answersLost },
        { u"handled"_s, handled },
        { u"peak_in_flight"_s, m_peakInFlight },
        { u"in_flight"_s, m_inFlight },
        { u"connections_opened"_s, m_connectionsOpened },
    };
}

} // namespace ftsandbox

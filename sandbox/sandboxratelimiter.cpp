#include "sandboxratelimiter.h"

#include <algorithm>
#include <cmath>

namespace ftsandbox {

void SandboxRateLimiter::setRate(double requestsPerSecond)
{
    m_rate = std::isfinite(requestsPerSecond) ? std::max(0.0, requestsPerSecond) : 0.0;
    m_tokens = std::max(1.0, m_rate);
    m_clock.start();
    m_lastNs = 0;
}

bool SandboxRateLimiter::tryAcquire(int *retryAfterSeconds)
{
    if (m_rate <= 0)
        return true;
    const qint64 nowNs = m_clock.nsecsElapsed();
    const double burst = std::max(1.0, m_rate);
    m_tokens = std::min(burst, m_tokens + double(nowNs - m_lastNs) * 1e-9 * m_rate);
    m_lastNs = nowNs;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - m_tokens) / m_rate)));
    return false;
}

} // namespace ftsandbox

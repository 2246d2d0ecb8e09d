#include "sandboxhourlylimit.h"

#include <algorithm>
#include <cmath>

namespace ftsandbox {

void SandboxHourlyLimit::configure(int limit, int windowSeconds, double timeScale)
{
    m_limit = std::max(0, limit);
    if (windowSeconds > 0)
        m_windowSeconds = windowSeconds;
    if (timeScale > 0 && std::isfinite(timeScale))
        m_timeScale = timeScale;
    m_admitted.clear();
    m_clock.start();
}

qint64 SandboxHourlyLimit::nowUs() const
{
    if (!m_clock.isValid())
        return 0;
    return qint64(double(m_clock.nsecsElapsed()) / 1000.0 * m_timeScale);
}

void SandboxHourlyLimit::expire(qint64 now)
{
    const qint64 windowUs = qint64(m_windowSeconds) * 1'000'000;
    while (!m_admitted.empty() && m_admitted.front() + windowUs <= now)
        m_admitted.pop_front();
}

bool SandboxHourlyLimit::tryAdmit(int *remaining, int *retryAfterSeconds)
{
    if (!isOn()) {
        if (remaining)
            *remaining = 0;
        return true;
    }
    const qint64 now = nowUs();
    expire(now);
    if (int(m_admitted.size()) < m_limit) {
        m_admitted.push_back(now);
        if (remaining)
            *remaining = m_limit - int(m_admitted.size());
        return true;
    }
    if (remaining)
        *remaining = 0;
    if (retryAfterSeconds) {
        const qint64 leavesIn = m_admitted.front() + qint64(m_windowSeconds) * 1'000'000 - now;
        *retryAfterSeconds = std::max(1, int((leavesIn + 999'999) / 1'000'000));
    }
    return false;
}

int SandboxHourlyLimit::remaining()
{
    if (!isOn())
        return 0;
    expire(nowUs());
    return std::max(0, m_limit - int(m_admitted.size()));
}

void SandboxHourlyLimit::spend(int requests)
{
    if (!isOn())
        return;
    const qint64 now = nowUs();
    expire(now);
    for (int i = 0; i < requests && int(m_admitted.size()) < m_limit; ++i)
        m_admitted.push_back(now);
}

} // namespace ftsandbox

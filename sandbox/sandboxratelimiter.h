#pragma once

#include <QElapsedTimer>

namespace ftsandbox {

// A token bucket: `rate` requests per second on average, bursts of up to max(1, rate).
// A refused request takes no token, so a client that waits Retry-After gets through.
class SandboxRateLimiter
{
public:
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }

    // True when the request may proceed; otherwise false and *retryAfterSeconds (at least 1)
    // says when the next token will be there.
    bool tryAcquire(int *retryAfterSeconds);

private:
    double m_rate = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};

} // namespace ftsandbox

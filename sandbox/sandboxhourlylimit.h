#pragma once

#include <QElapsedTimer>

#include <deque>

namespace ftsandbox {

// Fivetran's own limit: at most limit() requests in any rolling window (an hour; tests shorten
// it), counted over the requests it admitted. Over it, a request is refused with the whole
// seconds until the oldest admitted one leaves the window. Its clock may run faster than the
// wall clock (timeScale(), 1000: an hour in 3.6 s), so a test can live through the service's
// hour without sleeping; the seconds it says are its own.
class SandboxHourlyLimit
{
public:
    // `limit` 0 turns it off. The window and the scale keep their values when they are <= 0.
    void configure(int limit, int windowSeconds, double timeScale);
    bool isOn() const { return m_limit > 0; }
    int limit() const { return m_limit; }
    int windowSeconds() const { return m_windowSeconds; }
    double timeScale() const { return m_timeScale; }

    // Admits and counts one request when there is room (*remaining: what is left after it);
    // otherwise false, *remaining 0 and *retryAfterSeconds (at least 1) until room comes back.
    bool tryAdmit(int *remaining, int *retryAfterSeconds);
    int remaining(); // left in the window now
    // Counts `requests` as admitted now, as the account's other scripts would use them.
    void spend(int requests);

private:
    qint64 nowUs() const; // the limit's own clock, in microseconds
    void expire(qint64 now);

    int m_limit = 0;
    int m_windowSeconds = 3600;
    double m_timeScale = 1.0;
    QElapsedTimer m_clock;
    std::deque<qint64> m_admitted; // times of the admitted requests still in the window
};

} // namespace ftsandbox

#include "requestbudget.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ftapi {

namespace {

// A header that is not a whole number is ignored, never guessed at.
int wholeNumber(const QByteArray &header)
{
    bool ok = false;
    // A count no account has (beyond an int) is as unreadable as a word: never clamped into
    // something that looks like a budget.
    const int value = header.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return -1;
    return value;
}

} // namespace

void RequestBudget::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(1, seconds);
}

int RequestBudget::reserve(int inFlightCap) const
{
    if (m_reserve >= 0)
        return m_reserve;
    return std::max(inFlightCap, m_limit > 0 ? m_limit / 50 : 0);
}

quint64 RequestBudget::noteSent(qint64 nowMs)
{
    m_sent.push_back(nowMs);
    prune(nowMs);
    return m_nextSerial++;
}

void RequestBudget::prune(qint64 nowMs)
{
    // Kept: what is still in the window, and what the last answer counted that may leave it.
    const qint64 keepAfter =
        std::min(surelyLeftBefore(nowMs), (m_observed ? m_obsSentMs : nowMs) - windowMs());
    while (!m_sent.empty() && m_sent.front() <= keepAfter) {
        m_sent.pop_front();
        ++m_firstSerial;
    }
}

int RequestBudget::countSentBetween(qint64 afterMs, qint64 untilMs) const
{
    if (untilMs <= afterMs)
        return 0;
    const auto from = std::upper_bound(m_sent.begin(), m_sent.end(), afterMs);
    const auto to = std::upper_bound(from, m_sent.end(), untilMs);
    return int(to - from);
}

bool RequestBudget::noteAnswer(quint64 serial, const QByteArray &limit, const QByteArray &remaining,
                               qint64 nowMs, qint64 answerMs)
{
    // The service counted the request from some time between its sending and its answer; a
    // slow answer now and then widens the margin for a while.
    m_marginMs = std::max(std::max<qint64>(0, answerMs), m_marginMs - m_marginMs / 64);
    bool changed = false;
    const int newLimit = wholeNumber(limit);
    if (newLimit > 0 && newLimit != m_limit) {
        m_limit = newLimit;
        changed = true;
    }
    const int left = wholeNumber(remaining);
    if (left < 0)
        return changed;
    m_reported = left;
    m_reportedAtMs = nowMs;
    // An answer to an older request than the one already read says less than it.
    if (!m_observed || serial >= m_obsSerial) {
        m_observed = true;
        m_obsSerial = serial;
        m_obsSentMs = serial >= m_firstSerial && serial - m_firstSerial < m_sent.size()
            ? m_sent[size_t(serial - m_firstSerial)]
            : nowMs;
        m_obsDoneMs = nowMs;
        m_obsRemaining = m_limit > 0 ? std::min(left, m_limit) : left;
        const int own = countSentBetween(m_obsSentMs - windowMs(), m_obsSentMs);
        m_othersAtObs = m_limit > 0 ? std::max(0, m_limit - m_obsRemaining - own) : 1;
        if (left > 0)
            m_backAtMs = -1;
    }
    prune(nowMs);
    return true;
}

void RequestBudget::noteExhausted(qint64 backAtMs, qint64 nowMs)
{
    // The service's own word, whatever was read before: nothing is left now, every request
    // sent so far counted.
    m_observed = true;
    m_obsSerial = m_nextSerial - 1;
    m_obsSentMs = nowMs;
    m_obsDoneMs = nowMs;
    m_obsRemaining = 0;
    m_reported = 0;
    m_reportedAtMs = nowMs;
    const int own = countSentBetween(nowMs - windowMs(), nowMs);
    m_othersAtObs = m_limit > 0 ? std::max(0, m_limit - own) : 1;
    m_backAtMs = backAtMs;
}

void RequestBudget::clear()
{
    *this = RequestBudget();
}

int RequestBudget::remaining(qint64 nowMs) const
{
    if (!m_observed)
        return -1;
    const qint64 window = windowMs();
    const qint64 gone = surelyLeftBefore(nowMs);
    if (m_limit > 0 && nowMs >= m_obsDoneMs + window) {
        // Everything the last answer counted has left the window; only this client's
        // requests since are known to be in it.
        return std::max(0, m_limit - countSentBetween(gone, nowMs));
    }
    const int back = countSentBetween(m_obsSentMs - window, gone);
    const qint64 since = qint64(m_nextSerial - 1 - m_obsSerial);
    qint64 left = qint64(m_obsRemaining) + back - since;
    if (m_limit > 0)
        left = std::min<qint64>(left, m_limit);
    return int(std::max<qint64>(0, left));
}

qint64 RequestBudget::nextPacedSendAt(qint64 nowMs, int reserve) const
{
    if (!m_observed)
        return nowMs;
    const int left = remaining(nowMs);
    if (left > reserve)
        return nowMs;
    const qint64 window = windowMs();
    const qint64 probeEvery = std::max<qint64>(1, window / 60);
    qint64 best = LLONG_MAX;
    // This client's own requests come back as they leave the window, oldest first.
    const auto inWindow = std::upper_bound(m_sent.begin(), m_sent.end(), surelyLeftBefore(nowMs));
    const qint64 needed = reserve - left + 1;
    if (m_sent.end() - inWindow >= needed)
        best = *(inWindow + (needed - 1)) + window + m_marginMs;
    // The window passes over everything the last answer counted.
    if (m_limit > 0 && m_obsDoneMs + window > nowMs)
        best = std::min(best, m_obsDoneMs + window);
    // The service said when some comes back (a 429's Retry-After): one request tries then.
    if (m_backAtMs >= 0 && m_lastProbeMs < m_backAtMs)
        best = std::min(best, m_backAtMs);
    // Others' use may have ended before anything here knows: one request now and then
    // finds out, as long as half the reserve stays.
    const qint64 lastAsked = std::max(m_lastProbeMs, m_reportedAtMs);
    if (m_othersAtObs > 0 && left > reserve / 2)
        best = std::min(best, lastAsked + probeEvery);
    if (best == LLONG_MAX) // nothing known comes back: ask again later
        best = lastAsked + probeEvery;
    return best;
}

void RequestBudget::notePacedProbe(qint64 nowMs)
{
    m_lastProbeMs = nowMs;
}

RequestBudget::Forecast RequestBudget::forecast(int requests, qint64 nowMs, int reserve,
                                                int inFlight, double answerMs) const
{
    Forecast f;
    f.requests = std::max(0, requests);
    f.limit = m_limit;
    f.reserve = reserve;
    f.windowMs = windowMs();
    f.left = remaining(nowMs);
    const int cap = std::max(1, inFlight);
    auto atFullSpeed = [&](qint64 count) -> qint64 {
        if (answerMs < 0)
            return -1;
        if (count <= 0)
            return 0;
        return qint64(std::llround(std::ceil(double(count) / cap) * answerMs));
    };
    const qint64 usable = f.left < 0 ? -1 : std::max(0, f.left - reserve);
    if (usable < 0 || f.requests <= usable) {
        f.ms = atFullSpeed(f.requests);
        return f;
    }
    // What is left goes at once; the rest as the window gives requests back, a window's worth
    // at a time.
    f.beyondBudget = true;
    const qint64 perWindow = std::max(1, (m_limit > 0 ? m_limit : f.left) - reserve);
    const qint64 extra = f.requests - usable;
    const qint64 more = (extra + perWindow - 1) / perWindow;
    f.windows = int(std::min<qint64>(more + 1, INT_MAX));
    const qint64 tail = atFullSpeed(extra - (more - 1) * perWindow);
    f.ms = more * f.windowMs + std::max<qint64>(0, tail);
    return f;
}

} // namespace ftapi

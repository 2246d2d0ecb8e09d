#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <deque>

namespace ftapi {

// What this client knows of the account's request budget (API.md: 20,000 requests per rolling
// hour; answers may say X-Rate-Limit and X-Rate-Limit-Remaining, and a 429 about the budget
// says Retry-After): the limit, what is left now, when more comes back, and whether the next
// request of a long job may go now without running into the limit. RequestScheduler feeds it
// every request it sends and every answer; times are the service's milliseconds on the
// scheduler's clock.
//
// What is left is worked out from the answer to the latest request that said so: minus this
// client's requests sent after that one, plus this client's requests that have surely left
// the window since (a request is counted from when it was sent plus the longest answer time
// seen, since the service counts it from when it arrived). Others' use of the account (its
// scripts, other consoles) is taken to stay until an answer says otherwise, or until the
// window has passed over everything that answer counted. So the estimate errs low, but for
// answers still on their way (at most an in-flight cap of them: what the reserve is for).
class RequestBudget
{
public:
    static constexpr int kServiceWindowSeconds = 3600; // API.md: a rolling hour

    int windowSeconds() const { return m_windowSeconds; }
    qint64 windowMs() const { return qint64(m_windowSeconds) * 1000; }
    void setWindowSeconds(int seconds); // at least 1; default the service's hour

    // Requests a long job leaves to everything else (a person's clicks, the account's own
    // scripts); -1 (the default): a fiftieth of the limit, and at least `inFlightCap`, which
    // is how many answers the estimate can lag behind.
    void setReserve(int requests) { m_reserve = requests < 0 ? -1 : requests; }
    int reserve(int inFlightCap) const;

    // A request leaves now; returns its number, to name it again with its answer.
    quint64 noteSent(qint64 nowMs);
    // The answer to request `serial`, `answerMs` after it was sent: its headers as they came
    // (either may be empty). True when what is known changed. A header that is not a whole
    // number is ignored.
    bool noteAnswer(quint64 serial, const QByteArray &limit, const QByteArray &remaining,
                    qint64 nowMs, qint64 answerMs = 0);
    // A request was refused because the budget is spent; some of it comes back at `backAtMs`
    // (its Retry-After).
    void noteExhausted(qint64 backAtMs, qint64 nowMs);
    void clear();

    bool isKnown() const { return m_observed; } // an answer said what is left
    int limit() const { return m_limit; } // X-Rate-Limit; -1 while never said
    int reported() const { return m_reported; } // the last X-Rate-Limit-Remaining; -1: never
    qint64 reportedAtMs() const { return m_reportedAtMs; } // when that answer came
    // What is left now, as far as this client can tell; -1 while unknown.
    int remaining(qint64 nowMs) const;

    // When a long job's next request may go so that `reserve` requests stay: nowMs or
    // earlier means now. Besides what it knows comes back (its own requests leaving the
    // window, the window passing over the last answer), it tries one request now and then
    // while others' use may have ended, and one when a 429's Retry-After has passed.
    qint64 nextPacedSendAt(qint64 nowMs, int reserve) const;
    // A long job's request that went while nextPacedSendAt() was later than now (a probe).
    void notePacedProbe(qint64 nowMs);

    // What a job of `requests` will cost: at full speed (`inFlight` at once, `answerMs` each)
    // when the budget allows it, otherwise over as many windows as it needs.
    struct Forecast
    {
        int requests = 0;
        qint64 ms = -1; // -1: unknown (no answer time yet)
        int left = -1; // what is left now; -1: the service never said
        int limit = -1;
        int reserve = 0;
        bool beyondBudget = false; // needs more than is left: it will wait for the window
        int windows = 1; // windows it spans: 1 when it fits in what is left
        qint64 windowMs = 0;
    };
    Forecast forecast(int requests, qint64 nowMs, int reserve, int inFlight, double answerMs) const;

private:
    int countSentBetween(qint64 afterMs, qint64 untilMs) const; // times in (afterMs, untilMs]
    void prune(qint64 nowMs);
    // Requests sent at or before this have surely left the window by `nowMs`.
    qint64 surelyLeftBefore(qint64 nowMs) const { return nowMs - windowMs() - m_marginMs; }

    int m_windowSeconds = kServiceWindowSeconds;
    int m_reserve = -1;
    std::deque<qint64> m_sent; // send times of this client's requests, oldest first
    quint64 m_firstSerial = 1; // serial of m_sent.front()
    quint64 m_nextSerial = 1;

    bool m_observed = false;
    quint64 m_obsSerial = 0; // the request whose answer said what was left
    qint64 m_obsSentMs = 0;
    qint64 m_obsDoneMs = 0; // when that answer came: all it counted has left a window later
    int m_obsRemaining = 0;
    int m_othersAtObs = 0; // use of the window that was not this client's, as far as known
    int m_limit = -1;
    int m_reported = -1;
    qint64 m_reportedAtMs = 0;
    qint64 m_backAtMs = -1; // a 429's Retry-After ends here: one request may try
    qint64 m_lastProbeMs = -1;
    qint64 m_marginMs = 0; // the longest answer time seen lately
};

} // namespace ftapi

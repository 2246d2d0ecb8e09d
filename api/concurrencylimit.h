#pragma once

#include <QtGlobal>

namespace ftapi {

// The in-flight cap RequestScheduler really uses: the configured ceiling, lowered when the
// server refuses a request for being one too many (a 429 that is not about the hourly
// budget), and raised one step at a time after a long run of answers without a refusal, so a
// server's own concurrency limit costs about the time of running at that limit instead of a
// storm of refusals. Additive increase, decrease to what the server admitted.
class ConcurrencyLimit
{
public:
    // Answers without a refusal, per slot of the current cap, before it grows by one: a probe
    // above a server's limit costs one or two refusals, so they stay a few percent.
    static constexpr int kAnswersPerStep = 32;

    void setCeiling(int ceiling); // also the current cap again
    int ceiling() const { return m_ceiling; }
    int current() const { return m_current; }

    // A request sent while `inFlight` requests (itself included) were out was refused. The
    // server then held fewer than `inFlight` (it cannot have seen more than were sent), so the
    // cap drops below `inFlight` if it is not there already. True when current() changed.
    bool refused(int inFlight);
    // An answer that was not a refusal. True when current() grew.
    bool answered();

private:
    int m_ceiling = 8;
    int m_current = 8;
    int m_answers = 0;
};

} // namespace ftapi

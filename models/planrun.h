#pragma once

#include "accountview.h"
#include "apierror.h"
#include "changeverifier.h"
#include "membership.h"
#include "plan.h"
#include "plancheck.h"
#include "runjournal.h"
#include "user.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>
#include <set>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

class PlanReader;

// Applies one plan: reads what the check needs (PlanReader), checks the whole plan
// (PlanChecker) and, when the check finds no error, sends the changes through the client's
// scheduler: a bounded number at a time, the changes to one user in plan order, a change that
// takes the role Account Administrator from someone only after every earlier change. It never
// duplicates a write: when a write's effect is unknown (a lost answer, a timeout, a 5xx) it
// reads the state before deciding whether to send it again. A change already in effect sends
// nothing, so applying the same plan again finishes an interrupted one. One outcome per change.
//
//   auto *run = new PlanRun(client, plan, &view, this);
//   connect(run, &PlanRun::finished, this, [run] { report(run->results()); run->deleteLater(); });
//   run->start();
class PlanRun : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Applied, AlreadyInEffect, Failed, NotAttempted };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Pending;
        QString message; // in words: what was done, or why not
        ftapi::ApiError error; // the failure, when failed
        std::optional<ftapi::User> user; // the user as the service answered (create, modify)
        std::optional<ftapi::Membership> membership; // the membership as it now is (add, update)
        QString userId; // whom it changed
        int attempts = 0; // writes sent
        bool outcomeUnknown = false; // failed because the state could not be read afterwards
    };

    // `client` and `base` (may be null: everything is read) must outlive the run.
    PlanRun(ftapi::ApiClient *client, const Plan &plan, const AccountView *base,
            QObject *parent = nullptr);
    ~PlanRun() override;

    void setConcurrency(int changes); // at once; 0 (default): the scheduler's cap
    void setCheckOnly(bool checkOnly) { m_checkOnly = checkOnly; } // read and check, send nothing
    // Send every change once as it is, whatever the check says (it still names things and
    // records the state before for the journal); the service's refusals are failures. What
    // `fivetran-admin call` does. A lost answer is still read back, never sent twice.
    void setDirect(bool direct) { m_direct = direct; }
    void setMaxSends(int sends) { m_maxSends = qMax(1, sends); } // per change, default 4
    void setRetryDelay(int milliseconds) { m_retryDelayMs = qMax(0, milliseconds); }
    // Every write is journalled: an entry before it leaves, completed with its outcome. A
    // change whose entry cannot be written is not sent. Null (the default): no journal.
    void setJournal(Journal *journal) { m_records.setJournal(journal); }
    QString batch() const { return m_records.batch(); } // the journal's batch of this run

    void start();
    // Stops starting changes; changes already on their way finish and report. Resume goes on.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Started and not settled: on the wire, or journalled and waiting in the scheduler's queue.
    bool isSending(int index) const { return m_active.contains(index); }
    // Stops starting changes; what has not left yet is not attempted; what may have reached
    // the service is waited for, so every outcome is known.
    void cancel();

    const Plan &plan() const { return m_plan; }
    bool isChecked() const { return m_checked; }
    const PlanCheck &check() const { return m_check; }
    bool isFinished() const { return m_finished; }
    // The check found an error (or the state could not be read): nothing was sent.
    bool wasRefused() const { return m_refused; }
    bool wasCancelled() const { return m_cancelled; }
    const Result &result(int index) const { return m_results.at(index); }
    const QVector<Result> &results() const { return m_results; }
    int total() const { return m_plan.size(); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    // Every change applied or already in effect.
    bool succeeded() const;

    static QString outcomeKey(Outcome outcome); // "applied", "already_in_effect", ...

Q_SIGNALS:
    void checked(); // check() is ready; when it has errors, finished() follows
    void changeFinished(int index);
    void sendingChanged(int index); // isSending(index) changed: started, or taken back by pause()
    void progressChanged(int done, int total, int failed);
    void finished();

private:
    void onRead();
    void pump();
    void pumpSoon(); // pump() once the events waiting now are handled
    bool startable(int index) const;
    bool isFree(int index) const; // already in effect: settled without a request
    int schedulerCap() const; // the scheduler's in-flight cap; 0 without a client
    int changesInProgress() const; // how many may be started and not settled at once
    // Takes back what waits in the scheduler's queue and cannot have reached the service;
    // returns those changes.
    QVector<int> withdrawUnsent();
    void addHead(int index);
    void removeHead(int index);
    bool sendable(int index); // settles it as failed when it cannot be sent
    void send(int index);
    void onAnswer(int index, const ftapi::ApiError *error, const std::optional<ftapi::User> &user,
                  const std::optional<ftapi::Membership> &membership);
    void verify(int index, const ftapi::ApiError &why, bool fromConflict);
    void readState(int index);
    void onVerdict(int index, const ChangeVerifier::Verdict &verdict);
    void settle(int index, Outcome outcome, const QString &message,
                const ftapi::ApiError &error = {});
    void sendAgainLater(int index, const ftapi::ApiError &why);
    void skipDependents(int index);
    void maybeFinish();
    bool journalBegin(const QVector<int> &indexes);
    void journalEnd(int index);
    void sendNow(int index);
    QString userIdFor(int index) const;

    QPointer<ftapi::ApiClient> m_client;
    Plan m_plan;
    const AccountView *m_base = nullptr;
    PlanReader *m_reader = nullptr;
    PlanCheck m_check;
    QVector<Result> m_results;
    QHash<QString, std::deque<int>> m_queues; // by user key, in plan order
    std::set<int> m_heads; // the first waiting change of each user, in plan order
    int m_freeHeads = 0; // of them, those already in effect (isFree)
    // A write whose effect is unknown, while the state is read.
    struct Verification
    {
        ftapi::ApiError why; // what made the effect unknown
        bool fromConflict = false; // the service said "already exists"
        int reads = 0; // reads that failed
    };
    QHash<int, quint64> m_calls; // running change -> its write's call id
    QSet<int> m_active; // changes started and not settled (counted in m_running)
    QSet<int> m_withdrawn; // taken back from the scheduler's queue by pause(), not yet told so
    QHash<int, Verification> m_verifying;
    QHash<QString, QString> m_invitedIds; // user key -> id, once an invitation is answered
    RunJournal m_records; // outcomes wait for the next writes' entries, or flush() in pump()
    QObject *m_context = nullptr; // every callback's context; gone with the run
    ChangeVerifier *m_verifier = nullptr;
    int m_concurrency = 0;
    int m_running = 0;
    int m_busy = 0; // writes and reads under way
    int m_done = 0;
    int m_failed = 0;
    int m_maxSends = 4;
    int m_retryDelayMs = 1000;
    bool m_checkOnly = false;
    bool m_direct = false;
    bool m_started = false;
    bool m_checked = false;
    bool m_refused = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_pumpPosted = false;
};

} // namespace ftmodels

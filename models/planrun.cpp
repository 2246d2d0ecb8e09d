#include "planrun.h"

#include "apiclient.h"
#include "changecall.h"
#include "planchecker.h"
#include "planreader.h"

#include <QTimer>
#include <QUuid>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::ApiError;
using Problem = ftapi::ApiError::Problem;

namespace {

constexpr int kMaxVerifyReads = 3;

bool isFinal(PlanRun::Outcome outcome)
{
    return outcome != PlanRun::Outcome::Pending;
}

} // namespace

PlanRun::PlanRun(ftapi::ApiClient *client, const Plan &plan, const AccountView *base,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan)
    , m_base(base)
    , m_records(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_context(new QObject(this))
    , m_verifier(new ChangeVerifier(client, m_context))
{
    m_results.resize(plan.size());
}

PlanRun::~PlanRun()
{
    if (m_client) {
        for (const quint64 call : std::as_const(m_calls))
            m_client->cancel(call);
    }
}

void PlanRun::setConcurrency(int changes)
{
    m_concurrency = qMax(0, changes);
}

QString PlanRun::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return u"pending"_s;
    case Outcome::Applied:
        return u"applied"_s;
    case Outcome::AlreadyInEffect:
        return u"already_in_effect"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::NotAttempted:
        return u"not_attempted"_s;
    }
    return {};
}

bool PlanRun::succeeded() const
{
    if (!m_finished || m_refused)
        return false;
    for (const Result &r : m_results) {
        if (r.outcome != Outcome::Applied && r.outcome != Outcome::AlreadyInEffect)
            return false;
    }
    return true;
}

void PlanRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_reader = new PlanReader(m_client, m_base, this);
    m_reader->setRetryDelay(m_retryDelayMs);
    connect(m_reader, &PlanReader::finished, this, &PlanRun::onRead);
    m_reader->start(m_plan);
}

void PlanRun::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    // Nothing new leaves: what was taken back stays pending, journalled, for resume(); what
    // may have reached the service finishes.
    for (const int index : withdrawUnsent())
        m_withdrawn.insert(index);
}

QVector<int> PlanRun::withdrawUnsent()
{
    QVector<int> withdrawn;
    ftapi::ApiClient *client = m_client.data();
    if (!client)
        return withdrawn;
    // Their Cancelled answers come on a later turn of the event loop (see onAnswer()).
    const auto calls = m_calls;
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        if (!client->scheduler()->mayHaveReachedServer(it.value())) {
            withdrawn.append(it.key());
            client->cancel(it.value());
        }
    }
    return withdrawn;
}

void PlanRun::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void PlanRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_checked) {
        m_reader->cancel(); // onRead() follows and sends nothing
        return;
    }
    // What may have reached the service is waited for, so its outcome is known.
    withdrawUnsent();
    for (int i = 0; i < m_plan.size(); ++i) {
        if (!isFinal(m_results.at(i).outcome) && !m_active.contains(i))
            settle(i, Outcome::NotAttempted, tr("Cancelled before it was sent."));
    }
    m_records.flush();
    maybeFinish();
}

void PlanRun::onRead()
{
    m_check = PlanChecker::check(m_plan, m_reader->snapshot());
    const QStringList unread = m_reader->problems();
    for (const QString &problem : unread)
        m_check.problems.prepend(
            { -1, PlanProblem::Severity::Error, PlanProblem::Kind::Unreadable, problem });
    m_checked = true;
    for (int i = 0; i < m_plan.size(); ++i)
        m_results[i].userId = m_check.changes.at(i).userId;
    Q_EMIT checked();

    if ((m_check.hasErrors() && !m_direct) || m_checkOnly || m_cancelled) {
        m_refused = m_check.hasErrors();
        const QString why = m_refused ? tr("Not sent: the plan's check found a problem.")
            : m_cancelled             ? tr("Cancelled before it was sent.")
                                      : tr("Checked only; nothing was sent.");
        for (Result &r : m_results) {
            r.outcome = Outcome::NotAttempted;
            r.message = why;
        }
        m_done = total();
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < m_plan.size(); ++i) {
        std::deque<int> &queue = m_queues[m_check.changes.at(i).userKey];
        if (queue.empty())
            addHead(i);
        queue.push_back(i);
    }
    pump();
}

bool PlanRun::startable(int index) const
{
    if (!m_check.changes.at(index).removesAdministrator)
        return true;
    // Taking the role from someone waits for everything before it, so the account never has
    // fewer administrators than the check walked it through.
    for (int i = 0; i < index; ++i) {
        if (!isFinal(m_results.at(i).outcome))
            return false;
    }
    return true;
}

void PlanRun::pump()
{
    if (!m_checked || m_finished || m_refused) {
        m_records.flush();
        return;
    }
    const int inProgress = changesInProgress();
    for (;;) {
        if (m_paused || m_cancelled)
            break;
        QVector<int> ready;
        int room = inProgress - m_running;
        int freeSeen = 0;
        for (const int index : m_heads) {
            // Without room only changes already in effect can go: once every one of them is
            // behind, the rest of the heads (as many as there are users) need no look.
            if (room <= 0 && freeSeen == m_freeHeads)
                break;
            const bool free = isFree(index);
            if (free)
                ++freeSeen;
            if ((free || room > 0) && startable(index)) {
                ready.append(index);
                if (!free)
                    --room;
            }
        }
        if (ready.isEmpty())
            break;
        QVector<int> sending;
        for (const int index : std::as_const(ready)) {
            removeHead(index);
            if (isFree(index)) {
                settle(index, Outcome::AlreadyInEffect, m_check.changes.at(index).inEffectText);
                continue;
            }
            ++m_running;
            m_active.insert(index);
            Q_EMIT sendingChanged(index);
            if (sendable(index))
                sending.append(index);
        }
        // The writes that leave together are journalled together, with the outcomes that
        // came in before them: one transaction instead of one per record.
        if (!sending.isEmpty() && journalBegin(sending)) {
            for (const int index : std::as_const(sending))
                sendNow(index);
        }
    }
    m_records.flush();
    maybeFinish();
}

int PlanRun::schedulerCap() const
{
    const ftapi::ApiClient *client = m_client.data();
    return client ? client->scheduler()->maxInFlight() : 0;
}

int PlanRun::changesInProgress() const
{
    const int scheduler = schedulerCap();
    if (scheduler <= 0 || (m_concurrency > 0 && m_concurrency < scheduler))
        return qMax(1, m_concurrency); // this run holds its writes to fewer than the scheduler
    // The scheduler keeps its cap on the wire; as many writes again wait in its queue, their
    // journal records written, so a slot an answer frees goes to the next write at once instead
    // of waiting for this run to settle the answer and write the journal.
    return 2 * scheduler;
}

bool PlanRun::isFree(int index) const
{
    return m_check.changes.at(index).inEffect && !m_direct;
}

void PlanRun::addHead(int index)
{
    if (m_heads.insert(index).second && isFree(index))
        ++m_freeHeads;
}

void PlanRun::removeHead(int index)
{
    if (m_heads.erase(index) > 0 && isFree(index))
        --m_freeHeads;
}

void PlanRun::pumpSoon()
{
    // After the events already waiting: the answers among them settle first and the writes
    // they free leave together, journalled in one transaction, and a request waiting for its
    // body (Qt asks the sending thread for it) is not kept waiting behind new sends.
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    const auto later = [this] {
        m_pumpPosted = false;
        pump();
    };
    // With writes waiting in the scheduler's queue the answer's slot has gone to one of them
    // already, and Qt's network thread is about to ask this thread for that write's body: the
    // journal's transaction waits a millisecond so as not to hold that body up.
    if (m_running > schedulerCap()) {
        QTimer::singleShot(1, Qt::PreciseTimer, m_context, later);
        return;
    }
    QMetaObject::invokeMethod(m_context, later, Qt::QueuedConnection);
}

QString PlanRun::userIdFor(int index) const
{
    const ChangeCheck &c = m_check.changes.at(index);
    return c.userId.isEmpty() ? m_invitedIds.value(c.userKey) : c.userId;
}

bool PlanRun::sendable(int index)
{
    if (!m_client) {
        settle(index, Outcome::Failed, tr("Not connected to a Fivetran account."));
        return false;
    }
    const Change &c = m_plan.at(index);
    if (userIdFor(index).isEmpty() && c.op != ChangeOp::CreateUser) {
        settle(index, Outcome::Failed, tr("It is not known who %1 is.").arg(c.email));
        return false;
    }
    return true;
}

void PlanRun::send(int index)
{
    if (!sendable(index) || !journalBegin({ index })) {
        pump();
        return;
    }
    sendNow(index);
}

void PlanRun::sendNow(int index)
{
    ++m_results[index].attempts;
    m_calls.insert(
        index,
        sendChange(m_client, m_plan.at(index), userIdFor(index), m_context,
                   [this, index](const ApiError *error, const std::optional<ftapi::User> &user,
                                 const std::optional<ftapi::Membership> &membership) {
                       onAnswer(index, error, user, membership);
                   }));
}

void PlanRun::onAnswer(int index, const ApiError *error, const std::optional<ftapi::User> &user,
                       const std::optional<ftapi::Membership> &membership)
{
    const quint64 call = m_calls.take(index);
    const Change &c = m_plan.at(index);
    Result &r = m_results[index];
    if (!error) {
        if (user) {
            r.user = user;
            r.userId = user->id;
            if (c.op == ChangeOp::CreateUser)
                m_invitedIds.insert(m_check.changes.at(index).userKey, user->id);
        }
        if (c.op == ChangeOp::UpdateMembership)
            r.membership = ftapi::Membership { c.targetId, c.role, std::nullopt };
        else if (membership)
            r.membership = membership;
        if (r.userId.isEmpty())
            r.userId = userIdFor(index);
        settle(index, Outcome::Applied, m_check.changes.at(index).text);
        pumpSoon();
        return;
    }
    Q_UNUSED(call)
    const Problem problem = error->problem();
    if (error->kind == ApiError::Kind::Cancelled && m_cancelled) {
        settle(index, Outcome::NotAttempted, tr("Cancelled before it was sent."));
        pump();
        return;
    }
    if (error->kind == ApiError::Kind::Cancelled && m_withdrawn.remove(index)) {
        // Taken back by pause() before it left: pending again, first of its user's changes,
        // with its journal entry still open for the attempt resume() makes.
        if (m_active.remove(index))
            --m_running;
        --r.attempts;
        addHead(index);
        Q_EMIT sendingChanged(index);
        if (!m_paused)
            pump();
        return;
    }
    if (problem == Problem::AlreadyExists && !m_direct
        && (c.op == ChangeOp::CreateUser || c.op == ChangeOp::AddMembership)) {
        verify(index, *error, true);
        return;
    }
    const bool gone = problem == Problem::UserNotFound || problem == Problem::MembershipNotFound
        || problem == Problem::GroupNotFound || problem == Problem::ConnectionNotFound;
    if (gone && !m_direct && (c.op == ChangeOp::DeleteUser || c.op == ChangeOp::DeleteMembership)) {
        // The target is gone: what the change wanted holds (an earlier attempt whose answer
        // was lost, or someone else).
        settle(index, Outcome::AlreadyInEffect,
               c.op == ChangeOp::DeleteUser ? tr("The user was already deleted.")
                                            : tr("The membership was already removed."));
        pump();
        return;
    }
    // A PATCH or DELETE that the service kept failing (5xx, after the scheduler's own retries)
    // is simply not done: sending it again later is harmless. Anything else that may have been
    // carried out is read back before deciding.
    const bool post = c.op == ChangeOp::CreateUser || c.op == ChangeOp::AddMembership;
    const bool serverFailed = error->kind == ApiError::Kind::Http && error->httpStatus >= 500;
    if ((error->effectUnknown() && (post || !serverFailed))
        || error->kind == ApiError::Kind::Cancelled) {
        verify(index, *error, false);
        return;
    }
    // The service asked for a wait this client will not make (beyond its hour, or unreadable):
    // sending again soon would only meet the same answer.
    const bool waitRefused =
        error->stop == ApiError::Stop::WaitTooLong || error->stop == ApiError::Stop::WaitUnreadable;
    if (!waitRefused && (error->unsent || error->kind == ApiError::Kind::RateLimited)) {
        sendAgainLater(index, *error);
        return;
    }
    settle(index, Outcome::Failed, error->userText(), *error);
    pump();
}

void PlanRun::verify(int index, const ApiError &why, bool fromConflict)
{
    m_verifying.insert(index, Verification { why, fromConflict, 0 });
    readState(index);
}

void PlanRun::readState(int index)
{
    if (!m_verifying.contains(index))
        return;
    m_verifier->verify(m_plan.at(index), userIdFor(index),
                       [this, index](const ChangeVerifier::Verdict &v) { onVerdict(index, v); });
}

void PlanRun::onVerdict(int index, const ChangeVerifier::Verdict &v)
{
    using State = ChangeVerifier::Verdict::State;
    auto it = m_verifying.find(index);
    if (it == m_verifying.end())
        return;
    if (v.state == State::Unreadable) {
        // A read that fails is tried again a few times; after that the outcome stays unknown.
        if (v.error.isRetryable() && ++it->reads < kMaxVerifyReads) {
            QTimer::singleShot(m_retryDelayMs * it->reads, m_context,
                               [this, index] { readState(index); });
            return;
        }
        const ApiError why = it->why;
        m_results[index].outcomeUnknown = true;
        settle(index, Outcome::Failed,
               tr("It is not known whether the change was made (%1), and reading the current "
                  "state failed too (%2). Refresh and check before trying again.")
                   .arg(why.userText(), v.error.userText()),
               why);
        pump();
        return;
    }
    const Verification verification = *it;
    m_verifying.remove(index);
    const Change &c = m_plan.at(index);
    Result &r = m_results[index];
    if (v.user) {
        r.user = v.user;
        r.userId = v.user->id;
        if (c.op == ChangeOp::CreateUser)
            m_invitedIds.insert(m_check.changes.at(index).userKey, v.user->id);
    }
    if (v.membership)
        r.membership = v.membership;
    switch (v.state) {
    case State::InEffect: {
        // Deletes say "already in effect" whatever removed the target; an addition that met
        // "already exists" was someone else's.
        const bool deletes = c.op == ChangeOp::DeleteUser || c.op == ChangeOp::DeleteMembership;
        const bool someoneElse = verification.fromConflict || deletes;
        settle(index, someoneElse ? Outcome::AlreadyInEffect : Outcome::Applied,
               deletes ? (c.op == ChangeOp::DeleteUser ? tr("The user was already deleted.")
                                                       : tr("The membership was already removed."))
                       : m_check.changes.at(index).text);
        pump();
        return;
    }
    case State::Impossible:
        settle(index, Outcome::Failed, v.why, verification.why);
        pump();
        return;
    case State::NotInEffect:
        if (verification.fromConflict) {
            settle(index, Outcome::Failed, verification.why.userText(), verification.why);
            pump();
            return;
        }
        sendAgainLater(index, verification.why);
        return;
    case State::Unreadable:
        break;
    }
}

void PlanRun::sendAgainLater(int index, const ApiError &why)
{
    if (m_cancelled) {
        settle(index, Outcome::NotAttempted, tr("Cancelled; it was not sent again."));
        pump();
        return;
    }
    const int sent = m_results.at(index).attempts;
    if (sent >= m_maxSends) {
        settle(index, Outcome::Failed, why.userText(), why);
        pump();
        return;
    }
    // The state says the change is not made: sending it again cannot make it twice.
    QTimer::singleShot(qMin(m_retryDelayMs * sent, 30000), m_context, [this, index] {
        if (m_cancelled) {
            settle(index, Outcome::NotAttempted, tr("Cancelled; it was not sent again."));
            pump();
            return;
        }
        send(index);
    });
}

void PlanRun::settle(int index, Outcome outcome, const QString &message, const ApiError &error)
{
    Result &r = m_results[index];
    if (isFinal(r.outcome))
        return;
    r.outcome = outcome;
    r.message = message;
    r.error = error;
    m_calls.remove(index);
    m_verifying.remove(index);
    m_withdrawn.remove(index);
    if (m_active.remove(index))
        --m_running;
    ++m_done;
    if (outcome == Outcome::Failed)
        ++m_failed;

    // Out of its user's queue; the next change of that user may start.
    const QString key = m_check.changes.at(index).userKey;
    std::deque<int> &queue = m_queues[key];
    const bool wasFront = !queue.empty() && queue.front() == index;
    queue.erase(std::remove(queue.begin(), queue.end(), index), queue.end());
    removeHead(index);
    if (wasFront && !queue.empty())
        addHead(queue.front());

    journalEnd(index);
    Q_EMIT changeFinished(index);
    Q_EMIT progressChanged(m_done, total(), m_failed);
    if (outcome == Outcome::Failed || outcome == Outcome::NotAttempted)
        skipDependents(index);
}

void PlanRun::skipDependents(int index)
{
    const ChangeCheck &failed = m_check.changes.at(index);
    const Change &change = m_plan.at(index);
    if (change.op == ChangeOp::CreateUser && !failed.inEffect) {
        const std::deque<int> rest = m_queues.value(failed.userKey);
        for (const int next : rest) {
            if (!m_active.contains(next))
                settle(next, Outcome::NotAttempted,
                       tr("The invitation of %1 did not go through, so this was not sent.")
                           .arg(change.invitation.email));
        }
    }
    if (failed.addsAdministrator) {
        for (int next = index + 1; next < m_plan.size(); ++next) {
            if (m_check.changes.at(next).removesAdministrator
                && !isFinal(m_results.at(next).outcome) && !m_active.contains(next))
                settle(next, Outcome::NotAttempted,
                       tr("Change %1, which was to keep an Account Administrator, did not go "
                          "through, so this was not sent.")
                           .arg(index + 1));
        }
    }
}

bool PlanRun::journalBegin(const QVector<int> &indexes)
{
    if (!m_records.isOn())
        return true;
    // A change sent again keeps the entry of its first attempt.
    QVector<int> first;
    QVector<JournalEntry> entries;
    for (const int index : indexes) {
        if (m_results.at(index).attempts > 0 || m_records.holds(index))
            continue;
        first.append(index);
        entries.append(
            m_records.entry(m_plan.at(index), m_check.changes.at(index), userIdFor(index)));
    }
    QString error;
    if (m_records.begin(first, entries, &error))
        return true;
    // Nothing of it was written: the writes do not leave.
    for (const int index : indexes)
        settle(index, Outcome::Failed,
               tr("Not sent: the change journal could not be written (%1).").arg(error));
    return false;
}

void PlanRun::journalEnd(int index)
{
    const Result &r = m_results.at(index);
    const bool holds = r.outcome == Outcome::Applied || r.outcome == Outcome::AlreadyInEffect;
    m_records.end(index, outcomeKey(r.outcome), r.error, r.message,
                  holds ? RunJournal::afterState(m_plan.at(index), r.user, r.membership)
                        : QJsonObject {});
}

void PlanRun::maybeFinish()
{
    if (m_finished || !m_checked || m_done < total())
        return;
    m_records.flush();
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ftmodels

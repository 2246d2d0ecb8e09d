#include "budgetpacer.h"

#include "requestscheduler.h"

#include <QTimer>

#include <climits>
#include <cmath>

namespace ftapi {

namespace {

// Holds shorter than this are not shown: a long job that follows the window back waits a few
// milliseconds at a time.
constexpr qint64 kShowHoldMs = 1500;

} // namespace

BudgetPacer::BudgetPacer(QObject *parent)
    : QObject(parent)
    , m_holdTimer(new QTimer(this))
{
    m_holdTimer->setSingleShot(true);
    m_holdTimer->setTimerType(Qt::PreciseTimer);
    connect(m_holdTimer, &QTimer::timeout, this, &BudgetPacer::released);
    m_clock.start();
}

void BudgetPacer::setTimeScale(double scale)
{
    // The clock goes on from where it is, at the new pace.
    m_baseMs = nowMs();
    m_clock.restart();
    m_timeScale = std::isfinite(scale) && scale > 0 ? scale : 1.0;
}

qint64 BudgetPacer::nowMs() const
{
    return m_baseMs + qint64(double(m_clock.nsecsElapsed()) / 1e6 * m_timeScale);
}

int BudgetPacer::realMs(qint64 serviceMs) const
{
    const double ms = std::ceil(double(qMax<qint64>(0, serviceMs)) / m_timeScale);
    return int(qMin<double>(ms, INT_MAX));
}

void BudgetPacer::pace(QObject *context)
{
    if (!context || m_paced.contains(context))
        return;
    m_paced.insert(context, connect(context, &QObject::destroyed, this, [this, context] {
                       m_paced.remove(context);
                   }));
}

quint64 BudgetPacer::noteSent()
{
    return m_budget.noteSent(nowMs());
}

void BudgetPacer::noteAnswer(quint64 serial, int httpStatus, qint64 elapsedMs,
                             const QByteArray &limit, const QByteArray &remaining)
{
    m_heard = true;
    if (httpStatus != 429) { // a refusal comes back at once and says nothing of the work
        constexpr double kWeight = 0.1;
        m_averageAnswerMs = m_averageAnswerMs < 0
            ? double(elapsedMs)
            : (1 - kWeight) * m_averageAnswerMs + kWeight * double(elapsedMs);
    }
    if (m_budget.noteAnswer(serial, limit, remaining, nowMs(),
                            qint64(double(elapsedMs) * m_timeScale))) {
        m_seenAt = QDateTime::currentDateTimeUtc();
        Q_EMIT budgetChanged(this->remaining(), m_budget.limit());
    }
}

void BudgetPacer::noteExhausted(qint64 waitMs)
{
    const qint64 now = nowMs();
    m_budget.noteExhausted(now + qMax<qint64>(0, waitMs), now);
    m_seenAt = QDateTime::currentDateTimeUtc();
    Q_EMIT budgetChanged(0, m_budget.limit());
}

BudgetPacer::Decision BudgetPacer::decide(int inFlightCap, int pacedInFlight)
{
    Decision decision;
    if (!m_heard && pacedInFlight > 0) {
        decision.mayGo = false; // the first answer comes first
        return decision;
    }
    const qint64 now = nowMs();
    const int reserve = m_budget.reserve(inFlightCap);
    const qint64 at = m_budget.nextPacedSendAt(now, reserve);
    if (at > now) {
        decision.mayGo = false;
        decision.untilMs = at;
        return decision;
    }
    decision.probe = m_budget.isKnown() && m_budget.remaining(now) <= reserve;
    if (decision.probe)
        m_budget.notePacedProbe(now);
    return decision;
}

void BudgetPacer::hold(qint64 untilMs)
{
    const qint64 wait = qMax<qint64>(1, untilMs - nowMs());
    m_holdTimer->start(realMs(wait));
    if (wait < kShowHoldMs && !m_heldUntil.isValid())
        return;
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(wait);
    const bool starting = !m_heldUntil.isValid();
    if (!starting && qAbs(m_heldUntil.msecsTo(until)) < 1000)
        return; // the same hold, give or take the clock
    m_heldUntil = until;
    Q_EMIT heldUntilChanged(m_heldUntil);
    if (starting && wait > qint64(RequestScheduler::announceAfterSeconds()) * 1000)
        Q_EMIT longHoldStarted(m_heldUntil);
}

void BudgetPacer::endHold()
{
    m_holdTimer->stop();
    if (!m_heldUntil.isValid())
        return;
    m_heldUntil = QDateTime();
    Q_EMIT heldUntilChanged(m_heldUntil);
}

RequestBudget::Forecast BudgetPacer::forecast(int requests, int reserveCap, int inFlight) const
{
    const double answerMs = m_averageAnswerMs < 0 ? -1.0 : m_averageAnswerMs * m_timeScale;
    return m_budget.forecast(requests, nowMs(), m_budget.reserve(reserveCap), inFlight, answerMs);
}

} // namespace ftapi

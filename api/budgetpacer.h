#pragma once

#include "requestbudget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace ftapi {

// RequestScheduler's side of the hourly budget: it reads the budget from every answer
// (RequestBudget), knows which requests belong to a long job (pace()), decides whether such a
// request may go now, and holds them (released() when they may try again) until the window
// gives requests back; a hold long enough to matter is shown (heldUntil()). Also the
// scheduler's clock in the service's time (timeScale()) and the answer time estimates start
// from.
class BudgetPacer : public QObject
{
    Q_OBJECT

public:
    explicit BudgetPacer(QObject *parent = nullptr);

    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale); // the service's seconds per second here, default 1
    qint64 nowMs() const; // the service's milliseconds since this pacer began
    int realMs(qint64 serviceMs) const; // how long a wait of `serviceMs` really lasts

    void pace(QObject *context); // until `context` is destroyed
    bool isPaced(QObject *context) const { return context && m_paced.contains(context); }

    quint64 noteSent(); // a request leaves now; its number for noteAnswer()
    void noteAnswer(quint64 serial, int httpStatus, qint64 elapsedMs, const QByteArray &limit,
                    const QByteArray &remaining);
    void noteExhausted(qint64 waitMs); // a 429 about the budget asked for this wait

    // Whether a long job's request may go now (a probe: though the budget looks spent), and
    // otherwise when to ask again (-1: when an answer comes). Until the service first answers,
    // a long job sends one request at a time: that answer says what is left. A probe is noted
    // as sent.
    struct Decision
    {
        bool mayGo = true;
        bool probe = false;
        qint64 untilMs = -1;
    };
    Decision decide(int inFlightCap, int pacedInFlight);
    void hold(qint64 untilMs); // released() then; shown when long
    void endHold();
    QDateTime heldUntil() const { return m_heldUntil; } // invalid: no hold worth showing

    RequestBudget *budget() { return &m_budget; }
    const RequestBudget *budget() const { return &m_budget; }
    RequestBudget::Forecast forecast(int requests, int reserveCap, int inFlight) const;
    double averageAnswerMs() const { return m_averageAnswerMs; } // wall-clock ms; -1: none yet
    int remaining() const { return m_budget.remaining(nowMs()); }
    QDateTime seenAt() const { return m_seenAt; }

Q_SIGNALS:
    void released();
    void heldUntilChanged(const QDateTime &until); // a shown hold began, moved or ended
    void longHoldStarted(const QDateTime &until);
    void budgetChanged(int remaining, int limit); // limit -1: never said

private:
    RequestBudget m_budget;
    QHash<QObject *, QMetaObject::Connection> m_paced;
    QTimer *m_holdTimer = nullptr;
    QDateTime m_heldUntil;
    QElapsedTimer m_clock;
    double m_timeScale = 1.0;
    qint64 m_baseMs = 0;
    double m_averageAnswerMs = -1;
    QDateTime m_seenAt;
    bool m_heard = false; // an answer came, whether or not it spoke of the budget
};

} // namespace ftapi

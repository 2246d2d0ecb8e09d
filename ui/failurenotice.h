#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace ftapi {
class RequestScheduler;
}

namespace ftui {

class MessageWidget;

// How the main window's banner reacts when the service misbehaves: a refused key (401) offers
// to reconnect, a missing permission (403) explains itself without a pointless Retry, 5xx,
// timeouts and network failures offer Retry, and while the scheduler waits out a 429 the
// banner counts down to the resumption and disappears when requests flow again. A long job's
// wait for the hourly budget is said as such: a person's own changes still go through.
// Nothing here blocks: the banner is inline, the countdown a timer.
class FailureNotice : public QObject
{
    Q_OBJECT

public:
    enum class Remedy { Retry, Reconnect, None };
    Q_ENUM(Remedy)

    // `scheduler` may be null (no countdown then).
    FailureNotice(MessageWidget *banner, ftapi::RequestScheduler *scheduler,
                  QObject *parent = nullptr);

    static Remedy remedyFor(const ftapi::ApiError &error);
    // The error in plain words, with the 401 and 403 cases spelled out.
    static QString explain(const ftapi::ApiError &error);

    // `lead` says what failed ("The users could not be loaded."); the banner gets the
    // explanation and the remedy's button.
    void show(const QString &lead, const ftapi::ApiError &error);
    Remedy remedy() const { return m_remedy; }
    bool isCountingDown() const { return m_countingDown; }
    int secondsLeft() const;

Q_SIGNALS:
    void retryRequested();
    void reconnectRequested();

private:
    void onPaused(const QDateTime &until);
    void tick();
    void onAction();

    QPointer<MessageWidget> m_banner;
    QPointer<ftapi::RequestScheduler> m_scheduler;
    QTimer *m_tick = nullptr;
    QDateTime m_until;
    bool m_forBudget = false; // the wait is a long job's, for the hourly budget
    Remedy m_remedy = Remedy::None;
    bool m_countingDown = false;
};

} // namespace ftui

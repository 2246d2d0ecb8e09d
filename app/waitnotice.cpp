#include "waitnotice.h"

#include "apierror.h"
#include "requestscheduler.h"

namespace ftapp {

using namespace Qt::StringLiterals;

WaitNotice::WaitNotice(ftapi::RequestScheduler *scheduler, QTextStream &err, const QString &command,
                       QObject *parent)
    : QObject(parent)
    , m_err(err)
    , m_command(command)
{
    connect(scheduler, &ftapi::RequestScheduler::longWaitStarted, this,
            [this, scheduler](const QDateTime &until) {
                const bool budget =
                    scheduler->pauseReason() == ftapi::RequestScheduler::PauseReason::HourlyBudget;
                // A line of its own, also after a progress line that was being redrawn.
                m_err << u"\n"_s << text(m_command, until, QDateTime::currentDateTimeUtc(), budget)
                      << u"\n"_s;
                m_err.flush();
            });
}

QString WaitNotice::text(const QString &command, const QDateTime &until, const QDateTime &now,
                         bool forBudget)
{
    const qint64 ms = qMax<qint64>(0, now.msecsTo(until));
    const QString duration = ftapi::ApiError::durationText((ms + 999) / 1000);
    const QString end = until.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (forBudget)
        return u"%1: paused until %3 UTC to stay within the account's hourly request budget; "
               u"waiting %2, then going on where it was."_s.arg(command, duration, end);
    return u"%1: the Fivetran service asked to wait; waiting %2, until %3 UTC."_s.arg(
        command, duration, end);
}

} // namespace ftapp

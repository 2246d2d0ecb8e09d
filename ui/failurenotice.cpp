#include "failurenotice.h"

#include "messagewidget.h"
#include "requestscheduler.h"

#include <QLocale>
#include <QTimer>

namespace ftui {

using namespace Qt::StringLiterals;

FailureNotice::FailureNotice(MessageWidget *banner, ftapi::RequestScheduler *scheduler,
                             QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_scheduler(scheduler)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &FailureNotice::tick);
    connect(banner, &MessageWidget::actionTriggered, this, &FailureNotice::onAction);
    if (scheduler) {
        connect(scheduler, &ftapi::RequestScheduler::pausedUntilChanged, this,
                &FailureNotice::onPaused);
    }
}

FailureNotice::Remedy FailureNotice::remedyFor(const ftapi::ApiError &error)
{
    using Kind = ftapi::ApiError::Kind;
    if (error.kind == Kind::Http && error.httpStatus == 401)
        return Remedy::Reconnect;
    if (error.kind == Kind::Http && error.httpStatus == 403)
        return Remedy::None; // trying again will not grant the permission
    if (error.isTlsError() || error.kind == Kind::Cancelled || error.kind == Kind::InvalidRequest)
        return Remedy::None;
    return Remedy::Retry;
}

QString FailureNotice::explain(const ftapi::ApiError &error)
{
    using Kind = ftapi::ApiError::Kind;
    if (error.kind == Kind::Http && error.httpStatus == 401)
        return tr("The API key or secret is no longer accepted (it may have been revoked or "
                  "rotated). Reconnect with a valid key.");
    if (error.kind == Kind::Http && error.httpStatus == 403) {
        QString text = tr("The API key's user lacks the permission for this; ask an Account "
                          "Administrator, or connect with an administrator's key.");
        if (!error.message.isEmpty())
            text += u" ("_s + error.message + u')';
        return text;
    }
    return error.userText();
}

void FailureNotice::show(const QString &lead, const ftapi::ApiError &error)
{
    if (!m_banner)
        return;
    m_countingDown = false;
    m_tick->stop();
    m_remedy = remedyFor(error);
    QString action;
    if (m_remedy == Remedy::Retry)
        action = tr("Retry");
    else if (m_remedy == Remedy::Reconnect)
        action = tr("Reconnect…");
    const QString text = lead.isEmpty() ? explain(error) : lead + u' ' + explain(error);
    m_banner->showMessage(
        text, m_remedy == Remedy::None ? MessageWidget::Type::Warning : MessageWidget::Type::Error,
        action);
}

int FailureNotice::secondsLeft() const
{
    return ftapi::RequestScheduler::secondsLeft(m_until);
}

void FailureNotice::onPaused(const QDateTime &until)
{
    m_until = until;
    if (!until.isValid()) {
        // Requests flow again: the countdown has done its job.
        m_tick->stop();
        if (m_countingDown && m_banner)
            m_banner->hideMessage();
        m_countingDown = false;
        return;
    }
    m_countingDown = true;
    m_forBudget = m_scheduler
        && m_scheduler->pauseReason() == ftapi::RequestScheduler::PauseReason::HourlyBudget;
    m_remedy = Remedy::None;
    m_tick->start();
    tick();
}

void FailureNotice::tick()
{
    if (!m_countingDown || !m_banner)
        return;
    const int left = qMax(1, secondsLeft());
    const QString duration = ftapi::ApiError::durationText(left);
    // A long wait also says when it ends, so nobody sits watching a countdown of minutes.
    const QString at = QLocale().toString(m_until.toLocalTime().time(), QLocale::ShortFormat);
    if (m_forBudget) {
        m_banner->showMessage(
            tr("Paused until %1 to stay within the account's hourly request budget: the audit "
               "or long job goes on in %2 where it was. Your own changes still go through.")
                .arg(at, duration),
            MessageWidget::Type::Information);
        return;
    }
    const QString text = left <= 60
        ? tr("Fivetran asked this console to slow down. Waiting requests resume in %1; nothing "
             "is lost.")
              .arg(duration)
        : tr("Fivetran asked this console to wait. Waiting requests resume in %1, at %2; "
             "nothing is lost.")
              .arg(duration, at);
    m_banner->showMessage(text, MessageWidget::Type::Warning);
}

void FailureNotice::onAction()
{
    switch (m_remedy) {
    case Remedy::Retry:
        Q_EMIT retryRequested();
        break;
    case Remedy::Reconnect:
        Q_EMIT reconnectRequested();
        break;
    case Remedy::None:
        break;
    }
}

} // namespace ftui

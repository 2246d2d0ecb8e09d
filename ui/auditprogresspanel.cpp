#include "auditprogresspanel.h"

#include "apierror.h"
#include "requestscheduler.h"
#include "themecolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

AuditProgressPanel::AuditProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"auditEstimate"_s);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->hide();
    outer->addWidget(m_estimate);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"auditProgress"_s);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(260);
    layout->addWidget(m_bar, 1);

    m_requests = new QLabel(this);
    m_requests->setObjectName(u"auditRequests"_s);
    layout->addWidget(m_requests);

    m_pause = new QLabel(this);
    m_pause->setObjectName(u"auditPause"_s);
    m_pause->setStyleSheet(textStyle(TextTone::Caution));
    m_pause->hide();
    layout->addWidget(m_pause);

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the audit; what has arrived stays visible, marked incomplete."));
    layout->addWidget(m_cancel);
    m_rerun = new QPushButton(tr("Run again"), this);
    m_rerun->setToolTip(tr("Fetch everyone's access again."));
    layout->addWidget(m_rerun);

    // The countdown moves every second; a shorter tick keeps it from lagging a whole second.
    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &AuditProgressPanel::updatePause);
    connect(m_cancel, &QPushButton::clicked, this, &AuditProgressPanel::cancelRequested);
    connect(m_rerun, &QPushButton::clicked, this, &AuditProgressPanel::rerunRequested);

    setProgress(0, 0, false);
    setRequests(0);
    setRunning(false);
}

void AuditProgressPanel::setProgress(int done, int total, bool listed)
{
    const QLocale locale;
    if (total <= 0 && !listed) {
        m_bar->setRange(0, 0); // busy: the users are not known yet
        m_bar->setFormat(tr("Listing users…"));
        return;
    }
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(qMin(done, qMax(1, total)));
    const QString of =
        listed ? locale.toString(total) : tr("%1 so far").arg(locale.toString(total));
    m_bar->setFormat(tr("%1 of %2 users").arg(locale.toString(done), of));
}

void AuditProgressPanel::setRequests(quint64 requests)
{
    m_requests->setText(requests == 1 ? tr("1 request")
                                      : tr("%1 requests").arg(QLocale().toString(requests)));
}

void AuditProgressPanel::setPausedUntil(const QDateTime &until, bool forBudget)
{
    m_pausedUntil = until;
    m_pauseForBudget = forBudget;
    if (until.isValid())
        m_tick->start();
    else
        m_tick->stop();
    updatePause();
}

QString AuditProgressPanel::pauseText() const
{
    if (!m_pausedUntil.isValid())
        return {};
    const int left = ftapi::RequestScheduler::secondsLeft(m_pausedUntil);
    const QString duration = ftapi::ApiError::durationText(left);
    const QString at = QLocale().toString(m_pausedUntil.toLocalTime().time(), QLocale::ShortFormat);
    if (m_pauseForBudget) {
        // Not the service refusing: the audit holds back so that it never runs into the
        // limit, and goes on where it was.
        if (left <= 60)
            return tr("Waiting for the hourly request budget: resuming in %1").arg(duration);
        return tr("Paused until %1 for the hourly request budget: resuming in %2, where it "
                  "left off")
            .arg(at, duration);
    }
    if (left <= 60)
        return tr("The API asked us to slow down: resuming in %1").arg(duration);
    // A long wait says when it ends too.
    return tr("The API asked us to wait: resuming in %1, at %2").arg(duration, at);
}

void AuditProgressPanel::updatePause()
{
    const QString text = pauseText();
    m_pause->setText(text);
    m_pause->setVisible(!text.isEmpty());
}

void AuditProgressPanel::setEstimate(const QString &text, bool beyondBudget)
{
    m_estimate->setText(text);
    m_estimate->setStyleSheet(beyondBudget ? textStyle(TextTone::Caution) : QString());
    m_estimate->setVisible(!text.isEmpty());
}

void AuditProgressPanel::setStarted(bool started)
{
    m_rerun->setText(started ? tr("Run again") : tr("Start Audit"));
    m_rerun->setToolTip(started ? tr("Fetch everyone's access again.")
                                : tr("Fetch everyone's access now."));
    m_rerun->setDefault(!started);
}

void AuditProgressPanel::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_rerun->setEnabled(!running);
    if (!running)
        setPausedUntil({});
}

} // namespace ftui

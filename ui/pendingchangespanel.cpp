#include "pendingchangespanel.h"

#include "icons.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "pendingchanges.h"
#include "planrun.h"
#include "requestscheduler.h"
#include "roomyrowsdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::PendingChanges;

namespace {

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return PendingChangesPanel::tr("under a second");
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return PendingChangesPanel::tr("about %n second(s)", nullptr, int(seconds));
    return PendingChangesPanel::tr("about %n minute(s)", nullptr, int((seconds + 59) / 60));
}

} // namespace

PendingChangesPanel::PendingChangesPanel(PendingChanges *pending,
                                         ftapi::RequestScheduler *scheduler, QAction *apply,
                                         QAction *open, QAction *save, QWidget *parent)
    : QWidget(parent)
    , m_pending(pending)
    , m_scheduler(scheduler)
    , m_applyAction(apply)
{
    setObjectName(u"pendingChangesPanel"_s);
    pending->setSeverityIcons(icon(u"warning"_s), icon(u"error"_s));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(6);
    m_banner = new MessageWidget(this);
    m_banner->setObjectName(u"pendingBanner"_s);
    layout->addWidget(m_banner);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"pendingSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_list = new QTreeView(this);
    m_list->setObjectName(u"pendingList"_s);
    m_list->setModel(pending);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemDelegate(new RoomyRowsDelegate(26, m_list)); // as tall as the tables' rows
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Pending changes"));
    // The change takes what the window gives: its words are the longer ones (a German one
    // ends in its verb, so a cut one loses what it does); the check's and outcome's column
    // keeps its width, which the person may change.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PendingChanges::ChangeColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(PendingChanges::StatusColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(PendingChanges::StatusColumn, 420);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"pendingProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"pendingProgressText"_s);
    m_progressText->setTextFormat(Qt::PlainText);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    m_remove = new QPushButton(icon(u"delete"_s), tr("&Remove"), this);
    m_remove->setObjectName(u"pendingRemove"_s);
    m_remove->setToolTip(tr("Take the selected changes out of the list (Delete)"));
    m_discard = new QPushButton(tr("Discard &All"), this);
    m_discard->setObjectName(u"pendingDiscard"_s);
    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(open);
    openButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *saveButton = new QToolButton(this);
    saveButton->setDefaultAction(save);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(u"pendingPause"_s);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(u"pendingCancel"_s);
    m_cancel->setToolTip(tr("Send nothing more; what is on its way finishes and is reported"));
    m_apply = new QToolButton(this);
    m_apply->setObjectName(u"pendingApply"_s);
    m_apply->setDefaultAction(apply);
    m_apply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QWidget *w : { static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_discard),
                        static_cast<QWidget *>(openButton), static_cast<QWidget *>(saveButton) })
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PendingChangesPanel::updateProgress);

    connect(m_remove, &QPushButton::clicked, this, &PendingChangesPanel::removeSelected);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesPanel::discardAll);
    connect(m_pause, &QPushButton::clicked, this, &PendingChangesPanel::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesPanel::cancelRun);
    connect(pending, &PendingChanges::checkChanged, this, &PendingChangesPanel::updateSummary);
    connect(pending, &PendingChanges::runStarted, this, &PendingChangesPanel::onRunStarted);
    connect(pending, &PendingChanges::runFinished, this, &PendingChangesPanel::onRunFinished);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(pending, signal, this, &PendingChangesPanel::onCountChanged);
    }
    connect(pending, &QAbstractItemModel::modelReset, this, &PendingChangesPanel::onCountChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingChangesPanel::updateButtons);
    if (scheduler) {
        connect(scheduler, &ftapi::RequestScheduler::rateLimitChanged, this,
                &PendingChangesPanel::updateSummary);
        connect(scheduler, &ftapi::RequestScheduler::pausedUntilChanged, this,
                &PendingChangesPanel::updateProgress);
    }
    updateSummary();
    updateProgress();
}

QString PendingChangesPanel::summaryText() const
{
    return m_pending->isEmpty() ? tr("Pending Changes")
                                : tr("Pending Changes (%1)").arg(m_pending->count());
}

void PendingChangesPanel::updateSummary()
{
    const QLocale locale;
    const ftmodels::PlanCheck &check = m_pending->check();
    if (m_pending->isEmpty()) {
        m_summary->setText(tr("No pending changes. Bulk actions, imports and “Add to Pending "
                              "Changes” in a dialog collect changes here; nothing is sent until "
                              "you apply them."));
        updateButtons();
        return;
    }
    QStringList parts;
    parts.append(tr("%n change(s)", nullptr, m_pending->count()));
    QString cost = tr("%n request(s) to send", nullptr, check.requests);
    if (check.inEffectCount() > 0)
        cost += u' ' + tr("(%n already in effect)", nullptr, check.inEffectCount());
    parts.append(cost);
    const qint64 ms = m_pending->estimatedMs();
    parts.append(ms < 0 ? tr("time: known once Fivetran has answered") : durationText(ms));
    if (check.errorCount() > 0)
        parts.append(tr("%n error(s)", nullptr, check.errorCount()));
    if (check.warningCount() > 0)
        parts.append(tr("%n warning(s)", nullptr, check.warningCount()));
    if (m_pending->isReading())
        parts.append(tr("checking memberships…"));
    QString text = parts.join(u" · "_s);
    const ftapi::RequestScheduler *scheduler = m_scheduler.data();
    if (scheduler && scheduler->rateLimitRemaining() >= 0) {
        const int left = scheduler->rateLimitRemaining();
        text += u'\n'
            + (scheduler->rateLimit() > 0
                   ? tr("Fivetran's hourly budget: %1 of %2 requests left.")
                         .arg(locale.toString(left), locale.toString(scheduler->rateLimit()))
                   : tr("Fivetran's hourly budget: %1 requests left.").arg(locale.toString(left)));
        if (check.requests > left)
            text += u' '
                + tr("This needs more; sending pauses when Fivetran says the hour is used up, "
                     "and goes on after.");
    }
    m_summary->setText(text);
    // A problem of the plan as a whole (nothing could be read, say) has no row to stand on.
    const QString whole = check.firstError(-1);
    if (!whole.isEmpty() && !m_pending->isRunning())
        m_banner->showMessage(whole, MessageWidget::Type::Error);
    updateButtons();
}

void PendingChangesPanel::updateButtons()
{
    const bool running = m_pending->isRunning();
    const bool any = !m_pending->isEmpty();
    m_remove->setEnabled(!m_list->selectionModel()->selectedRows().isEmpty() && !running);
    m_discard->setEnabled(any && !running && !m_discarding);
    m_applyAction->setEnabled(any && !running);
    m_pause->setEnabled(running);
    m_cancel->setEnabled(running);
    const ftmodels::PlanRun *run = m_run.data();
    m_pause->setText(run && run->isPaused() ? tr("Resu&me") : tr("&Pause"));
}

void PendingChangesPanel::updateProgress()
{
    const ftmodels::PlanRun *run = m_run.data();
    if (!run) {
        m_progress->hide();
        m_progressText->hide();
        m_tick->stop();
        return;
    }
    m_progress->show();
    m_progressText->show();
    m_progress->setRange(0, qMax(1, run->total()));
    m_progress->setValue(run->done());
    const QLocale locale;
    QString text =
        tr("%1 of %2 done").arg(locale.toString(run->done()), locale.toString(run->total()));
    if (run->failed() > 0)
        text += u" · "_s + tr("%n failed", nullptr, run->failed());
    const ftapi::RequestScheduler *scheduler = m_scheduler.data();
    const int seconds =
        scheduler ? ftapi::RequestScheduler::secondsLeft(scheduler->pausedUntil()) : 0;
    if (seconds > 0)
        text += u" · "_s
            + tr("Fivetran asked to slow down; going on in %n second(s)", nullptr, seconds);
    else if (!run->isChecked())
        text += u" · "_s + tr("checking the plan against the account…");
    if (run->isPaused())
        text += u" · "_s + tr("paused: what is on its way finishes, nothing new is sent");
    m_progressText->setText(text);
    if (seconds > 0 && !m_tick->isActive())
        m_tick->start();
    else if (seconds == 0)
        m_tick->stop();
}

void PendingChangesPanel::apply()
{
    QString why;
    ftmodels::PlanRun *run = m_pending->apply(&why);
    if (!run) {
        m_banner->showMessage(why, MessageWidget::Type::Error);
        m_refusalShown = true;
        return;
    }
    m_refusalShown = false;
    m_banner->hideMessage();
}

void PendingChangesPanel::onCountChanged()
{
    // Why Apply was refused was about the changes as they were; it would mislead after an edit.
    if (m_refusalShown) {
        m_refusalShown = false;
        m_banner->hideMessage();
    }
    updateSummary();
    Q_EMIT countChanged(m_pending->count());
}

void PendingChangesPanel::onRunStarted(ftmodels::PlanRun *run)
{
    m_run = run;
    connect(run, &ftmodels::PlanRun::progressChanged, this, &PendingChangesPanel::updateProgress);
    connect(run, &ftmodels::PlanRun::checked, this, &PendingChangesPanel::updateProgress);
    updateProgress();
    updateButtons();
}

void PendingChangesPanel::onRunFinished(int succeeded, int failed, int notAttempted)
{
    m_run = nullptr;
    updateProgress();
    updateButtons();
    const int total = succeeded + failed + notAttempted;
    if (failed == 0 && notAttempted == 0) {
        m_banner->showMessage(tr("Applied %n change(s).", nullptr, total),
                              MessageWidget::Type::Positive);
        return;
    }
    QString text = tr("%1 of %2 changes went through.").arg(succeeded).arg(total);
    if (failed > 0)
        text += u' ' + tr("%n failed and stay in the list with Fivetran's words.", nullptr, failed);
    if (notAttempted > 0)
        text += u' ' + tr("%n were not sent and stay in the list.", nullptr, notAttempted);
    text += u' ' + tr("Apply again to send what is left.");
    m_banner->showMessage(text,
                          failed > 0 ? MessageWidget::Type::Error : MessageWidget::Type::Warning);
}

void PendingChangesPanel::removeSelected()
{
    QVector<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    if (!m_pending->removeChanges(rows))
        m_banner->showMessage(tr("Changes that are being sent cannot be removed; pause or "
                                 "cancel first."),
                              MessageWidget::Type::Warning);
}

void PendingChangesPanel::discardAll()
{
    if (m_pending->isEmpty() || m_pending->isRunning() || m_discarding)
        return;
    m_discarding = true;
    updateButtons();
    const int count = m_pending->count();
    MessageBox::confirm(
        this, tr("Discard Pending Changes"),
        tr("Discard all %n pending change(s)? Nothing of them has been sent.", nullptr, count),
        tr("Discard"), this, [this](bool yes) {
            m_discarding = false;
            if (yes)
                m_pending->clear();
            updateButtons();
        });
}

void PendingChangesPanel::togglePause()
{
    ftmodels::PlanRun *run = m_run.data();
    if (!run)
        return;
    if (run->isPaused())
        run->resume();
    else
        run->pause();
    updateProgress();
    updateButtons();
}

void PendingChangesPanel::cancelRun()
{
    if (ftmodels::PlanRun *run = m_run.data())
        run->cancel();
}

bool PendingChangesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the list removes changes, not the selected user (the window's Delete).
    if (watched == m_list
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ftui

#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace ftapi {
class RequestScheduler;
}

namespace ftmodels {
class PendingChanges;
class PlanRun;
} // namespace ftmodels

namespace ftui {

class MessageWidget;

// The "Pending Changes" panel: the changes held back (bulk actions, imports, "Add to Pending
// Changes"), each in words with what the plan's check says of it, the cost in requests, an
// estimate of the time from the answer time the scheduler measured, and what is left of the
// hourly budget when Fivetran says so. Remove (Delete) and Discard All; Apply (Ctrl+Return,
// through `apply`) refuses while the check finds an error. While a run goes: a progress bar
// (done of total, failed), a countdown while a 429 holds it, Pause/Resume and Cancel; failed
// changes stay in the list with Fivetran's words.
class PendingChangesPanel : public QWidget
{
    Q_OBJECT

public:
    // `apply`, `open` and `save` are the window's actions (Ctrl+Return, Open Plan…, Save…).
    PendingChangesPanel(ftmodels::PendingChanges *pending, ftapi::RequestScheduler *scheduler,
                        QAction *apply, QAction *open, QAction *save, QWidget *parent = nullptr);

    ftmodels::PendingChanges *pending() const { return m_pending; }
    QTreeView *list() const { return m_list; }
    MessageWidget *banner() const { return m_banner; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *progressLabel() const { return m_progressText; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *applyButton() const { return m_apply; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }

    // What Ctrl+Return does: apply, or say in the banner why not.
    void apply();
    void removeSelected();
    void discardAll(); // asks first
    void togglePause();
    void cancelRun();

    QString summaryText() const; // for the window title of the dock ("Pending Changes (3)")

Q_SIGNALS:
    void countChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void onCountChanged();
    void updateButtons();
    void updateProgress();
    void onRunStarted(ftmodels::PlanRun *run);
    void onRunFinished(int succeeded, int failed, int notAttempted);

    ftmodels::PendingChanges *m_pending = nullptr; // the window's, outlives the panel
    QPointer<ftapi::RequestScheduler> m_scheduler;
    QAction *m_applyAction = nullptr;
    MessageWidget *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_list = nullptr;
    QToolButton *m_apply = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QTimer *m_tick = nullptr; // the countdown of a 429 pause
    QPointer<ftmodels::PlanRun> m_run;
    bool m_discarding = false; // the question is open
    bool m_refusalShown = false; // the banner says why Apply was refused
};

} // namespace ftui

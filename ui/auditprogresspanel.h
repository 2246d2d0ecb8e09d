#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ftui {

// The top strip of the audit window before an audit runs, while it runs and after: what it
// will cost (the estimate, before it starts), users done of total, requests made, a countdown
// while the API's rate limit (429) or the hourly budget holds the queue, and the Cancel /
// Start (Run again) buttons. Shows what it is told; AuditWindow wires it to the collector.
class AuditProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditProgressPanel(QWidget *parent = nullptr);

    // `listed`: the whole user list has arrived, so `total` is final.
    void setProgress(int done, int total, bool listed);
    void setRequests(quint64 requests);
    // invalid: not paused. `forBudget`: the audit waits for the hourly budget to come back,
    // not because the service asked.
    void setPausedUntil(const QDateTime &until, bool forBudget = false);
    void setRunning(bool running);
    // What the audit will cost, said before it starts (JobEstimate::text()); `beyondBudget`
    // shows it as a caution. Empty hides it.
    void setEstimate(const QString &text, bool beyondBudget);
    void setStarted(bool started); // false: the button says Start instead of Run again

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *requestsLabel() const { return m_requests; }
    QLabel *pauseLabel() const { return m_pause; }
    QLabel *estimateLabel() const { return m_estimate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    QString pauseText() const; // what the countdown says now; empty when not paused

Q_SIGNALS:
    void cancelRequested();
    void rerunRequested();

private:
    void updatePause();

    QProgressBar *m_bar = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_pause = nullptr;
    QLabel *m_estimate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_rerun = nullptr;
    QTimer *m_tick = nullptr;
    QDateTime m_pausedUntil;
    bool m_pauseForBudget = false;
};

} // namespace ftui

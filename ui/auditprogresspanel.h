#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ftui {

// The top strip of the audit window while an audit runs and after: users done of total,
// requests made, a countdown while the API's rate limit (429) holds the queue, and the
// Cancel / Run again buttons. Shows what it is told; AuditWindow wires it to the collector.
class AuditProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditProgressPanel(QWidget *parent = nullptr);

    // `listed`: the whole user list has arrived, so `total` is final.
    void setProgress(int done, int total, bool listed);
    void setRequests(quint64 requests);
    void setPausedUntil(const QDateTime &until); // invalid: not paused
    void setRunning(bool running);

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *requestsLabel() const { return m_requests; }
    QLabel *pauseLabel() const { return m_pause; }
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
    QPushButton *m_cancel = nullptr;
    QPushButton *m_rerun = nullptr;
    QTimer *m_tick = nullptr;
    QDateTime m_pausedUntil;
};

} // namespace ftui

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace ftui {

class MainWindow;

// Produces docs/screenshot.png (scripts/screenshot.sh): waits until the window's data has
// arrived, selects a user who has both destination and connection memberships, lets the
// window paint, grabs it and writes the PNG. finished() says how it went.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    Screenshot(MainWindow *window, const QString &path); // a child of the window

    void start(int timeoutMs = 60000);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    enum class Step { WaitForUsers, WaitForMemberships, Settle, Done };

    void poll();
    void selectNextCandidate();
    void grab();
    void finish(bool ok, const QString &message);

    MainWindow *m_window = nullptr; // our parent
    QString m_path;
    QTimer *m_poll = nullptr;
    QTimer *m_timeout = nullptr;
    Step m_step = Step::WaitForUsers;
    int m_candidate = -1;
    int m_settleTicks = 0;
};

} // namespace ftui

#include "screenshot.h"

#include "mainwindow.h"
#include "membershipsmodel.h"
#include "membershipsview.h"
#include "namedirectory.h"
#include "userdetailspanel.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPollMs = 50;
constexpr int kMaxCandidates = 60;
constexpr int kSettleTicks = 6; // let layouts and avatars settle before the grab

} // namespace

Screenshot::Screenshot(MainWindow *window, const QString &path)
    : QObject(window)
    , m_window(window)
    , m_path(path)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &Screenshot::poll);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { finish(false, u"timed out waiting for the data"_s); });
}

void Screenshot::start(int timeoutMs)
{
    m_timeout->start(timeoutMs);
    m_poll->start();
}

void Screenshot::poll()
{
    ftmodels::Session *session = m_window->session();
    switch (m_step) {
    case Step::WaitForUsers:
        // Loaded and sorted: a user picked before the first load's sort would be picked by
        // the server's order.
        if (session->users()->hasLoaded() && !session->isBusy()
            && !m_window->usersView()->proxy()->isSortDeferred()) {
            m_step = Step::WaitForMemberships;
            selectNextCandidate();
        }
        break;
    case Step::WaitForMemberships: {
        if (session->isBusy())
            break;
        // Someone with a few of each reads best; settle for one of each after a while.
        const UserDetailsPanel *details = m_window->detailsPanel();
        const int wanted = m_candidate < kMaxCandidates / 2 ? 2 : 1;
        if (details->destinations()->count() >= wanted
            && details->connections()->count() >= wanted) {
            m_step = Step::Settle;
            m_settleTicks = 0;
        } else {
            selectNextCandidate();
        }
        break;
    }
    case Step::Settle:
        if (++m_settleTicks >= kSettleTicks)
            grab();
        break;
    case Step::Done:
        break;
    }
}

void Screenshot::selectNextCandidate()
{
    UsersView *users = m_window->usersView();
    const int rows = users->proxy()->rowCount();
    // Start a little way down the list so the selection reads as a choice, not a default.
    while (++m_candidate < qMin(rows, kMaxCandidates)) {
        const int row = (m_candidate + 3) % rows;
        const QString id = users->proxy()->userIdAt(row);
        const ftapi::User *user = m_window->session()->users()->user(id);
        if (user && user->role && user->active && user->loggedInAt) {
            users->selectUser(id);
            return;
        }
    }
    finish(false, u"no user with both kinds of memberships"_s);
}

void Screenshot::grab()
{
    m_step = Step::Done;
    m_window->detailsPanel()->tabs()->setCurrentIndex(0);
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_path, "PNG"))
        finish(false, u"could not write %1"_s.arg(m_path));
    else
        finish(true, u"wrote %1 (%2x%3)"_s.arg(m_path).arg(pixmap.width()).arg(pixmap.height()));
}

void Screenshot::finish(bool ok, const QString &message)
{
    m_step = Step::Done;
    m_poll->stop();
    m_timeout->stop();
    Q_EMIT finished(ok, message);
}

} // namespace ftui

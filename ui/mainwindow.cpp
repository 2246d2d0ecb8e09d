#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountindicator.h"
#include "auditwindow.h"
#include "bulkactionscontroller.h"
#include "failurenotice.h"
#include "helpwindow.h"
#include "historywindow.h"
#include "journal.h"
#include "mainactions.h"
#include "membershipsmodel.h"
#include "membershipsview.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "namedirectory.h"
#include "pendingchanges.h"
#include "pendingchangespanel.h"
#include "rolesmodel.h"
#include "selectionreach.h"
#include "selectionsummary.h"
#include "statussummary.h"
#include "undocontroller.h"
#include "useractionscontroller.h"
#include "userdetailspanel.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ftui {

using namespace Qt::StringLiterals;
using Part = ftmodels::Session::Part;

namespace {

const QString kGroup = u"MainWindow"_s;
// The first size: the German toolbar fits (tst_translation), and so do
// the table's columns beside a person's details and memberships.
constexpr int kFirstWidth = 1440;
constexpr int kFirstHeight = 820;
// What the details keep beside the table: a person's profile and the memberships' columns.
constexpr int kDetailsLeast = 450;

// The application's settings file; "fivetran-admin" when the application set no organisation,
// so the file lands in ~/.config/fivetran-admin/ rather than "Unknown Organization".
std::unique_ptr<QSettings> openSettings()
{
    const QString organisation = QCoreApplication::organizationName();
    return std::make_unique<QSettings>(QSettings::UserScope,
                                       organisation.isEmpty() ? u"fivetran-admin"_s : organisation,
                                       QCoreApplication::applicationName());
}

} // namespace

MainWindow::MainWindow(ftmodels::Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(u"mainWindow"_s);
    const ftmodels::AccountInfo &account = session->account();
    setWindowTitle(account.demo ? tr("Fivetran Admin — Demo account")
                                : tr("Fivetran Admin — %1").arg(account.label()));

    m_actions = new MainActions(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    m_banner = new MessageWidget(central);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_users = new UsersView(session, m_splitter);
    // The details of one user, or what several have in common.
    m_rightSide = new QStackedWidget(m_splitter);
    m_details = new UserDetailsPanel(session, m_rightSide);
    m_reach = new ftmodels::SelectionReach(session, this);
    m_selection = new SelectionSummary(session, m_reach, m_rightSide);
    m_rightSide->addWidget(m_details);
    m_rightSide->addWidget(m_selection);
    m_splitter->addWidget(m_users);
    m_splitter->addWidget(m_rightSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_account = new AccountIndicator(this);
    m_account->setAccount(account);
    m_summary = new StatusSummary(session, m_users->proxy(), this);
    statusBar()->addPermanentWidget(m_summary);

    m_pending = new ftmodels::PendingChanges(session, this);
    createPendingDock();
    createMenus();
    createToolBar();
    m_users->table()->addActions(m_actions->userActions());
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_users->table()->addAction(separator);
    m_users->table()->addActions(m_actions->bulkActions());
    // Invite, edit, roles, memberships and deletion: the dialogs and their wiring.
    m_userActions = new UserActionsController(this);
    // The same for many people at once, through the pending changes.
    m_bulk = new BulkActionsController(this);
    connect(m_users, &UsersView::selectedUsersChanged, this, &MainWindow::onSelectedUsersChanged);
    // Undo and the history: only with a journal to read.
    m_undo = new UndoController(this);
    m_actions->history->setEnabled(session->journal() != nullptr);
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(session, &ftmodels::Session::journalSettled, this, [this](const QStringList &report) {
        m_banner->showMessage(tr("Changes whose outcome was not known when the console last "
                                 "stopped were checked: %1")
                                  .arg(report.join(u" "_s)),
                              MessageWidget::Type::Information);
    });

    connect(m_actions->filter, &QAction::triggered, m_users, &UsersView::focusFilter);
    connect(m_actions->refresh, &QAction::triggered, session, &ftmodels::Session::refresh);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->help, &QAction::triggered, this,
            [this] { showHelp(HelpWindow::Page::Guide); });
    connect(m_actions->shortcuts, &QAction::triggered, this,
            [this] { showHelp(HelpWindow::Page::Shortcuts); });

    // The access audit: one window, raised again when it is already open.
    m_actions->audit->setEnabled(true);
    connect(m_actions->audit, &QAction::triggered, this, [this] {
        auto *audit = findChild<AuditWindow *>(QString(), Qt::FindDirectChildrenOnly);
        if (!audit || !audit->isVisible()) { // a closed one is on its way out
            audit = new AuditWindow(m_session->client(), this);
            audit->setAttribute(Qt::WA_DeleteOnClose);
            m_bulk->watchAudit(audit);
            if (const ftmodels::Journal *journal = m_session->journal())
                audit->setSnapshotStorage(journal->storage(), journal->account());
            const ftmodels::NameDirectory *names = m_session->names();
            audit->setAccountSize(m_session->users()->rowCount(),
                                  names->groupsComplete() ? int(names->groups().size()) : -1);
            audit->offer();
        }
        audit->show();
        audit->raise();
        audit->activateWindow();
    });

    connect(session, &ftmodels::Session::errorOccurred, this, &MainWindow::onError);
    // The banner's button retries, or reconnects after a 401.
    ftapi::RequestScheduler *scheduler = nullptr;
    if (ftapi::ApiClient *client = session->client())
        scheduler = client->scheduler();
    m_notice = new FailureNotice(m_banner, scheduler, this);
    connect(m_notice, &FailureNotice::retryRequested, this, &MainWindow::retry);
    connect(m_notice, &FailureNotice::reconnectRequested, this, [this] {
        if (m_actions->connectAccount->isEnabled())
            m_actions->connectAccount->trigger();
    });
    connect(session, &ftmodels::Session::usersLoaded, this, [this] { onPartLoaded(Part::Users); });
    connect(session->roles(), &ftmodels::RolesModel::loadFinished, this,
            [this] { onPartLoaded(Part::Roles); });
    connect(session->names(), &ftmodels::NameDirectory::namesChanged, this, [this] {
        if (m_session->names()->connectionsComplete())
            onPartLoaded(Part::Names);
    });
    connect(session->memberships(), &ftmodels::MembershipsModel::loadFinished, this,
            [this] { onPartLoaded(Part::Memberships); });

    resize(kFirstWidth, kFirstHeight); // the window manager fits it to a smaller screen
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::showHistory()
{
    if (!m_session->journal())
        return;
    auto *history = findChild<HistoryWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!history || !history->isVisible()) {
        history = new HistoryWindow(m_session, m_undo, this);
        history->setAttribute(Qt::WA_DeleteOnClose);
    }
    history->show();
    history->raise();
    history->activateWindow();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->connectAccount);
    file->addAction(m_actions->refresh);
    file->addSeparator();
    file->addAction(m_actions->importPeople);
    file->addAction(m_actions->openPlan);
    file->addAction(m_actions->savePlan);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undo);
    edit->addSeparator();
    edit->addAction(m_actions->history);

    QMenu *user = menuBar()->addMenu(tr("&User"));
    user->addAction(m_actions->invite);
    user->addAction(m_actions->edit);
    user->addSeparator();
    user->addAction(m_actions->addToDestination);
    user->addAction(m_actions->addToConnection);
    user->addSeparator();
    user->addAction(m_actions->removeRole);
    user->addAction(m_actions->deleteUser);
    user->addSeparator();
    user->addAction(m_actions->selectAll);
    user->addActions(m_actions->bulkActions());
    user->addSeparator();
    user->addAction(m_actions->applyPending);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->filter);
    view->addAction(m_actions->audit);
    view->addAction(m_pendingDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->help);
    help->addAction(m_actions->shortcuts);
    help->addSeparator();
    help->addAction(m_actions->about);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Pencil, bin and the circling arrows say what they do (their tooltips and the menus
    // say it in words): icons only, so that the German labels of the rest, Apply included,
    // fit in the window instead of behind the overflow arrow.
    for (QAction *plain : { m_actions->edit, m_actions->deleteUser, m_actions->refresh })
        plain->setPriority(QAction::LowPriority);
    bar->addAction(m_actions->invite);
    bar->addAction(m_actions->edit);
    bar->addAction(m_actions->deleteUser);
    bar->addSeparator();
    bar->addAction(m_actions->addToDestination);
    bar->addAction(m_actions->addToConnection);
    bar->addSeparator();
    bar->addAction(m_actions->setAccountRole);
    bar->addSeparator();
    bar->addAction(m_actions->refresh);
    bar->addAction(m_actions->audit);
    bar->addAction(m_actions->applyPending);
    // Which account is open is never behind the toolbar's overflow arrow (German labels are
    // long): it stands in the menu bar's corner, which has room to spare.
    menuBar()->setCornerWidget(m_account, Qt::TopRightCorner);
}

void MainWindow::createPendingDock()
{
    ftapi::RequestScheduler *scheduler = nullptr;
    if (ftapi::ApiClient *client = m_session->client())
        scheduler = client->scheduler();
    m_pendingPanel = new PendingChangesPanel(m_pending, scheduler, m_actions->applyPending,
                                             m_actions->openPlan, m_actions->savePlan, this);
    m_pendingDock = new QDockWidget(m_pendingPanel->summaryText(), this);
    m_pendingDock->setObjectName(u"pendingDock"_s);
    m_pendingDock->setWidget(m_pendingPanel);
    m_pendingDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);
    m_pendingDock->hide(); // until something is pending, or the person opens it
    connect(m_pendingPanel, &PendingChangesPanel::countChanged, this,
            [this] { m_pendingDock->setWindowTitle(m_pendingPanel->summaryText()); });
    QAction *toggle = m_pendingDock->toggleViewAction();
    toggle->setText(tr("&Pending Changes"));
    toggle->setObjectName(u"showPendingChanges"_s);
}

void MainWindow::onSelectedUsersChanged()
{
    const QStringList ids = m_users->selectedUserIds();
    const bool several = ids.size() > 1;
    if (several)
        m_selection->setUsers(ids);
    m_rightSide->setCurrentWidget(several ? static_cast<QWidget *>(m_selection) : m_details);
}

void MainWindow::onError(Part part, const ftapi::ApiError &error)
{
    QString what;
    switch (part) {
    case Part::Users:
        what = tr("The users could not be loaded.");
        break;
    case Part::Roles:
        what = tr("The roles could not be loaded, so role descriptions are missing.");
        break;
    case Part::Names:
        what = tr("Destination and connection names could not be loaded; ids are shown "
                  "instead.");
        break;
    case Part::Memberships:
        what = tr("This user's memberships could not be loaded.");
        break;
    }
    if (!m_failedParts.contains(part))
        m_failedParts.append(part);
    m_notice->show(what, error);
}

void MainWindow::onPartLoaded(Part part)
{
    // The banner goes once everything that failed has loaded again.
    if (!m_failedParts.removeOne(part) || !m_failedParts.isEmpty())
        return;
    if (!m_banner->isHidden() && m_banner->type() == MessageWidget::Type::Error)
        m_banner->hideMessage();
}

void MainWindow::retry()
{
    m_banner->hideMessage();
    if (!m_session)
        return;
    // A refresh that failed fails for users and roles alike: Retry loads every part again.
    for (const Part part : std::as_const(m_failedParts))
        m_session->retry(part);
}

void MainWindow::showHelp(HelpWindow::Page page)
{
    // One help window, raised again when it is already open.
    auto *help = findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!help || !help->isVisible()) { // a closed one is on its way out
        help = new HelpWindow(m_actions->all(), this);
    }
    help->showPage(page);
    help->show();
    help->raise();
    help->activateWindow();
}

void MainWindow::showAbout()
{
    // One at a time, raised when already open; not modal, so the window stays usable.
    auto *about = findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!about || !about->isVisible()) {
        about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
    }
    about->show();
    about->raise();
    about->activateWindow();
}

void MainWindow::saveSettings() const
{
    const std::unique_ptr<QSettings> file = openSettings();
    QSettings &settings = *file;
    settings.beginGroup(kGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"usersColumns"_s, m_users->headerState());
    settings.setValue(u"destinationColumns"_s, m_details->destinations()->headerState());
    settings.setValue(u"connectionColumns"_s, m_details->connections()->headerState());
    settings.endGroup();
}

void MainWindow::setFirstSplit()
{
    // The table as wide as its columns (in German they need more than in English), as long
    // as the details keep their room; the rest to the details.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int table =
        std::clamp(m_users->columnsWidth(), total / 2, qMax(total / 2, total - kDetailsLeast));
    m_splitter->setSizes({ table, total - table });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstSplit) {
        m_firstSplit = false;
        setFirstSplit();
    }
}

void MainWindow::restoreSettings()
{
    const std::unique_ptr<QSettings> file = openSettings();
    QSettings &settings = *file;
    settings.beginGroup(kGroup);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(u"state"_s).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = settings.value(u"splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_firstSplit = true;
    m_users->restoreHeaderState(settings.value(u"usersColumns"_s).toByteArray());
    m_details->destinations()->restoreHeaderState(
        settings.value(u"destinationColumns"_s).toByteArray());
    m_details->connections()->restoreHeaderState(
        settings.value(u"connectionColumns"_s).toByteArray());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace ftui

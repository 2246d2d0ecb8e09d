#pragma once

#include "helpwindow.h"
#include "session.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QSplitter;
class QStackedWidget;

namespace ftmodels {
class PendingChanges;
class SelectionReach;
} // namespace ftmodels

namespace ftui {

class AccountIndicator;
class BulkActionsController;
class FailureNotice;
class MainActions;
class MessageWidget;
class PendingChangesPanel;
class SelectionSummary;
class StatusSummary;
class UndoController;
class UserActionsController;
class UserDetailsPanel;
class UsersView;

// The console's window, kept to wiring: the actions (menus, toolbar, shortcuts), the users
// view on the left and the details panel on the right (a summary instead while several users
// are selected), the pending changes docked below, the error banner above them, the account
// indicator and the status summary. Geometry, splitter and column widths persist in
// QSettings under "MainWindow" (never anything secret).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ftmodels::Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ftmodels::Session *session() const { return m_session; }
    MainActions *actions() const { return m_actions; }
    UsersView *usersView() const { return m_users; }
    UserDetailsPanel *detailsPanel() const { return m_details; }
    MessageWidget *banner() const { return m_banner; }
    FailureNotice *failureNotice() const { return m_notice; }
    StatusSummary *summary() const { return m_summary; }
    AccountIndicator *accountIndicator() const { return m_account; }
    QSplitter *splitter() const { return m_splitter; }
    UserActionsController *userActions() const { return m_userActions; }
    BulkActionsController *bulkActions() const { return m_bulk; }
    ftmodels::PendingChanges *pendingChanges() const { return m_pending; }
    PendingChangesPanel *pendingPanel() const { return m_pendingPanel; }
    QDockWidget *pendingDock() const { return m_pendingDock; }
    ftmodels::SelectionReach *selectionReach() const { return m_reach; }
    SelectionSummary *selectionSummary() const { return m_selection; }
    QStackedWidget *detailsStack() const { return m_rightSide; } // details, or the summary
    UndoController *undoController() const { return m_undo; }
    void showHistory(); // Edit > History: one window, raised when open

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createPendingDock();
    void onSelectedUsersChanged();
    void onError(ftmodels::Session::Part part, const ftapi::ApiError &error);
    void onPartLoaded(ftmodels::Session::Part part);
    void retry();
    void showAbout();
    void showHelp(HelpWindow::Page page);
    void setFirstSplit(); // without saved settings, once the window has its size

    ftmodels::Session *m_session = nullptr; // outlives the widget
    MainActions *m_actions = nullptr;
    UsersView *m_users = nullptr;
    UserDetailsPanel *m_details = nullptr;
    MessageWidget *m_banner = nullptr;
    FailureNotice *m_notice = nullptr; // 401 reconnect, 403 explained, 429 countdown, Retry
    StatusSummary *m_summary = nullptr;
    AccountIndicator *m_account = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_rightSide = nullptr;
    SelectionSummary *m_selection = nullptr;
    ftmodels::SelectionReach *m_reach = nullptr;
    ftmodels::PendingChanges *m_pending = nullptr;
    PendingChangesPanel *m_pendingPanel = nullptr;
    QDockWidget *m_pendingDock = nullptr;
    UserActionsController *m_userActions = nullptr;
    BulkActionsController *m_bulk = nullptr;
    UndoController *m_undo = nullptr;
    QList<ftmodels::Session::Part> m_failedParts; // what Retry loads again
    bool m_firstSplit = false; // no saved split: setFirstSplit() when first shown
};

} // namespace ftui

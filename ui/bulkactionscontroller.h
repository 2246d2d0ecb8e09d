#pragma once

#include "auditrow.h"
#include "bulkchangedialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;

namespace ftmodels {
class Plan;
} // namespace ftmodels

namespace ftui {

class AuditWindow;
class MainWindow;

// Many people at once: with several users selected, the User menu, the toolbar and the
// table's context menu act on all of them through BulkChangeDialog, and what they make waits
// in the pending changes. Also: Ctrl+A, Ctrl+Return (apply), File > Import People… (the
// preview), Open Plan… and Save Pending Changes As… (PLAN.json), and what the audit window
// asks for (revoke the selected accesses, act on the selected people). Kept out of MainWindow
// so the window stays wiring only.
class BulkActionsController : public QObject
{
    Q_OBJECT

public:
    explicit BulkActionsController(MainWindow *window);

    // Where files are read from and written to; by default a file dialog. Tests answer with a
    // path ("" = cancelled). `save` tells which of the two is asked.
    using FileChooser = std::function<QString(bool save, const QString &caption,
                                              const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    QDialog *currentDialog() const { return m_dialog; } // the bulk dialog or preview open now

    void openBulkDialog(BulkChangeDialog::Action action, ftapi::MembershipKind kind);
    void importPeople();
    void importFile(const QString &path); // the preview of `path`
    void openPlan();
    bool openPlanFile(const QString &path); // false with the reason in the panel's banner
    void savePlan();
    bool savePlanFile(const QString &path);

    // The audit window's rows: revoke each access (an account row removes the account role,
    // a destination or connection row the membership), as pending changes.
    void revoke(const QVector<ftmodels::AuditRow> &rows);
    // Selects these people in the users table, clearing the filter if it hides them.
    void actOn(const QStringList &userIds);
    // An audit row's person, shown in the main window (filters cleared if they hid them).
    void showPerson(const QString &userId);
    void watchAudit(AuditWindow *audit);

    static ftmodels::Plan revocationsOf(const QVector<ftmodels::AuditRow> &rows);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);

private:
    bool several() const;
    bool raiseOpenDialog();
    void showDialog(QDialog *dialog);
    void updateActions();
    void showPending();
    void showStatus(const QString &text);

    MainWindow *m_window = nullptr;
    QPointer<QDialog> m_dialog;
    FileChooser m_chooseFile;
};

} // namespace ftui

#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "apiresult.h"
#include "planrun.h"
#include "user.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace ftmodels {
class PendingChanges;
class Session;
} // namespace ftmodels

namespace ftui {

class MessageWidget;

// What every dialog that changes the account shares (DESIGN.md, "Dialogs"): a form whose OK
// stays disabled until it is valid, a banner for the server's words, and one API call at a
// time. While the call runs, OK is disabled, the form is locked and a busy bar moves; Cancel
// (or Escape) cancels the call and closes. A failure keeps everything typed, shows the
// server's message in the banner and, when the message is about one field, under that field.
// The dialog deletes itself when closed; open it with open().
//
// A subclass builds its form with addField(), says in validate() whether OK may be pressed
// (setting problems on fields), and in submit() hands its change to the session as a plan
// (changes never go to the API from here: the session checks, sends and lands the answer in
// the models):
//   applyPlan(Plan({ Change::modifyUser(id, update).expecting(original) }), tr("Saving…"),
//             [this](const ftmodels::PlanRun &run) {
//                 succeed(tr("Saved %1").arg(run.result(0).user->fullName()));
//             });
// When the plan's check refuses it or the service does, the dialog stays with everything typed
// and says why, under the field concerned when it can. Reads (a list to show) may still use
// beginCall()/finishCall().
class ApiDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApiDialog(ftmodels::Session *session, QWidget *parent = nullptr);
    ~ApiDialog() override;

    ftmodels::Session *session() const { return m_session; }
    ftapi::ApiClient *client() const;

    MessageWidget *banner() const { return m_banner; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Offers "Add to Pending Changes" beside OK: the change is then held back with the
    // window's pending changes instead of being sent at once. Off by default.
    void setPendingChanges(ftmodels::PendingChanges *pending);
    QPushButton *pendingButton() const { return m_toPendingButton; } // null when not offered
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isBusy() const { return m_call != 0 || m_run; }
    // What the busy line says ("Saving…", or a countdown while a rate limit holds the call);
    // empty when idle.
    QString busyText() const;
    // The words shown under a field (a problem with what was typed, or the server's), or
    // empty when none is shown.
    QString fieldError(QWidget *field) const;

    // The account role the service never lets the account lose (API.md's rules).
    static QString accountAdministratorRole();
    // True when taking the role from `user` would leave the account without an Account
    // Administrator, as the plan check sees it in the loaded users. False while the list is
    // incomplete: then the check before sending (or the server) has the last word.
    static bool isLastAccountAdministrator(const ftmodels::Session *session,
                                           const ftapi::User &user);
    // The plan check's warning when taking the role from `user` leaves exactly one Account
    // Administrator; empty otherwise.
    static QString lastAdministratorWarning(const ftmodels::Session *session,
                                            const ftapi::User &user);
    // "Ann Lee", or the e-mail when the user has no name.
    static QString displayName(const ftapi::User &user);

public Q_SLOTS:
    void revalidate(); // checks the form again and enables OK accordingly
    void accept() override; // OK: validate once more, then submit()
    void reject() override; // Cancel: cancel a call in flight, then close

Q_SIGNALS:
    // The change was made; the words are for the status bar ("Invited Ann Lee").
    void succeeded(const QString &statusText);
    // Cancel was pressed while the change was under way. What had not left is not sent; what
    // may have reached the service goes on in `run` (owned by the session), which says in the
    // end what happened. `run` is null for a read.
    void cancelledWhileSending(ftmodels::PlanRun *run);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    QVBoxLayout *contentLayout() const { return m_content; }
    // A paragraph of explanation in the form.
    QLabel *addNote(const QString &text);
    QFormLayout *addForm();
    // Adds a labelled row with an error line under `field`. `jsonName` is the API's name for
    // the field ("email", "given_name", "role"...) so the server's "Field 'x'" messages land
    // there. Line edits and combo boxes revalidate the form as they change.
    void addField(QFormLayout *form, const QString &label, QWidget *field,
                  const QString &jsonName = {});
    void setOkText(const QString &text);

    // A problem with what is typed in `field` (empty: none). Shown once the person has
    // touched the field, so an empty form does not open covered in complaints, or at once
    // with `showNow` (a rule, not a typing slip).
    void setFieldProblem(QWidget *field, const QString &problem, bool showNow = false);
    // The server's complaint about a field; shown until the field is edited.
    void setServerFieldError(QWidget *field, const QString &text);
    void markTouched(QWidget *field);
    bool anyFieldTouched() const; // the person has changed something in the form
    void showRefusal(const QString &text); // a rule that stops the change before sending

    virtual bool validate() = 0; // sets field problems; true when OK may be pressed
    virtual void submit() = 0; // starts the call and hands it to beginCall()
    // The field a server error is about, or nullptr. Reads "Field 'x'", "Role '...'" and
    // "email '...'" in the message; subclasses may know more codes.
    virtual QWidget *fieldForError(const ftapi::ApiError &error) const;
    // Words added after the server's message (e.g. "it may have been sent anyway").
    virtual QString adviceFor(const ftapi::ApiError &error) const;

    QWidget *fieldNamed(const QString &jsonName) const { return m_jsonFields.value(jsonName); }

    // Hands `plan` to the session and waits, busy. `done` runs when every change is applied
    // or already in effect; otherwise the dialog shows the check's or the service's words.
    void applyPlan(const ftmodels::Plan &plan, const QString &busyText,
                   std::function<void(const ftmodels::PlanRun &run)> done);
    // The field a problem of the plan's check is about, or nullptr (then the banner says it).
    virtual QWidget *fieldForProblem(const ftmodels::PlanProblem &problem) const;

    void beginCall(ftapi::ApiClient::CallId call, const QString &busyText);
    // Ends the call. True when it succeeded; otherwise the failure is shown (nothing is shown
    // for a cancelled call: the dialog is closing) and false is returned.
    template<typename T>
    bool finishCall(const ftapi::ApiResult<T> &result)
    {
        endCall();
        if (result)
            return true;
        fail(result.error());
        return false;
    }
    void fail(const ftapi::ApiError &error);
    void succeed(const QString &statusText); // emits succeeded() and closes

private:
    struct FieldState
    {
        QLabel *errorLabel = nullptr;
        QString problem;
        QString serverError;
        bool touched = false;
    };

    void endCall();
    void syncPendingButton();
    void onRunFinished(ftmodels::PlanRun *run,
                       const std::function<void(const ftmodels::PlanRun &)> &done);
    void setBusy(bool busy, const QString &text = {});
    void updateBusyText();
    void updateFieldLabel(QWidget *field);
    void onFieldEdited(QWidget *field);

    ftmodels::Session *m_session = nullptr; // outlives every dialog
    MessageWidget *m_banner = nullptr;
    QWidget *m_form = nullptr;
    QVBoxLayout *m_content = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QString m_busyWords; // what beginCall() said
    QTimer *m_pauseTick = nullptr;
    QDateTime m_pausedUntil; // the scheduler's 429 pause; invalid when not paused
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QHash<QWidget *, FieldState> m_fields;
    QHash<QString, QWidget *> m_jsonFields;
    ftapi::ApiClient::CallId m_call = 0;
    QPointer<ftmodels::PlanRun> m_run; // the change being sent
    QPointer<ftmodels::PendingChanges> m_pending;
    QPushButton *m_toPendingButton = nullptr;
    bool m_toPending = false; // the button pressed was "Add to Pending Changes"
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_valid = false;
    bool m_refused = false;
};

} // namespace ftui

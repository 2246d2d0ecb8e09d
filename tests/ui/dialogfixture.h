#pragma once

// For the dialog tests: the main window on a demo sandbox, loaded, plus what a person does
// in a dialog (type, pick a role, press OK) and how to wait for the answer.

#include "apidialog.h"
#include "membershipsmodel.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "rolepicker.h"
#include "rolesmodel.h"
#include "uifixture.h"
#include "useractionscontroller.h"
#include "usersview.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace fttest {

// The fixed demo account of the sandbox (10 people, 3 destinations, 8 connections).
struct DialogFixture : UiFixture
{
    DialogFixture()
        : UiFixture(ftsandbox::SandboxOptions {})
    {
    }

    // Opens the window and loads users and roles; false when that failed.
    bool open()
    {
        openWindow();
        return QTest::qWaitForWindowExposed(window.get()) && startAndWait();
    }

    // Selects `userId` in the users table and waits for its memberships.
    bool selectUser(const QString &userId)
    {
        if (!window->usersView()->selectUser(userId))
            return false;
        return session->currentUserId() == userId
            && QTest::qWaitFor(
                   [&] {
                       const ftmodels::MembershipsModel *m = session->memberships();
                       return m->hasLoaded(ftapi::MembershipKind::Group)
                           && m->hasLoaded(ftapi::MembershipKind::Connection) && !session->isBusy();
                   },
                   10000);
    }

    ftui::UserActionsController *controller() const
    {
        return window->findChild<ftui::UserActionsController *>();
    }

    int requests(const QString &route)
    {
        return sandbox.server()
            .stats()
            .value(QLatin1String("requests"))
            .toObject()
            .value(route)
            .toInt();
    }

    // The sandbox stops answering; the client gives up after `timeoutMs`.
    void hangWithTimeout(int timeoutMs = 300)
    {
        client->scheduler()->setTransferTimeout(timeoutMs);
        sandbox.server().setHang(true);
    }
};

// Types into a line edit as a person would: focus it, select what is there, type over it.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Picks a role with the keyboard as a person would: arrow keys through the closed combo box
// until `name` (the role's name, or the text of the "no role" choice) is current. (Typing the
// name works too, but only when the keys come faster than the search interval.)
inline bool chooseRole(ftui::RolePicker *picker, const QString &name)
{
    QComboBox *box = picker->comboBox();
    box->setFocus();
    auto matches = [&] {
        return box->currentIndex() >= 0
            && (box->currentData().toString() == name || box->currentText() == name);
    };
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i <= box->count() && !matches(); ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return matches();
}

inline void clickOk(ftui::ApiDialog *dialog)
{
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
}

// Waits until the dialog's call ended: closed after success, or open again after failure.
inline bool waitForAnswer(const QPointer<ftui::ApiDialog> &dialog, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [&] {
            const ftui::ApiDialog *d = dialog.data();
            return !d || !d->isBusy();
        },
        timeoutMs);
}

// Still open and waiting for its call.
inline bool isOpenAndBusy(const QPointer<ftui::ApiDialog> &dialog)
{
    const ftui::ApiDialog *d = dialog.data();
    return d && d->isVisible() && d->isBusy();
}

// Open, idle, with a visible error banner: what every failure must leave behind.
inline bool showsFailure(const ftui::ApiDialog *dialog)
{
    return dialog && dialog->isVisible() && !dialog->isBusy() && !dialog->banner()->isHidden()
        && dialog->banner()->type() == ftui::MessageWidget::Type::Error
        && !dialog->banner()->text().isEmpty();
}

// The ids shown in the users table, in the view's order.
inline QStringList shownUserIds(const ftui::UsersView *view)
{
    QStringList ids;
    const QAbstractItemModel *model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ftmodels::UsersModel::UserIdRole).toString());
    return ids;
}

} // namespace fttest

// Every window and dialog of the console, walked widget by widget: every control has an
// accessible name (its own text, a buddy label, or accessibleName), every visible control is
// reachable with Tab, every menu and menu entry has a keyboard mnemonic.
#include "../ui/dialogfixture.h"
#include "a11ywalker.h"
#include "aboutdialog.h"
#include "auditwindow.h"
#include "connectdialog.h"
#include "deleteuserdialog.h"
#include "edituserdialog.h"
#include "inviteuserdialog.h"
#include "mainactions.h"
#include "membershipdialog.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "removeaccountroledialog.h"
#include "targetpicker.h"

#include <QAction>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using fttest::DialogFixture;

namespace {

// In the fixed demo account: a member of the destination warm_harbor.
const QString kUser = u"keen_walnut"_s;
const QString kDestination = u"warm_harbor"_s;

QByteArray listed(const QStringList &items)
{
    return (u"\n  "_s + items.join(u"\n  "_s)).toUtf8();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    DialogFixture *m_f = nullptr;

    // Names and Tab reach of one window, shown and settled.
    static void checkWindow(QWidget *window)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QStringList unnamed = fttest::unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(), listed(unnamed).constData());
        const QStringList missed = fttest::unreachableByTab(window);
        QVERIFY2(missed.isEmpty(), listed(missed).constData());
    }

    template<typename Dialog>
    void checkDialog(Dialog *dialog)
    {
        QPointer<Dialog> guard(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        // Wait for what the dialog loads (roles, names) so every control is in place.
        QVERIFY(QTest::qWaitFor([&] { return !m_f->session->isBusy(); }, 10000));
        QTest::qWait(0);
        checkWindow(dialog);
        if (guard)
            guard->reject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fttest::useTestSettings();
        m_f = new DialogFixture;
        QVERIFY(m_f->open());
        QVERIFY(m_f->selectUser(kUser));
    }

    void cleanupTestCase() { delete m_f; }

    void mainWindow() { checkWindow(m_f->window.get()); }

    void menusHaveMnemonics()
    {
        const QList<QAction *> menus = m_f->window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (QAction *menu : menus) {
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
            QVERIFY(menu->menu());
            for (QAction *entry : menu->menu()->actions()) {
                if (!entry->isSeparator())
                    QVERIFY2(entry->text().contains(u'&'), qPrintable(entry->text()));
            }
        }
    }

    void everyActionHasAnIconAndADescription()
    {
        for (QAction *action : m_f->window->actions()->all()) {
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
        }
    }

    void aboutDialog() { checkDialog(new ftui::AboutDialog(m_f->window.get())); }

    void auditWindow()
    {
        auto *audit = new ftui::AuditWindow(m_f->session->client(), m_f->window.get());
        audit->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ftui::AuditWindow> guard(audit);
        audit->start();
        audit->show();
        checkWindow(audit);
        if (guard)
            guard->close();
    }

    void inviteDialog()
    {
        checkDialog(new ftui::InviteUserDialog(m_f->session.get(), m_f->window.get()));
    }

    void editDialog()
    {
        checkDialog(new ftui::EditUserDialog(m_f->session.get(), kUser, m_f->window.get()));
    }

    void deleteDialog()
    {
        checkDialog(new ftui::DeleteUserDialog(m_f->session.get(), kUser, m_f->window.get()));
    }

    void removeAccountRoleDialog()
    {
        checkDialog(
            new ftui::RemoveAccountRoleDialog(m_f->session.get(), kUser, m_f->window.get()));
    }

    void addMembershipDialogs()
    {
        for (const MembershipKind kind : { MembershipKind::Group, MembershipKind::Connection }) {
            auto *dialog =
                new ftui::MembershipDialog(m_f->session.get(), kUser, kind, m_f->window.get());
            QPointer<ftui::MembershipDialog> guard(dialog);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            QVERIFY(QTest::qWaitFor([&] { return dialog->targetPicker()->isLoaded(); }, 10000));
            checkWindow(dialog);
            if (guard)
                guard->reject();
        }
    }

    void changeMembershipDialog()
    {
        checkDialog(new ftui::MembershipDialog(m_f->session.get(), kUser, MembershipKind::Group,
                                               kDestination, m_f->window.get()));
    }

    void connectDialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ftmodels::MemorySecretStore secrets;
        ftmodels::ProfileStore profiles(&secrets, dir.filePath(u"profiles.ini"_s));
        QNetworkAccessManager network;
        auto *dialog = new ftui::ConnectDialog(&profiles, &network, m_f->window.get());
        dialog->open();
        checkWindow(dialog);
        delete dialog; // before the stores it points to
    }

    // The walker itself: a control without any name is found.
    void walkerFindsAnUnnamedControl()
    {
        QWidget window;
        auto *named = new QLineEdit(&window);
        named->setAccessibleName(u"Named"_s);
        auto *unnamed = new QLineEdit(&window);
        unnamed->setObjectName(u"nameless"_s);
        const QStringList found = fttest::unnamedControls(&window);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().endsWith(u"QLineEdit#nameless"_s));
        auto *label = new QLabel(u"&Label"_s, &window);
        label->setBuddy(unnamed);
        QVERIFY(fttest::unnamedControls(&window).isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

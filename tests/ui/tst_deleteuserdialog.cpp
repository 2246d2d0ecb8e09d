#include "deleteuserdialog.h"
#include "dialogfixture.h"
#include "namedirectory.h"
#include "userdetailspanel.h"

#include <QListWidget>

using namespace Qt::StringLiterals;
using fttest::DialogFixture;

namespace {

const QString kJames = u"keen_walnut"_s; // no role; Production Snowflake and app_db
const QString kPriya = u"candid_atlas"_s;
const QString kMarcus = u"decorum_mantle"_s;
const QString kOlivia = u"nozzle_eat"_s;

QStringList lines(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

bool demoteMarcus(DialogFixture &f)
{
    ftsandbox::SandboxUserPatch patch;
    patch.role = u"Account Analyst"_s;
    return !f.sandbox.store().updateUser(kMarcus, patch, nullptr).isError();
}

// Opens the dialog for `userId` and waits until it has listed what will be lost.
ftui::DeleteUserDialog *openFor(DialogFixture &f, const QString &userId)
{
    auto *dialog = new ftui::DeleteUserDialog(f.session.get(), userId, f.window.get());
    dialog->open();
    const ftmodels::NameDirectory *names = f.session->names();
    if (!QTest::qWaitFor([&] { return dialog->hasListedLosses() && names->connectionsComplete(); },
                         10000))
        return nullptr;
    return dialog;
}

} // namespace

class TestDeleteUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWhatIsLostAndAsksForTheEmail();
    void deletesOneRow();
    void lastAdministratorRefusedBeforeSending();
    void serverRefusesForTheLastAdministrator();
    void timeoutKeepsWhatWasTyped();
    void serverErrorKeepsWhatWasTyped();
};

void TestDeleteUserDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestDeleteUserDialog::listsWhatIsLostAndAsksForTheEmail()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::DeleteUserDialog *dialog = openFor(f, kPriya);
    QVERIFY(dialog);

    // Every membership the sandbox holds, by name and role, and the account role.
    const QStringList shown = lines(dialog->lossList());
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    QVERIFY(shown.contains(u"The account role Account Analyst"_s));
    for (const ftsandbox::SandboxMembership &m : store.groupMemberships(kPriya)) {
        const QString line = u"Destination “%1” as %2"_s.arg(store.group(m.id)->name, m.role);
        QVERIFY2(shown.contains(line), qPrintable(line));
    }
    QCOMPARE(shown.size(),
             1
                 + int(store.groupMemberships(kPriya).size()
                       + store.connectionMemberships(kPriya).size()));
    QVERIFY(dialog->findChild<QLabel *>(u"summary"_s)->text().contains(u"cannot"_s)
            || dialog->findChild<QLabel *>(u"summary"_s)->text().contains(u"for good"_s));

    // OK only once the e-mail is typed exactly (case aside).
    QVERIFY(!dialog->okButton()->isEnabled());
    fttest::typeInto(dialog->confirmEdit(), u"priya@example.com"_s);
    QVERIFY(!dialog->fieldError(dialog->confirmEdit()).isEmpty());
    QVERIFY(!dialog->okButton()->isEnabled());
    fttest::typeInto(dialog->confirmEdit(), store.user(kPriya)->email.toUpper());
    QVERIFY(dialog->fieldError(dialog->confirmEdit()).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
    QVERIFY(store.user(kPriya));
}

void TestDeleteUserDialog::deletesOneRow()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    ftui::DeleteUserDialog *dialog = openFor(f, kJames);
    QVERIFY(dialog);
    const QStringList shown = lines(dialog->lossList());
    QVERIFY(shown.contains(u"Destination “Production Snowflake” as Manage Destination"_s));
    QVERIFY(shown.contains(u"Connection “app_db (postgres)” as Manage Connection"_s));

    ftmodels::UsersModel *users = f.session->users();
    const int before = users->rowCount();
    QSignalSpy removed(users, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(users, &QAbstractItemModel::modelReset);
    fttest::typeInto(dialog->confirmEdit(), f.sandbox.store().user(kJames)->email);
    QPointer<ftui::ApiDialog> guard(dialog);
    QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return); // Enter is OK once it is enabled
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    QVERIFY(!f.sandbox.store().user(kJames));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(users->rowCount(), before - 1);
    QVERIFY(!fttest::shownUserIds(f.window->usersView()).contains(kJames));
    // The details no longer show him (the table may move on to a neighbour).
    QVERIFY(f.session->currentUserId() != kJames);
    QVERIFY(f.window->detailsPanel()->fieldText(u"detailsUserId"_s) != kJames
            || !f.window->detailsPanel()->isShowingUser());
}

void TestDeleteUserDialog::lastAdministratorRefusedBeforeSending()
{
    DialogFixture f;
    QVERIFY(demoteMarcus(f));
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    ftui::DeleteUserDialog *dialog = openFor(f, kOlivia);
    QVERIFY(dialog);
    QCOMPARE(dialog->banner()->type(), ftui::MessageWidget::Type::Warning);
    QVERIFY(dialog->banner()->text().contains(u"only Account Administrator"_s));
    QVERIFY(!dialog->confirmEdit()->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.requests(u"DELETE /users/{id}"_s), 0);
    QVERIFY(f.sandbox.store().user(kOlivia));
    dialog->reject();
}

void TestDeleteUserDialog::serverRefusesForTheLastAdministrator()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(demoteMarcus(f));
    ftui::DeleteUserDialog *dialog = openFor(f, kOlivia);
    QVERIFY(dialog);
    const QString email = f.sandbox.store().user(kOlivia)->email;
    fttest::typeInto(dialog->confirmEdit(), email);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"last Account Administrator"_s));
    QCOMPARE(dialog->confirmEdit()->text(), email);
    QVERIFY(f.sandbox.store().user(kOlivia));
    QVERIFY(f.session->users()->user(kOlivia));
}

void TestDeleteUserDialog::timeoutKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::DeleteUserDialog *dialog = openFor(f, kJames);
    QVERIFY(dialog);
    const QString email = f.sandbox.store().user(kJames)->email;
    fttest::typeInto(dialog->confirmEdit(), email);
    f.hangWithTimeout();
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setHang(false);
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"did not answer in time"_s));
    QCOMPARE(dialog->confirmEdit()->text(), email);
    QVERIFY(f.session->users()->user(kJames));
}

void TestDeleteUserDialog::serverErrorKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftui::DeleteUserDialog *dialog = openFor(f, kJames);
    QVERIFY(dialog);
    const QString email = f.sandbox.store().user(kJames)->email;
    fttest::typeInto(dialog->confirmEdit(), email);
    f.sandbox.server().setFailRate(1.0);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setFailRate(0);
    QVERIFY(fttest::showsFailure(dialog));
    QCOMPARE(dialog->confirmEdit()->text(), email);
    QVERIFY(f.sandbox.store().user(kJames));
    QVERIFY(f.session->users()->user(kJames));
}

QTEST_MAIN(TestDeleteUserDialog)
#include "tst_deleteuserdialog.moc"

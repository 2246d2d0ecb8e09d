#include "dialogfixture.h"
#include "removeaccountroledialog.h"
#include "userdetailspanel.h"

using namespace Qt::StringLiterals;
using fttest::DialogFixture;

namespace {

const QString kPriya = u"candid_atlas"_s; // Account Analyst, 2 destination memberships
const QString kJames = u"keen_walnut"_s; // no account role
const QString kMarcus = u"decorum_mantle"_s;
const QString kOlivia = u"nozzle_eat"_s;

bool demoteMarcus(DialogFixture &f)
{
    ftsandbox::SandboxUserPatch patch;
    patch.role = u"Account Analyst"_s;
    return !f.sandbox.store().updateUser(kMarcus, patch, nullptr).isError();
}

} // namespace

class TestRemoveAccountRoleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removesTheRoleAndTheUserStays();
    void nothingToRemoveWithoutARole();
    void lastAdministratorRefusedBeforeSending();
    void leavingOneAdministratorWarnsBeforeSending();
    void serverRefusesForTheLastAdministrator();
    void timeoutKeepsTheDialogOpen();
    void serverErrorKeepsTheDialogOpen();
};

// The demo account has two administrators: taking the role from one is allowed, and said.
void TestRemoveAccountRoleDialog::leavingOneAdministratorWarnsBeforeSending()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kOlivia));
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kOlivia, f.window.get());
    dialog->open();
    QVERIFY(!dialog->banner()->isHidden());
    QCOMPARE(dialog->banner()->type(), ftui::MessageWidget::Type::Warning);
    QVERIFY2(dialog->banner()->text().contains(u"only one Account Administrator"_s),
             qPrintable(dialog->banner()->text()));
    QVERIFY(dialog->okButton()->isEnabled()); // a warning, not a refusal
    dialog->reject();

    // With a third administrator, nothing to warn about.
    ftsandbox::SandboxUserPatch patch;
    patch.role = u"Account Administrator"_s;
    QVERIFY(!f.sandbox.store().updateUser(kPriya, patch, nullptr).isError());
    f.session->refresh();
    QVERIFY(f.waitIdle());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ftapi::User *priya = f.session->users()->user(kPriya);
            return priya && priya->role == u"Account Administrator"_s;
        },
        10000));
    auto *again = new ftui::RemoveAccountRoleDialog(f.session.get(), kOlivia, f.window.get());
    again->open();
    QVERIFY(again->banner()->isHidden());
    again->reject();
}

void TestRemoveAccountRoleDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestRemoveAccountRoleDialog::removesTheRoleAndTheUserStays()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kPriya));
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();

    // Plain words: which role, what it allows, what stays.
    const QString text = dialog->explanation()->text();
    const ftsandbox::SandboxRole *role = f.sandbox.store().role(u"Account Analyst"_s);
    QVERIFY(role);
    QVERIFY2(text.contains(u"Priya Sharma will no longer be Account Analyst"_s), qPrintable(text));
    QVERIFY(text.contains(role->description));
    const int groups = int(f.sandbox.store().groupMemberships(kPriya).size());
    QVERIFY(text.contains(u"stay in the account"_s));
    QVERIFY(text.contains(u"%1 destination membership"_s.arg(groups)));
    QVERIFY(dialog->okButton()->isEnabled());

    ftmodels::UsersModel *users = f.session->users();
    QSignalSpy changed(users, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(users, &QAbstractItemModel::rowsRemoved);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    const ftsandbox::SandboxUser *stored = f.sandbox.store().user(kPriya);
    QVERIFY(stored); // still in the account
    QVERIFY(!stored->role);
    QCOMPARE(int(f.sandbox.store().groupMemberships(kPriya).size()), groups);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 0);
    QVERIFY(!users->user(kPriya)->role);
    QCOMPARE(f.window->detailsPanel()->fieldText(u"detailsRole"_s), u"No account role"_s);
    QCOMPARE(f.window->usersView()->selectedUserId(), kPriya);
}

void TestRemoveAccountRoleDialog::nothingToRemoveWithoutARole()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kJames, f.window.get());
    dialog->open();
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->banner()->isVisible());
    QVERIFY(dialog->banner()->text().contains(u"no account role"_s));
    dialog->reject();
}

void TestRemoveAccountRoleDialog::lastAdministratorRefusedBeforeSending()
{
    DialogFixture f;
    QVERIFY(demoteMarcus(f));
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kOlivia, f.window.get());
    dialog->open();
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->banner()->isVisible());
    QCOMPARE(dialog->banner()->type(), ftui::MessageWidget::Type::Warning);
    QVERIFY(dialog->banner()->text().contains(u"only Account Administrator"_s));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.requests(u"DELETE /users/{id}/role"_s), 0);
    dialog->reject();
}

void TestRemoveAccountRoleDialog::serverRefusesForTheLastAdministrator()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(demoteMarcus(f)); // behind the window's back
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kOlivia, f.window.get());
    dialog->open();
    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"last Account Administrator"_s));
    QCOMPARE(f.sandbox.store().user(kOlivia)->role,
             std::optional<QString>(u"Account Administrator"_s));
    QCOMPARE(f.session->users()->user(kOlivia)->role,
             std::optional<QString>(u"Account Administrator"_s));
}

void TestRemoveAccountRoleDialog::timeoutKeepsTheDialogOpen()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    f.hangWithTimeout();
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setHang(false);
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"did not answer in time"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(f.session->users()->user(kPriya)->role, std::optional<QString>(u"Account Analyst"_s));
}

void TestRemoveAccountRoleDialog::serverErrorKeepsTheDialogOpen()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::RemoveAccountRoleDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    f.sandbox.server().setFailRate(1.0);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setFailRate(0);
    QVERIFY(fttest::showsFailure(dialog));
    QCOMPARE(f.sandbox.store().user(kPriya)->role, std::optional<QString>(u"Account Analyst"_s));
}

QTEST_MAIN(TestRemoveAccountRoleDialog)
#include "tst_removeaccountroledialog.moc"

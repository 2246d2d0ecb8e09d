#include "dialogfixture.h"
#include "filterbar.h"
#include "inviteuserdialog.h"
#include "mainactions.h"
#include "userdetailspanel.h"
#include "usersfilterproxy.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;
using fttest::DialogFixture;

namespace {

// Fills the form for "Ann Lee" as a person would, with the given e-mail and role.
bool fillAnn(ftui::InviteUserDialog *dialog, const QString &email, const QString &role)
{
    fttest::typeInto(dialog->emailEdit(), email);
    fttest::typeInto(dialog->givenNameEdit(), u"Ann"_s);
    fttest::typeInto(dialog->familyNameEdit(), u"Lee"_s);
    fttest::typeInto(dialog->phoneEdit(), u"+1 415 555 0199"_s);
    return fttest::chooseRole(dialog->rolePicker(), role);
}

} // namespace

class TestInviteUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void invitesSelectsAndSaysSo();
    void filtersSurviveAnInvitation();
    void invitesWithoutAccountRole();
    void noAccountRoleIsAChoiceThatSaysWhatItMeans();
    void enterSendsOnceTheFormIsValid();
    void checksBeforeSending();
    void rolesFromTheServiceWithDescriptions();
    void duplicateEmailShownAtTheField();
    void unknownRoleShownAtTheField();
    void timeoutKeepsWhatWasTyped();
    void serverErrorKeepsWhatWasTyped();
    void cancelWhileSendingClosesAndIgnoresTheAnswer();
};

void TestInviteUserDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestInviteUserDialog::init()
{
    ftui::MessageBox::clear();
}

void TestInviteUserDialog::invitesSelectsAndSaysSo()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftmodels::UsersModel *users = f.session->users();
    const int before = users->rowCount();

    ftui::UserActionsController *controller = f.controller();
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = qobject_cast<ftui::InviteUserDialog *>(controller->currentDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled());

    QSignalSpy inserted(users, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(users, &QAbstractItemModel::modelReset);
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Account Analyst"_s));
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Account Analyst"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard); // closed and deleted

    // The sandbox has her, as typed.
    const ftsandbox::SandboxUser *stored = f.sandbox.store().userByEmail(u"ann.lee@example.com"_s);
    QVERIFY(stored);
    QCOMPARE(stored->givenName, u"Ann"_s);
    QCOMPARE(stored->familyName, u"Lee"_s);
    QCOMPARE(stored->phone, std::optional<QString>(u"+1 415 555 0199"_s));
    QCOMPARE(stored->role, std::optional<QString>(u"Account Analyst"_s));
    QVERIFY(stored->invited);

    // One inserted row, selected in the table, shown in the details, said in the status bar.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(users->rowCount(), before + 1);
    QCOMPARE(f.window->usersView()->selectedUserId(), stored->id);
    QCOMPARE(f.session->currentUserId(), stored->id);
    QCOMPARE(f.window->detailsPanel()->fieldText(u"detailsName"_s), u"Ann Lee"_s);
    QCOMPARE(f.window->detailsPanel()->fieldText(u"detailsRole"_s), u"Account Analyst"_s);
    QCOMPARE(f.window->detailsPanel()->fieldText(u"detailsStatus"_s), u"Invitation pending"_s);
    QCOMPARE(f.window->statusBar()->currentMessage(), u"Invited Ann Lee"_s);
}

void TestInviteUserDialog::filtersSurviveAnInvitation()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftmodels::UsersFilterProxy *proxy = f.window->usersView()->proxy();
    proxy->setFilterText(u"olivia"_s);
    proxy->setStatusFilters({ ftmodels::UserStatus::Active, ftmodels::UserStatus::Suspended });
    const int shown = proxy->rowCount();

    ftui::UserActionsController *controller = f.controller();
    f.window->actions()->invite->trigger();
    auto *dialog = qobject_cast<ftui::InviteUserDialog *>(controller->currentDialog());
    QVERIFY(dialog);
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Account Analyst"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    QVERIFY(f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));

    // The filters are as they were, the table with them; the status bar says why she is not
    // in it.
    QCOMPARE(proxy->filterText(), u"olivia"_s);
    QCOMPARE(proxy->statusFilters(),
             (QList<ftmodels::UserStatus> { ftmodels::UserStatus::Active,
                                            ftmodels::UserStatus::Suspended }));
    QCOMPARE(proxy->rowCount(), shown);
    QCOMPARE(f.window->usersView()->filterBar()->lineEdit()->text(), u"olivia"_s);
    const QString status = f.window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(u"Invited Ann Lee"_s) && status.contains(u"filters"_s),
             qPrintable(status));
}

void TestInviteUserDialog::invitesWithoutAccountRole()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, u"no.role@example.com"_s, u"No account role"_s));
    QVERIFY(dialog->rolePicker()->isNoneChosen());
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    const ftsandbox::SandboxUser *stored = f.sandbox.store().userByEmail(u"no.role@example.com"_s);
    QVERIFY(stored);
    QVERIFY(!stored->role);
    const ftapi::User *shown = f.session->users()->user(stored->id);
    QVERIFY(shown);
    QVERIFY(!shown->role);
}

void TestInviteUserDialog::noAccountRoleIsAChoiceThatSaysWhatItMeans()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    ftui::RolePicker *picker = dialog->rolePicker();
    // Nothing chosen at first: the box asks, and the form is not yet valid.
    QVERIFY(!picker->hasChoice());
    QCOMPARE(picker->comboBox()->placeholderText(), u"Choose a role…"_s);
    QVERIFY(picker->descriptionLabel()->isHidden());
    QVERIFY(fttest::chooseRole(picker, u"No account role"_s));
    QVERIFY(picker->isNoneChosen());
    QVERIFY(!picker->descriptionLabel()->isHidden());
    QVERIFY2(picker->descriptionLabel()->text().contains(u"only the destinations"_s),
             qPrintable(picker->descriptionLabel()->text()));
    dialog->reject();
}

void TestInviteUserDialog::enterSendsOnceTheFormIsValid()
{
    DialogFixture f;
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    QPointer<ftui::ApiDialog> guard(dialog);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));

    // Enter before the form is valid sends nothing and says what is missing.
    fttest::typeInto(dialog->emailEdit(), u"enter.key@example.com"_s);
    QTest::keyClick(dialog->emailEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(!dialog->fieldError(dialog->givenNameEdit()).isEmpty());
    QCOMPARE(f.requests(u"POST /users"_s), 0);

    fttest::typeInto(dialog->givenNameEdit(), u"Enna"_s);
    fttest::typeInto(dialog->familyNameEdit(), u"Key"_s);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"No account role"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    // Enter in the role box, where the last choice was made, sends it.
    QVERIFY(dialog->rolePicker()->comboBox()->hasFocus());
    QTest::keyClick(dialog->rolePicker()->comboBox(), Qt::Key_Return);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    QCOMPARE(f.requests(u"POST /users"_s), 1);
    const ftsandbox::SandboxUser *stored =
        f.sandbox.store().userByEmail(u"enter.key@example.com"_s);
    QVERIFY(stored);
    QVERIFY(!stored->role);
}

void TestInviteUserDialog::checksBeforeSending()
{
    DialogFixture f;
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();

    // A fresh form shows no complaints, but OK waits for a valid one.
    QVERIFY(dialog->fieldError(dialog->emailEdit()).isEmpty());
    QVERIFY(!dialog->okButton()->isEnabled());

    fttest::typeInto(dialog->emailEdit(), u"ann@example"_s);
    QVERIFY(dialog->fieldError(dialog->emailEdit()).contains(u"e-mail address"_s));
    fttest::typeInto(dialog->givenNameEdit(), QString(101, u'a'));
    QVERIFY(dialog->fieldError(dialog->givenNameEdit()).contains(u"100"_s));
    fttest::typeInto(dialog->familyNameEdit(), u"Lee"_s);
    fttest::typeInto(dialog->phoneEdit(), u"call me"_s);
    QVERIFY(!dialog->fieldError(dialog->phoneEdit()).isEmpty());
    fttest::typeInto(dialog->pictureEdit(), u"ftp://pictures/ann.png"_s);
    QVERIFY(!dialog->fieldError(dialog->pictureEdit()).isEmpty());
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Reviewer"_s));
    QVERIFY(!dialog->okButton()->isEnabled());

    // Enter with OK disabled sends nothing.
    QTest::keyClick(dialog->familyNameEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());

    fttest::typeInto(dialog->emailEdit(), u"ann@example.com"_s);
    fttest::typeInto(dialog->givenNameEdit(), u"Ann"_s);
    fttest::typeInto(dialog->phoneEdit(), QString());
    QVERIFY(!dialog->okButton()->isEnabled()); // the picture is still wrong
    fttest::typeInto(dialog->pictureEdit(), u"https://pictures.example.com/ann.png"_s);
    QVERIFY(dialog->fieldError(dialog->emailEdit()).isEmpty());
    QVERIFY(dialog->fieldError(dialog->givenNameEdit()).isEmpty());
    QVERIFY(dialog->fieldError(dialog->pictureEdit()).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(f.requests(u"POST /users"_s), 0);

    const ftapi::NewUser body = dialog->newUser();
    QCOMPARE(body.email, u"ann@example.com"_s);
    QVERIFY(!body.phone); // empty optional fields are not sent
    QCOMPARE(body.picture, std::optional<QString>(u"https://pictures.example.com/ann.png"_s));
    QCOMPARE(body.role, std::optional<QString>(u"Account Reviewer"_s));
    dialog->reject();
}

void TestInviteUserDialog::rolesFromTheServiceWithDescriptions()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QComboBox *box = dialog->rolePicker()->comboBox();

    // Exactly the account-scope roles of GET /roles, after "No account role".
    QStringList offered;
    for (int i = 1; i < box->count(); ++i)
        offered.append(box->itemData(i).toString());
    QStringList expected;
    for (const ftsandbox::SandboxRole &role : f.sandbox.store().roles()) {
        if (role.scope.contains(u"ACCOUNT"_s))
            expected.append(role.name);
    }
    QCOMPARE(offered, expected);
    QCOMPARE(box->itemText(0), u"No account role"_s);

    // Descriptions show under the box; deprecated and custom roles are marked.
    for (const ftsandbox::SandboxRole &role : f.sandbox.store().roles()) {
        if (!role.scope.contains(u"ACCOUNT"_s))
            continue;
        const int index = box->findData(role.name);
        QVERIFY(index > 0);
        if (role.isDeprecated)
            QVERIFY2(box->itemText(index).contains(u"deprecated"_s), qPrintable(role.name));
        if (role.isCustom)
            QVERIFY2(box->itemText(index).contains(u"custom"_s), qPrintable(role.name));
        box->setCurrentIndex(index);
        QVERIFY(dialog->rolePicker()->descriptionLabel()->text().startsWith(role.description));
    }
    dialog->reject();
}

void TestInviteUserDialog::duplicateEmailShownAtTheField()
{
    DialogFixture f;
    QVERIFY(f.open());
    const int before = f.session->users()->rowCount();
    const QString taken = f.sandbox.store().users().at(2).email;
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, taken.toUpper(), u"Account Reviewer"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));

    // The plan's check knows the address before anything is sent.
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY2(dialog->banner()->text().contains(u"is already a user of the account"_s),
             qPrintable(dialog->banner()->text()));
    QVERIFY(dialog->fieldError(dialog->emailEdit()).contains(u"already a user"_s));
    QCOMPARE(f.requests(u"POST /users"_s), 0);
    QCOMPARE(dialog->emailEdit()->text(), taken.toUpper());
    QCOMPARE(dialog->givenNameEdit()->text(), u"Ann"_s);
    QCOMPARE(f.session->users()->rowCount(), before);
    QCOMPARE(int(f.sandbox.store().users().size()), before);

    // Editing the e-mail takes the server's complaint away, and a new address goes through.
    fttest::typeInto(dialog->emailEdit(), u"ann.lee@example.com"_s);
    QVERIFY(dialog->fieldError(dialog->emailEdit()).isEmpty());
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    QCOMPARE(f.session->users()->rowCount(), before + 1);
}

void TestInviteUserDialog::unknownRoleShownAtTheField()
{
    DialogFixture f;
    QVERIFY(f.open());
    // The role list went stale: a role the service no longer knows is still offered.
    QVector<ftapi::Role> roles = f.session->roles()->roles();
    roles.append(ftapi::Role {
        u"Ghost Role"_s, u"Was removed since."_s, { u"ACCOUNT"_s }, true, false, std::nullopt });
    f.session->roles()->setRoles(roles);

    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Ghost Role"_s));
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Ghost Role"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->fieldError(dialog->rolePicker()).contains(u"Ghost Role"_s));
    QCOMPARE(dialog->emailEdit()->text(), u"ann.lee@example.com"_s);
    QVERIFY(!f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));
}

void TestInviteUserDialog::timeoutKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    const int before = f.session->users()->rowCount();
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Account Analyst"_s));
    f.hangWithTimeout();
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->busyIndicator()->isVisible());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setHang(false);

    QVERIFY(fttest::showsFailure(dialog));
    // The invitation may have been made: the console tried to read the users to find out,
    // and says it could not.
    QVERIFY(dialog->banner()->text().contains(u"did not answer in time"_s));
    QVERIFY(dialog->banner()->text().contains(u"It is not known whether the change was made"_s));
    QVERIFY(dialog->banner()->text().contains(u"Refresh"_s));
    QVERIFY(!dialog->busyIndicator()->isVisible());
    QCOMPARE(dialog->emailEdit()->text(), u"ann.lee@example.com"_s);
    QCOMPARE(dialog->familyNameEdit()->text(), u"Lee"_s);
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Account Analyst"_s));
    QVERIFY(dialog->okButton()->isEnabled()); // ready to try again
    QCOMPARE(f.session->users()->rowCount(), before);
}

void TestInviteUserDialog::serverErrorKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Account Analyst"_s));
    f.sandbox.server().setFailRate(1.0);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setFailRate(0);

    QVERIFY(fttest::showsFailure(dialog));
    QCOMPARE(dialog->givenNameEdit()->text(), u"Ann"_s);
    QCOMPARE(dialog->phoneEdit()->text(), u"+1 415 555 0199"_s);
    QVERIFY(!f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    // The focus is back in the form, not on Cancel: Enter sends again and loses nothing.
    QWidget *focused = dialog->focusWidget();
    QVERIFY(focused);
    QVERIFY(focused != dialog->cancelButton());
    QTest::keyClick(focused, Qt::Key_Return);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard); // sent, and closed on success
    QVERIFY(f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));
}

// Cancel after the invitation left: the dialog closes at once, and the answer, when it comes,
// still lands in the list (the person was invited; hiding that would be a lie).
void TestInviteUserDialog::cancelWhileSendingClosesAndIgnoresTheAnswer()
{
    DialogFixture f;
    QVERIFY(f.open());
    ftmodels::UsersModel *users = f.session->users();
    QSignalSpy inserted(users, &QAbstractItemModel::rowsInserted);
    f.sandbox.server().setLatencyMs(1500); // the sandbox acts at once and answers late
    auto *dialog = new ftui::InviteUserDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(fillAnn(dialog, u"ann.lee@example.com"_s, u"Account Analyst"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY(f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));
    QVERIFY(fttest::isOpenAndBusy(guard));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!fttest::isOpenAndBusy(guard));
    QTRY_VERIFY(!guard);

    // The answer comes after the dialog is gone: one row is inserted, nothing crashes.
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 10000);
    QVERIFY(users->rowOf(f.sandbox.store().userByEmail(u"ann.lee@example.com"_s)->id) >= 0);
    QCOMPARE(f.requests(u"POST /users"_s), 1);
}

QTEST_MAIN(TestInviteUserDialog)
#include "tst_inviteuserdialog.moc"

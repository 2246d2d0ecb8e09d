#include "dialogfixture.h"
#include "edituserdialog.h"
#include "userdetailspanel.h"

using namespace Qt::StringLiterals;
using fttest::DialogFixture;

namespace {

const QString kPriya = u"candid_atlas"_s; // Account Analyst, phone, no picture
const QString kMarcus = u"decorum_mantle"_s; // Account Administrator, picture, no phone
const QString kOlivia = u"nozzle_eat"_s; // Account Administrator

ftsandbox::SandboxUserPatch roleChange(const QString &role)
{
    ftsandbox::SandboxUserPatch patch;
    patch.role = role;
    return patch;
}

} // namespace

class TestEditUserDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesOnlyWhatChanged();
    void emptyPictureClearsIt();
    void emailIsReadOnlyWithANote();
    void okWaitsForAChangeAndValidInput();
    void lastAdministratorKeepsTheRoleBeforeSending();
    void serverRefusesToDemoteTheLastAdministrator();
    void unknownRoleShownAtTheField();
    void timeoutKeepsWhatWasTyped();
    void serverErrorKeepsWhatWasTyped();
};

void TestEditUserDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestEditUserDialog::savesOnlyWhatChanged()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kPriya));
    QSignalSpy refreshed(f.session.get(), &ftmodels::Session::userRefreshed);
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    QVERIFY(refreshed.wait(10000)); // it reads her again as it opens (user_details)
    QCOMPARE(dialog->givenNameEdit()->text(), u"Priya"_s);
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Account Analyst"_s));

    fttest::typeInto(dialog->givenNameEdit(), u"Priyanka"_s);
    fttest::typeInto(dialog->phoneEdit(), QString());
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Reviewer"_s));

    const ftapi::UserUpdate body = dialog->update();
    QCOMPARE(body.givenName, std::optional<QString>(u"Priyanka"_s));
    QVERIFY(!body.familyName);
    QVERIFY(body.phone.has_value() && !body.phone->has_value()); // JSON null: clear it
    QVERIFY(!body.picture);
    QCOMPARE(body.role, std::optional<QString>(u"Account Reviewer"_s));

    // Someone else renames her meanwhile: a field this dialog did not touch must survive.
    ftsandbox::SandboxUserPatch rename;
    rename.familyName = u"Sharma-Patel"_s;
    QVERIFY(!f.sandbox.store().updateUser(kPriya, rename, nullptr).isError());

    ftmodels::UsersModel *users = f.session->users();
    QSignalSpy changed(users, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(users, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(users, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(users, &QAbstractItemModel::modelReset);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    const ftsandbox::SandboxUser *stored = f.sandbox.store().user(kPriya);
    QVERIFY(stored);
    QCOMPARE(stored->givenName, u"Priyanka"_s);
    QCOMPARE(stored->familyName, u"Sharma-Patel"_s);
    QVERIFY(!stored->phone);
    QCOMPARE(stored->role, std::optional<QString>(u"Account Reviewer"_s));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(*users->user(kPriya), fttest::toApiUser(*stored));
    const ftui::UserDetailsPanel *details = f.window->detailsPanel();
    QCOMPARE(details->fieldText(u"detailsName"_s), u"Priyanka Sharma-Patel"_s);
    QCOMPARE(details->fieldText(u"detailsRole"_s), u"Account Reviewer"_s);
    QCOMPARE(details->fieldText(u"detailsPhone"_s), u"Not given"_s);
    QCOMPARE(f.window->usersView()->selectedUserId(), kPriya);
}

void TestEditUserDialog::emptyPictureClearsIt()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.sandbox.store().user(kMarcus)->picture);
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kMarcus, f.window.get());
    dialog->open();
    fttest::typeInto(dialog->pictureEdit(), QString());
    fttest::typeInto(dialog->phoneEdit(), u"+1 415 555 0100"_s);
    const ftapi::UserUpdate body = dialog->update();
    QVERIFY(body.picture.has_value() && !body.picture->has_value());
    QCOMPARE(body.phone, std::optional<std::optional<QString>>(u"+1 415 555 0100"_s));
    QVERIFY(!body.givenName && !body.familyName && !body.role);

    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    const ftsandbox::SandboxUser *stored = f.sandbox.store().user(kMarcus);
    QVERIFY(!stored->picture);
    QCOMPARE(stored->phone, std::optional<QString>(u"+1 415 555 0100"_s));
    QVERIFY(!f.session->users()->user(kMarcus)->picture);
}

void TestEditUserDialog::emailIsReadOnlyWithANote()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    QLineEdit *email = dialog->emailEdit();
    QCOMPARE(email->text(), f.sandbox.store().user(kPriya)->email);
    QVERIFY(email->isReadOnly());
    email->setFocus();
    QTest::keyClicks(email, u"x"_s);
    QCOMPARE(email->text(), f.sandbox.store().user(kPriya)->email);
    auto *note = dialog->findChild<QLabel *>(u"emailNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"cannot be changed"_s));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->reject();
}

void TestEditUserDialog::okWaitsForAChangeAndValidInput()
{
    DialogFixture f;
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet

    fttest::typeInto(dialog->familyNameEdit(), u"Shah"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    fttest::typeInto(dialog->familyNameEdit(), u"Sharma"_s); // back to what it was
    QVERIFY(!dialog->okButton()->isEnabled());

    fttest::typeInto(dialog->givenNameEdit(), QString());
    QVERIFY(dialog->fieldError(dialog->givenNameEdit()).contains(u"given name"_s));
    QVERIFY(!dialog->okButton()->isEnabled());
    fttest::typeInto(dialog->givenNameEdit(), QString(101, u'x'));
    QVERIFY(dialog->fieldError(dialog->givenNameEdit()).contains(u"100"_s));
    fttest::typeInto(dialog->givenNameEdit(), u"Priya"_s);
    fttest::typeInto(dialog->phoneEdit(), u"phone me"_s);
    QVERIFY(!dialog->fieldError(dialog->phoneEdit()).isEmpty());
    QVERIFY(!dialog->okButton()->isEnabled());
    fttest::typeInto(dialog->phoneEdit(), u"+44 20 7946 0999"_s);
    QVERIFY(dialog->fieldError(dialog->phoneEdit()).isEmpty());
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(f.requests(u"PATCH /users/{id}"_s), 0);
    dialog->reject();
}

void TestEditUserDialog::lastAdministratorKeepsTheRoleBeforeSending()
{
    DialogFixture f;
    // Olivia is the only administrator left before the window opens.
    QVERIFY(!f.sandbox.store()
                 .updateUser(kMarcus, roleChange(u"Account Analyst"_s), nullptr)
                 .isError());
    QVERIFY(f.open());
    f.sandbox.server().resetStats();
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kOlivia, f.window.get());
    dialog->open();
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Analyst"_s));
    const QString problem = dialog->fieldError(dialog->rolePicker());
    QVERIFY2(problem.contains(u"only Account Administrator"_s), qPrintable(problem));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.requests(u"PATCH /users/{id}"_s), 0);

    // A change of name alone is fine.
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Administrator"_s));
    QVERIFY(dialog->fieldError(dialog->rolePicker()).isEmpty());
    fttest::typeInto(dialog->givenNameEdit(), u"Liv"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
}

void TestEditUserDialog::serverRefusesToDemoteTheLastAdministrator()
{
    DialogFixture f;
    QVERIFY(f.open());
    // Another administrator demotes Marcus after the list was loaded: only the server knows.
    QVERIFY(!f.sandbox.store()
                 .updateUser(kMarcus, roleChange(u"Account Analyst"_s), nullptr)
                 .isError());
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kOlivia, f.window.get());
    dialog->open();
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Analyst"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));

    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"last Account Administrator"_s));
    QVERIFY(dialog->fieldError(dialog->rolePicker()).contains(u"last Account Administrator"_s));
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Account Analyst"_s));
    QCOMPARE(f.sandbox.store().user(kOlivia)->role,
             std::optional<QString>(u"Account Administrator"_s));
    QCOMPARE(f.session->users()->user(kOlivia)->role,
             std::optional<QString>(u"Account Administrator"_s));
}

void TestEditUserDialog::unknownRoleShownAtTheField()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVector<ftapi::Role> roles = f.session->roles()->roles();
    roles.append(ftapi::Role {
        u"Ghost Role"_s, u"Removed since."_s, { u"ACCOUNT"_s }, true, false, std::nullopt });
    f.session->roles()->setRoles(roles);
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Ghost Role"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->fieldError(dialog->rolePicker()).contains(u"Ghost Role"_s));
    QCOMPARE(f.sandbox.store().user(kPriya)->role, std::optional<QString>(u"Account Analyst"_s));
}

void TestEditUserDialog::timeoutKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    fttest::typeInto(dialog->givenNameEdit(), u"Priyanka"_s);
    f.hangWithTimeout();
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->givenNameEdit()->isEnabled()); // locked while the call runs
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setHang(false);

    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"did not answer in time"_s));
    QCOMPARE(dialog->givenNameEdit()->text(), u"Priyanka"_s);
    QVERIFY(dialog->givenNameEdit()->isEnabled());
    QCOMPARE(f.session->users()->user(kPriya)->givenName, u"Priya"_s);
}

void TestEditUserDialog::serverErrorKeepsWhatWasTyped()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new ftui::EditUserDialog(f.session.get(), kPriya, f.window.get());
    dialog->open();
    fttest::typeInto(dialog->familyNameEdit(), u"Shah"_s);
    f.sandbox.server().setFailRate(1.0);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setFailRate(0);

    QVERIFY(fttest::showsFailure(dialog));
    QCOMPARE(dialog->familyNameEdit()->text(), u"Shah"_s);
    QCOMPARE(f.sandbox.store().user(kPriya)->familyName, u"Sharma"_s);

    // Trying again once the service is back works, from what is still typed.
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    QCOMPARE(f.sandbox.store().user(kPriya)->familyName, u"Shah"_s);
}

QTEST_MAIN(TestEditUserDialog)
#include "tst_edituserdialog.moc"

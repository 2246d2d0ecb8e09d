#include "emptystate.h"
#include "membershipsview.h"
#include "rolesmodel.h"
#include "timeformat.h"
#include "uifixture.h"
#include "userdetailspanel.h"

#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

QString firstUserWithout(const ftsandbox::SandboxStore &store)
{
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (store.groupMemberships(user.id).isEmpty()
            && store.connectionMemberships(user.id).isEmpty())
            return user.id;
    }
    return {};
}

} // namespace

class TestUserDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderWithoutUser();
    void noMembershipsIsSaid();
    void deletedConnectionIsSaid();
    void profileFields();
    void editsShowAtOnce();
};

void TestUserDetailsPanel::placeholderWithoutUser()
{
    fttest::UiFixture f(fttest::generatedAccount(5));
    ftui::UserDetailsPanel panel(f.session.get());
    panel.show();
    QVERIFY(!panel.isShowingUser());
    QVERIFY(f.startAndWait());
    f.session->setCurrentUser(f.session->users()->userAt(0).id);
    QVERIFY(panel.isShowingUser());
    f.session->setCurrentUser({});
    QVERIFY(!panel.isShowingUser());
}

void TestUserDetailsPanel::noMembershipsIsSaid()
{
    fttest::UiFixture f(fttest::generatedAccount(10, 2, 4, 0));
    ftui::UserDetailsPanel panel(f.session.get());
    panel.show();
    QVERIFY(f.startAndWait());
    const QString id = firstUserWithout(f.sandbox.store());
    QVERIFY(!id.isEmpty());
    f.session->setCurrentUser(id);
    QVERIFY(f.waitIdle());
    QCOMPARE(panel.destinations()->emptyState()->message(),
             u"This user has no destination memberships."_s);
    panel.tabs()->setCurrentIndex(1);
    QVERIFY(panel.connections()->emptyState()->isVisible());
    QCOMPARE(panel.connections()->emptyState()->message(),
             u"This user has no connection memberships."_s);
    QCOMPARE(panel.tabs()->tabText(0), u"Destinations (0)"_s);
}

void TestUserDetailsPanel::deletedConnectionIsSaid()
{
    fttest::UiFixture f(fttest::generatedAccount(40, 3, 8, 4));
    ftsandbox::SandboxStore &store = f.sandbox.store();
    const QString id = f.userWith(0, 1);
    const QString gone = store.connectionMemberships(id).constFirst().id;
    store.removeConnection(gone);
    ftui::UserDetailsPanel panel(f.session.get());
    panel.show();
    QVERIFY(f.startAndWait());
    f.session->setCurrentUser(id);
    QVERIFY(f.waitIdle());
    QStringList names;
    for (int row = 0; row < panel.connections()->count(); ++row)
        names.append(panel.connections()->targetNameAt(row));
    QVERIFY2(names.contains(gone + u" (deleted connection)"_s), qPrintable(names.join(u", "_s)));
}

void TestUserDetailsPanel::profileFields()
{
    fttest::UiFixture f(fttest::generatedAccount(80));
    ftui::UserDetailsPanel panel(f.session.get());
    panel.show();
    QVERIFY(f.startAndWait());
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    // One who never signed in and one who did; one without a phone.
    const ftsandbox::SandboxUser *never = nullptr;
    const ftsandbox::SandboxUser *signedIn = nullptr;
    for (const ftsandbox::SandboxUser &user : store.users()) {
        if (!user.loggedInAt && !never)
            never = &user;
        if (user.loggedInAt && user.role && user.phone && !signedIn)
            signedIn = &user;
    }
    QVERIFY(never && signedIn);

    f.session->setCurrentUser(never->id);
    QCOMPARE(panel.fieldText(u"detailsLastLogin"_s), u"Never signed in"_s);

    f.session->setCurrentUser(signedIn->id);
    const QDateTime login = fttest::sandboxTime(*signedIn->loggedInAt);
    QVERIFY(panel.fieldText(u"detailsLastLogin"_s).contains(ftmodels::TimeFormat::exact(login)));
    QVERIFY(
        panel.fieldText(u"detailsLastLogin"_s).startsWith(ftmodels::TimeFormat::relative(login)));
    QCOMPARE(panel.fieldText(u"detailsPhone"_s), *signedIn->phone);
    QCOMPARE(panel.fieldText(u"detailsRole"_s), *signedIn->role);
    QVERIFY(panel.fieldText(u"detailsRoleDescription"_s)
                .startsWith(store.role(*signedIn->role)->description));
    QCOMPARE(panel.fieldText(u"detailsCreated"_s),
             ftmodels::TimeFormat::exact(fttest::sandboxTime(signedIn->createdAt)));
}

void TestUserDetailsPanel::editsShowAtOnce()
{
    fttest::UiFixture f(fttest::generatedAccount(10));
    ftui::UserDetailsPanel panel(f.session.get());
    panel.show();
    QVERIFY(f.startAndWait());
    ftapi::User user = f.session->users()->userAt(3);
    f.session->setCurrentUser(user.id);
    user.givenName = u"Changed"_s;
    user.role.reset();
    f.session->upsertUser(user); // as an edit dialog will
    QVERIFY(panel.fieldText(u"detailsName"_s).startsWith(u"Changed "_s));
    QCOMPARE(panel.fieldText(u"detailsRole"_s), u"No account role"_s);
}

QTEST_MAIN(TestUserDetailsPanel)
#include "tst_userdetailspanel.moc"

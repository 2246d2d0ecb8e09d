#include "dialogfixture.h"
#include "membershipdialog.h"
#include "membershipsview.h"
#include "namedirectory.h"
#include "targetpicker.h"
#include "userdetailspanel.h"

#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using fttest::DialogFixture;

namespace {

const QString kJames = u"keen_walnut"_s; // Production Snowflake (Manage Destination), app_db

QSet<QString> shownMemberships(const ftui::MembershipsView *view)
{
    QSet<QString> rows;
    for (int row = 0; row < view->count(); ++row)
        rows.insert(view->targetNameAt(row) + u" | "_s + view->roleAt(row));
    return rows;
}

QStringList rolesOfScope(const ftsandbox::SandboxStore &store, const QString &scope)
{
    QStringList names;
    for (const ftsandbox::SandboxRole &role : store.roles()) {
        if (role.scope.contains(scope))
            names.append(role.name);
    }
    return names;
}

QStringList offeredRoles(const ftui::RolePicker *picker)
{
    QStringList names;
    for (int i = 0; i < picker->comboBox()->count(); ++i)
        names.append(picker->comboBox()->itemData(i).toString());
    return names;
}

// Opens the add dialog for James and waits for the names it offers.
ftui::MembershipDialog *openAdd(DialogFixture &f, MembershipKind kind)
{
    auto *dialog = new ftui::MembershipDialog(f.session.get(), kJames, kind, f.window.get());
    dialog->open();
    if (!QTest::qWaitFor([&] { return dialog->targetPicker()->isLoaded(); }, 10000))
        return nullptr;
    return dialog;
}

} // namespace

class TestMembershipDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsToADestinationPickedByName();
    void addsToAConnectionListedUnderItsDestination();
    void offersRolesOfTheRightScopeOnly();
    void changesTheRoleOfAMembership();
    void duplicateMembershipShownAtTheTarget();
    void unknownRoleShownAtTheRole();
    void timeoutKeepsTheChoice();
    void serverErrorKeepsTheChoice();
};

void TestMembershipDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestMembershipDialog::addsToADestinationPickedByName()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    ftui::MembershipDialog *dialog = openAdd(f, MembershipKind::Group);
    QVERIFY(dialog);
    ftui::TargetPicker *picker = dialog->targetPicker();

    // Every destination by name, in order; the one he is in is shown but cannot be chosen.
    QTreeWidget *tree = picker->tree();
    QCOMPARE(tree->topLevelItemCount(), int(f.sandbox.store().groups().size()));
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names.append(tree->topLevelItem(i)->text(0));
    QCOMPARE(names.at(0), u"Finance Redshift"_s);
    QCOMPARE(names.at(1), u"Marketing BigQuery"_s);
    QVERIFY(names.at(2).startsWith(u"Production Snowflake"_s));
    QVERIFY(names.at(2).contains(u"already a member (Manage Destination)"_s));
    QVERIFY(!picker->select(u"warm_harbor"_s));

    QVERIFY(!dialog->okButton()->isEnabled());
    fttest::typeInto(picker->filterEdit(), u"market"_s);
    QCOMPARE(picker->selectedId(), u"quiet_summit"_s);
    QCOMPARE(picker->choosableCount(), 1);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Destination"_s));
    QVERIFY(dialog->okButton()->isEnabled());

    ftmodels::MembershipsModel *model = f.session->memberships();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    ftsandbox::SandboxMembership stored;
    QVERIFY(
        !f.sandbox.store()
             .findMembership(ftsandbox::MembershipKind::Group, kJames, u"quiet_summit"_s, &stored)
             .isError());
    QCOMPARE(stored.role, u"View Destination"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    const QSet<QString> shown = shownMemberships(f.window->detailsPanel()->destinations());
    QVERIFY(shown.contains(u"Marketing BigQuery | View Destination"_s));
    QVERIFY(shown.contains(u"Production Snowflake | Manage Destination"_s));
}

void TestMembershipDialog::addsToAConnectionListedUnderItsDestination()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    ftui::MembershipDialog *dialog = openAdd(f, MembershipKind::Connection);
    QVERIFY(dialog);
    ftui::TargetPicker *picker = dialog->targetPicker();
    const ftmodels::NameDirectory *names = f.session->names();

    // Destinations are headings (not choices), each with its own connections under it.
    QTreeWidget *tree = picker->tree();
    int connections = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = tree->topLevelItem(i);
        QVERIFY(!(heading->flags() & Qt::ItemIsSelectable));
        const ftapi::Group *group = nullptr;
        for (const ftapi::Group &g : names->groups()) {
            if (g.name == heading->text(0))
                group = names->group(g.id);
        }
        QVERIFY2(group, qPrintable(heading->text(0)));
        QCOMPARE(heading->childCount(), int(names->connectionsOfGroup(group->id).size()));
        connections += heading->childCount();
    }
    QCOMPARE(connections, int(f.sandbox.store().connections().size()));

    // Type, then move with the arrow keys from the box, as a person would.
    fttest::typeInto(picker->filterEdit(), u"goo"_s); // google_ads and google_sheets
    QCOMPARE(picker->choosableCount(), 2);
    const QString first = picker->selectedId();
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QVERIFY(picker->selectedId() != first);
    fttest::typeInto(picker->filterEdit(), u"hubspot"_s);
    QCOMPARE(picker->selectedId(), u"lucid_beacon"_s);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Edit Connection"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    ftsandbox::SandboxMembership stored;
    QVERIFY(!f.sandbox.store()
                 .findMembership(ftsandbox::MembershipKind::Connection, kJames, u"lucid_beacon"_s,
                                 &stored)
                 .isError());
    QCOMPARE(stored.role, u"Edit Connection"_s);
    const QString name = names->targetName(MembershipKind::Connection, u"lucid_beacon"_s);
    QVERIFY(name.contains(u"hubspot"_s));
    QVERIFY(shownMemberships(f.window->detailsPanel()->connections())
                .contains(name + u" | Edit Connection"_s));
}

void TestMembershipDialog::offersRolesOfTheRightScopeOnly()
{
    DialogFixture f;
    QVERIFY(f.open());
    const ftsandbox::SandboxStore &store = f.sandbox.store();
    for (MembershipKind kind : { MembershipKind::Group, MembershipKind::Connection }) {
        ftui::MembershipDialog *dialog = openAdd(f, kind);
        QVERIFY(dialog);
        const QString scope = kind == MembershipKind::Group ? u"DESTINATION"_s : u"CONNECTOR"_s;
        QCOMPARE(offeredRoles(dialog->rolePicker()), rolesOfScope(store, scope));
        QComboBox *box = dialog->rolePicker()->comboBox();
        for (const ftsandbox::SandboxRole &role : store.roles()) {
            if (!role.scope.contains(scope) || !role.isDeprecated)
                continue;
            const QString text = box->itemText(box->findData(role.name));
            QVERIFY2(text.contains(u"deprecated: use %1"_s.arg(role.replacementRoleName)),
                     qPrintable(text));
        }
        dialog->reject();
    }
}

void TestMembershipDialog::changesTheRoleOfAMembership()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    auto *dialog = new ftui::MembershipDialog(f.session.get(), kJames, MembershipKind::Group,
                                              u"warm_harbor"_s, f.window.get());
    dialog->open();
    QCOMPARE(dialog->findChild<QLabel *>(u"targetName"_s)->text(), u"Production Snowflake"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"currentRole"_s)->text(), u"Manage Destination"_s);
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"Manage Destination"_s));
    QVERIFY(!dialog->okButton()->isEnabled()); // the same role is no change

    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Edit Destination"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    ftmodels::MembershipsModel *model = f.session->memberships();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);

    ftsandbox::SandboxMembership stored;
    QVERIFY(
        !f.sandbox.store()
             .findMembership(ftsandbox::MembershipKind::Group, kJames, u"warm_harbor"_s, &stored)
             .isError());
    QCOMPARE(stored.role, u"Edit Destination"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(inserted.count() + removed.count(), 0);
    const QSet<QString> shown = shownMemberships(f.window->detailsPanel()->destinations());
    QCOMPARE(shown, QSet<QString> { u"Production Snowflake | Edit Destination"_s });
}

void TestMembershipDialog::duplicateMembershipShownAtTheTarget()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    ftui::MembershipDialog *dialog = openAdd(f, MembershipKind::Group);
    QVERIFY(dialog);
    fttest::typeInto(dialog->targetPicker()->filterEdit(), u"Finance"_s);
    QCOMPARE(dialog->targetPicker()->selectedId(), u"amber_meadow"_s);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Destination"_s));
    // Someone else adds him there first.
    f.sandbox.store().addGroupMembership(kJames,
                                         { u"amber_meadow"_s, u"Edit Destination"_s, {}, 0 });

    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"already a member"_s));
    QVERIFY(dialog->fieldError(dialog->targetPicker()).contains(u"already a member"_s));
    QCOMPARE(dialog->targetPicker()->filterEdit()->text(), u"Finance"_s);
    QCOMPARE(dialog->targetPicker()->selectedId(), u"amber_meadow"_s);
    ftsandbox::SandboxMembership stored;
    f.sandbox.store().findMembership(ftsandbox::MembershipKind::Group, kJames, u"amber_meadow"_s,
                                     &stored);
    QCOMPARE(stored.role, u"Edit Destination"_s); // not overwritten
}

void TestMembershipDialog::unknownRoleShownAtTheRole()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    QVector<ftapi::Role> roles = f.session->roles()->roles();
    roles.append(ftapi::Role { u"Ghost Destination Role"_s,
                               u"Removed since."_s,
                               { u"DESTINATION"_s },
                               true,
                               false,
                               std::nullopt });
    f.session->roles()->setRoles(roles);
    ftui::MembershipDialog *dialog = openAdd(f, MembershipKind::Group);
    QVERIFY(dialog);
    fttest::typeInto(dialog->targetPicker()->filterEdit(), u"Finance"_s);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Ghost Destination Role"_s));
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->fieldError(dialog->rolePicker()).contains(u"Ghost Destination Role"_s));
    QCOMPARE(dialog->targetPicker()->selectedId(), u"amber_meadow"_s);
    QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 1);
}

void TestMembershipDialog::timeoutKeepsTheChoice()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    ftui::MembershipDialog *dialog = openAdd(f, MembershipKind::Group);
    QVERIFY(dialog);
    fttest::typeInto(dialog->targetPicker()->filterEdit(), u"Finance"_s);
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Destination"_s));
    f.hangWithTimeout();
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setHang(false);
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"did not answer in time"_s));
    QVERIFY(dialog->banner()->text().contains(u"It is not known whether the change was made"_s));
    QCOMPARE(dialog->targetPicker()->selectedId(), u"amber_meadow"_s);
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"View Destination"_s));
    QCOMPARE(f.session->memberships()->count(MembershipKind::Group), 1);
}

void TestMembershipDialog::serverErrorKeepsTheChoice()
{
    DialogFixture f;
    QVERIFY(f.open());
    QVERIFY(f.selectUser(kJames));
    auto *dialog = new ftui::MembershipDialog(f.session.get(), kJames, MembershipKind::Connection,
                                              u"placid_otter"_s, f.window.get());
    dialog->open();
    QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Connection"_s));
    f.sandbox.server().setFailRate(1.0);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    f.sandbox.server().setFailRate(0);
    QVERIFY(fttest::showsFailure(dialog));
    QCOMPARE(dialog->rolePicker()->selectedRole(), std::optional<QString>(u"View Connection"_s));
    ftsandbox::SandboxMembership stored;
    f.sandbox.store().findMembership(ftsandbox::MembershipKind::Connection, kJames,
                                     u"placid_otter"_s, &stored);
    QCOMPARE(stored.role, u"Manage Connection"_s);
}

QTEST_MAIN(TestMembershipDialog)
#include "tst_membershipdialog.moc"

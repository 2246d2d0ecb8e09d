#include "rolepicker.h"
#include "rolesmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVector<ftapi::Role> someRoles()
{
    return {
        { u"Account Administrator"_s,
          u"Everything in the account."_s,
          { u"ACCOUNT"_s },
          false,
          false,
          std::nullopt },
        { u"Manage Destination"_s,
          u"Runs a destination."_s,
          { u"DESTINATION"_s },
          false,
          false,
          std::nullopt },
        { u"Account Reviewer"_s,
          u"Reads everything."_s,
          { u"ACCOUNT"_s },
          false,
          true,
          u"Account Analyst"_s },
        { u"Account Analyst"_s,
          u"Reads and analyses."_s,
          { u"ACCOUNT"_s },
          false,
          false,
          std::nullopt },
        { u"Security Auditor"_s, u"Audits access."_s, { u"account"_s }, true, false, std::nullopt },
        { u"Team Lead"_s, u"Leads a team."_s, { u"TEAM"_s }, false, false, std::nullopt },
    };
}

QStringList items(const ftui::RolePicker &picker)
{
    QStringList out;
    for (int i = 0; i < picker.comboBox()->count(); ++i)
        out.append(picker.comboBox()->itemText(i));
    return out;
}

} // namespace

class TestRolePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheScopesRolesInTheServersOrder();
    void describesTheChoice();
    void noneChoice();
    void unknownCurrentRoleStaysVisible();
    void reloadKeepsTheChoice();
    void saysWhenThereAreNoRoles();
};

void TestRolePicker::offersTheScopesRolesInTheServersOrder()
{
    ftmodels::RolesModel roles;
    roles.setRoles(someRoles());
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    QCOMPARE(items(picker),
             (QStringList { u"Account Administrator"_s,
                            u"Account Reviewer (deprecated: use Account Analyst)"_s,
                            u"Account Analyst"_s, u"Security Auditor (custom)"_s }));
    QVERIFY(!picker.hasChoice()); // nothing chosen for the person
    QVERIFY(!picker.selectedRole());
    QCOMPARE(picker.comboBox()->placeholderText(), u"Choose a role…"_s);

    ftui::RolePicker destinations(&roles, ftmodels::RolesModel::destinationScope());
    QCOMPARE(items(destinations), QStringList { u"Manage Destination"_s });
}

void TestRolePicker::describesTheChoice()
{
    ftmodels::RolesModel roles;
    roles.setRoles(someRoles());
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    QSignalSpy changed(&picker, &ftui::RolePicker::roleChanged);
    picker.setCurrentRole(u"Account Reviewer"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.selectedRole(), std::optional<QString>(u"Account Reviewer"_s));
    QVERIFY(picker.isKnownRole());
    const QString text = picker.descriptionLabel()->text();
    QVERIFY(text.startsWith(u"Reads everything."_s));
    QVERIFY(text.contains(u"Account Analyst replaces it"_s));
    QCOMPARE(
        picker.comboBox()->itemData(picker.comboBox()->currentIndex(), Qt::ToolTipRole).toString(),
        u"Reads everything."_s);
}

void TestRolePicker::noneChoice()
{
    ftmodels::RolesModel roles;
    roles.setRoles(someRoles());
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    picker.setNoneChoice(u"No account role"_s, u"Only memberships."_s);
    QCOMPARE(picker.comboBox()->itemText(0), u"No account role"_s);
    picker.setCurrentRole(std::nullopt);
    QVERIFY(picker.hasChoice());
    QVERIFY(picker.isNoneChosen());
    QVERIFY(!picker.selectedRole());
    QVERIFY(!picker.isKnownRole());
    QCOMPARE(picker.descriptionLabel()->text(), u"Only memberships."_s);
}

void TestRolePicker::unknownCurrentRoleStaysVisible()
{
    ftmodels::RolesModel roles;
    roles.setRoles(someRoles());
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    picker.setCurrentRole(u"Retired Role"_s);
    QCOMPARE(picker.selectedRole(), std::optional<QString>(u"Retired Role"_s));
    QVERIFY(!picker.isKnownRole());
    QVERIFY(picker.comboBox()->currentText().contains(u"not in the service's role list"_s));
    // A role of another scope is not offered as if it belonged here.
    picker.setCurrentRole(u"Manage Destination"_s);
    QVERIFY(!picker.isKnownRole());
}

void TestRolePicker::reloadKeepsTheChoice()
{
    ftmodels::RolesModel roles;
    roles.setRoles(someRoles());
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    picker.setCurrentRole(u"Account Analyst"_s);
    QSignalSpy changed(&picker, &ftui::RolePicker::roleChanged);
    QVector<ftapi::Role> more = someRoles();
    more.prepend({ u"Billing"_s, u"Pays."_s, { u"ACCOUNT"_s }, false, false, std::nullopt });
    roles.setRoles(more);
    QCOMPARE(picker.selectedRole(), std::optional<QString>(u"Account Analyst"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(picker.comboBox()->count(), 5);

    // The chosen role disappears from the list: the choice is gone and says so.
    QVector<ftapi::Role> fewer = someRoles();
    fewer.removeAt(3);
    roles.setRoles(fewer);
    QVERIFY(!picker.hasChoice());
    QCOMPARE(changed.count(), 1);
}

void TestRolePicker::saysWhenThereAreNoRoles()
{
    ftmodels::RolesModel roles; // never loaded, no client
    ftui::RolePicker picker(&roles, ftmodels::RolesModel::accountScope());
    QCOMPARE(picker.comboBox()->count(), 0);
    QVERIFY(!picker.isLoaded());
    QCOMPARE(picker.comboBox()->placeholderText(), u"The roles could not be loaded"_s);
    ftui::RolePicker nothing(nullptr, ftmodels::RolesModel::accountScope());
    QVERIFY(!nothing.hasChoice());
    nothing.setCurrentRole(u"Anything"_s);
    QVERIFY(!nothing.isKnownRole());
}

QTEST_MAIN(TestRolePicker)
#include "tst_rolepicker.moc"

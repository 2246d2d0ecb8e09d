// AccessRules: every role name of API.md's table, current and legacy, at its scope, with and
// without GET /roles; custom, unlisted, misplaced and misspelt roles are Unknown, never guessed;
// replacement_role_name is followed (chains, loops, wrong scopes); the combination of levels.
#include "accessrules.h"
#include "sandboxroles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AccessLevel;
using ftmodels::AccessRules;
using ftmodels::AccessScope;

namespace {

ftapi::Role role(const QString &name, const QStringList &scope, bool custom = false,
                 const QString &replacement = {})
{
    ftapi::Role r;
    r.name = name;
    r.scope = scope;
    r.isCustom = custom;
    r.isDeprecated = !replacement.isEmpty();
    if (!replacement.isEmpty())
        r.replacementRoleName = replacement;
    return r;
}

// The sandbox's GET /roles, as the client would have parsed it.
QVector<ftapi::Role> sandboxRoles()
{
    QVector<ftapi::Role> roles;
    for (const ftsandbox::SandboxRole &s : ftsandbox::defaultSandboxRoles())
        roles.append(role(s.name, s.scope, s.isCustom, s.replacementRoleName));
    return roles;
}

} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleOfTheTable_data();
    void everyRoleOfTheTable();
    void unknownRolesAreNeverGuessed_data();
    void unknownRolesAreNeverGuessed();
    void replacementsAreFollowed();
    void theTableWinsOverAServer();
    void tableListsEveryRoleOfTheService();
    void combine_data();
    void combine();
    void levelKeysRoundTrip();
    void deprecatedComesFromRoles();
};

void TestAccessRules::everyRoleOfTheTable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("tableName");
    const int account = int(AccessScope::Account);
    const int destination = int(AccessScope::Destination);
    const int connection = int(AccessScope::Connection);
    struct Line
    {
        const char *name;
        int scope;
        AccessLevel level;
        const char *current;
    };
    const Line lines[] = {
        { "Account Administrator", account, AccessLevel::Manage, "Account Administrator" },
        { "Account Reviewer", account, AccessLevel::View, "Account Reviewer" },
        { "Account Analyst", account, AccessLevel::View, "Account Analyst" },
        { "Account Billing", account, AccessLevel::None, "Account Billing" },
        { "Destination Creator", account, AccessLevel::None, "Destination Creator" },
        { "Manage Destination", destination, AccessLevel::Manage, "Manage Destination" },
        { "Destination Administrator", destination, AccessLevel::Manage, "Manage Destination" },
        { "Edit Destination", destination, AccessLevel::Edit, "Edit Destination" },
        { "Destination Analyst", destination, AccessLevel::Edit, "Edit Destination" },
        { "View Destination", destination, AccessLevel::View, "View Destination" },
        { "Destination Reviewer", destination, AccessLevel::View, "View Destination" },
        { "Create Connection", destination, AccessLevel::None, "Create Connection" },
        { "Manage Connection", connection, AccessLevel::Manage, "Manage Connection" },
        { "Connector Administrator", connection, AccessLevel::Manage, "Manage Connection" },
        { "Edit Connection", connection, AccessLevel::Edit, "Edit Connection" },
        { "Connector Collaborator", connection, AccessLevel::Edit, "Edit Connection" },
        { "View Connection", connection, AccessLevel::View, "View Connection" },
        { "Connector Reviewer", connection, AccessLevel::View, "View Connection" },
    };
    for (const Line &line : lines)
        QTest::newRow(line.name) << QString::fromUtf8(line.name) << line.scope << int(line.level)
                                 << QString::fromUtf8(line.current);
}

void TestAccessRules::everyRoleOfTheTable()
{
    QFETCH(QString, name);
    QFETCH(int, scope);
    QFETCH(int, level);
    QFETCH(QString, tableName);
    // The table holds without GET /roles, and with the service's list.
    for (const AccessRules &rules : { AccessRules(), AccessRules(sandboxRoles()) }) {
        QCOMPARE(int(rules.level(name, AccessScope(scope))), level);
        QCOMPARE(rules.tableName(name, AccessScope(scope)), tableName);
        // At any other scope the same name is not a role of the table.
        for (AccessScope other :
             { AccessScope::Account, AccessScope::Destination, AccessScope::Connection }) {
            if (int(other) == scope)
                continue;
            QCOMPARE(rules.level(name, other), AccessLevel::Unknown);
            QVERIFY(rules.tableName(name, other).isEmpty());
        }
    }
}

void TestAccessRules::unknownRolesAreNeverGuessed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scope");
    QTest::newRow("custom account role") << u"Security Auditor"_s << int(AccessScope::Account);
    QTest::newRow("custom destination role") << u"Data Steward"_s << int(AccessScope::Destination);
    QTest::newRow("custom connection role") << u"Data Steward"_s << int(AccessScope::Connection);
    QTest::newRow("unlisted") << u"Warehouse Wizard"_s << int(AccessScope::Destination);
    QTest::newRow("empty") << QString() << int(AccessScope::Connection);
    QTest::newRow("other case") << u"account administrator"_s << int(AccessScope::Account);
    QTest::newRow("trailing space") << u"View Connection "_s << int(AccessScope::Connection);
    QTest::newRow("team role") << u"Team Manager"_s << int(AccessScope::Account);
    QTest::newRow("destination role as account role")
        << u"Manage Destination"_s << int(AccessScope::Account);
    QTest::newRow("account role on a connection")
        << u"Account Administrator"_s << int(AccessScope::Connection);
}

void TestAccessRules::unknownRolesAreNeverGuessed()
{
    QFETCH(QString, name);
    QFETCH(int, scope);
    for (const AccessRules &rules : { AccessRules(), AccessRules(sandboxRoles()) }) {
        QCOMPARE(rules.level(name, AccessScope(scope)), AccessLevel::Unknown);
        QVERIFY(rules.tableName(name, AccessScope(scope)).isEmpty());
    }
}

void TestAccessRules::replacementsAreFollowed()
{
    const QStringList connector { u"CONNECTOR"_s };
    const QStringList destination { u"DESTINATION"_s };
    const AccessRules rules({
        role(u"Old Viewer"_s, connector, false, u"View Connection"_s),
        role(u"Older Viewer"_s, connector, false, u"Old Viewer"_s),
        // A chain that ends in a legacy name of the table still lands in the table.
        role(u"Ancient Editor"_s, destination, false, u"Destination Analyst"_s),
        role(u"Loop A"_s, connector, false, u"Loop B"_s),
        role(u"Loop B"_s, connector, false, u"Loop A"_s),
        role(u"Misplaced"_s, connector, false, u"Manage Destination"_s),
        // A custom role is unknown whatever it claims to replace.
        role(u"Custom Heir"_s, connector, true, u"Manage Connection"_s),
        role(u"Dangling"_s, connector, false, u"Nothing Like It"_s),
    });
    QCOMPARE(rules.level(u"Old Viewer"_s, AccessScope::Connection), AccessLevel::View);
    QCOMPARE(rules.tableName(u"Old Viewer"_s, AccessScope::Connection), u"View Connection"_s);
    QCOMPARE(rules.level(u"Older Viewer"_s, AccessScope::Connection), AccessLevel::View);
    QCOMPARE(rules.level(u"Ancient Editor"_s, AccessScope::Destination), AccessLevel::Edit);
    QCOMPARE(rules.tableName(u"Ancient Editor"_s, AccessScope::Destination), u"Edit Destination"_s);
    QCOMPARE(rules.level(u"Loop A"_s, AccessScope::Connection), AccessLevel::Unknown);
    QCOMPARE(rules.level(u"Misplaced"_s, AccessScope::Connection), AccessLevel::Unknown);
    QCOMPARE(rules.level(u"Misplaced"_s, AccessScope::Destination), AccessLevel::Manage);
    QCOMPARE(rules.level(u"Custom Heir"_s, AccessScope::Connection), AccessLevel::Unknown);
    QVERIFY(rules.isCustom(u"Custom Heir"_s));
    QCOMPARE(rules.level(u"Dangling"_s, AccessScope::Connection), AccessLevel::Unknown);
}

void TestAccessRules::theTableWinsOverAServer()
{
    // A server that says otherwise of the table's own names is not believed.
    const AccessRules rules({
        role(u"Destination Reviewer"_s, { u"DESTINATION"_s }, false, u"Manage Destination"_s),
        role(u"Account Administrator"_s, { u"ACCOUNT"_s }, true),
    });
    QCOMPARE(rules.level(u"Destination Reviewer"_s, AccessScope::Destination), AccessLevel::View);
    QCOMPARE(rules.level(u"Account Administrator"_s, AccessScope::Account), AccessLevel::Manage);
}

void TestAccessRules::tableListsEveryRoleOfTheService()
{
    // Every role the service documents for a scope (the sandbox's independent list, custom and
    // team roles aside) is a line of the table, and no other.
    const QPair<QString, AccessScope> scopes[] = { { u"ACCOUNT"_s, AccessScope::Account },
                                                   { u"DESTINATION"_s, AccessScope::Destination },
                                                   { u"CONNECTOR"_s, AccessScope::Connection } };
    for (const auto &[word, scope] : scopes) {
        QStringList documented;
        for (const ftsandbox::SandboxRole &r : ftsandbox::defaultSandboxRoles()) {
            if (!r.isCustom && r.scope.contains(word))
                documented.append(r.name);
        }
        QStringList table = AccessRules::tableRoles(scope);
        documented.sort();
        table.sort();
        QCOMPARE(table, documented);
    }
}

void TestAccessRules::combine_data()
{
    QTest::addColumn<QVector<int>>("levels");
    QTest::addColumn<int>("expected");
    const int none = int(AccessLevel::None);
    const int view = int(AccessLevel::View);
    const int edit = int(AccessLevel::Edit);
    const int manage = int(AccessLevel::Manage);
    const int unknown = int(AccessLevel::Unknown);
    QTest::newRow("nothing") << QVector<int> {} << none;
    QTest::newRow("view") << QVector<int> { view } << view;
    QTest::newRow("highest wins") << QVector<int> { view, manage, edit } << manage;
    QTest::newRow("edit over view") << QVector<int> { view, edit, view } << edit;
    QTest::newRow("unknown alone") << QVector<int> { unknown } << unknown;
    QTest::newRow("unknown may be more than view") << QVector<int> { view, unknown } << unknown;
    QTest::newRow("unknown may be more than edit") << QVector<int> { unknown, edit } << unknown;
    QTest::newRow("nothing is above manage") << QVector<int> { unknown, manage } << manage;
    QTest::newRow("none adds nothing") << QVector<int> { none, view } << view;
}

void TestAccessRules::combine()
{
    QFETCH(QVector<int>, levels);
    QFETCH(int, expected);
    QVector<AccessLevel> typed;
    for (int level : levels)
        typed.append(AccessLevel(level));
    QCOMPARE(int(AccessRules::combine(typed)), expected);
}

void TestAccessRules::levelKeysRoundTrip()
{
    QCOMPARE(AccessRules::levelKey(AccessLevel::Manage), u"manage"_s);
    QCOMPARE(AccessRules::levelKey(AccessLevel::Edit), u"edit"_s);
    QCOMPARE(AccessRules::levelKey(AccessLevel::View), u"view"_s);
    QCOMPARE(AccessRules::levelKey(AccessLevel::Unknown), u"unknown"_s);
    for (AccessLevel level : { AccessLevel::None, AccessLevel::View, AccessLevel::Edit,
                               AccessLevel::Manage, AccessLevel::Unknown })
        QCOMPARE(AccessRules::levelFromKey(AccessRules::levelKey(level)), level);
    QVERIFY(!AccessRules::levelFromKey(u"Manage"_s));
    QVERIFY(AccessRules::isKnown(AccessLevel::View));
    QVERIFY(!AccessRules::isKnown(AccessLevel::Unknown));
    QVERIFY(!AccessRules::isKnown(AccessLevel::None));
}

void TestAccessRules::deprecatedComesFromRoles()
{
    const AccessRules rules(sandboxRoles());
    QVERIFY(rules.isDeprecated(u"Connector Collaborator"_s));
    QVERIFY(rules.isDeprecated(u"Destination Reviewer"_s));
    QVERIFY(!rules.isDeprecated(u"Edit Connection"_s));
    QVERIFY(!rules.isDeprecated(u"Security Auditor"_s));
    QVERIFY(!AccessRules().isDeprecated(u"Connector Collaborator"_s)); // no list, no claim
}

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_accessrules.moc"

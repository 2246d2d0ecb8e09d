#include "modelfixture.h"
#include "rolesmodel.h"
#include "sandboxstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::RolesModel;

class TestRolesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryRole();
    void scopesForPickers();
    void deprecatedRolesAreMarked();
    void failureIsReported();
    void duplicateNamesKeepTheFirst();
};

void TestRolesModel::loadsEveryRole()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5));
    QObject owner;
    RolesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(fttest::newClient(sandbox, &owner));
    QSignalSpy finished(&model, &RolesModel::loadFinished);
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait(10000));
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasLoaded());

    const auto &roles = sandbox.store().roles();
    QCOMPARE(model.rowCount(), int(roles.size()));
    for (int row = 0; row < roles.size(); ++row) {
        const ftsandbox::SandboxRole &expected = roles.at(row);
        QCOMPARE(model.index(row, 0).data(RolesModel::NameRole).toString(), expected.name);
        QCOMPARE(model.index(row, RolesModel::DescriptionColumn).data().toString(),
                 expected.description);
        QCOMPARE(model.index(row, 0).data(RolesModel::ScopeRole).toStringList(), expected.scope);
        QCOMPARE(model.description(expected.name), expected.description);
        QVERIFY(model.role(expected.name));
    }
    QVERIFY(!model.role(u"No Such Role"_s));
    QVERIFY(model.description(u"No Such Role"_s).isEmpty());
}

void TestRolesModel::scopesForPickers()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5));
    QObject owner;
    RolesModel model;
    model.setClient(fttest::newClient(sandbox, &owner));
    QSignalSpy finished(&model, &RolesModel::loadFinished);
    model.reload();
    QVERIFY(finished.wait(10000));

    for (const QString &scope : { RolesModel::accountScope(), RolesModel::destinationScope(),
                                  RolesModel::connectionScope() }) {
        QStringList expected;
        for (const ftsandbox::SandboxRole &role : sandbox.store().roles()) {
            if (role.scope.contains(scope, Qt::CaseInsensitive))
                expected.append(role.name);
        }
        QStringList actual;
        for (const ftapi::Role &role : model.rolesWithScope(scope))
            actual.append(role.name);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(actual, expected);
    }
}

void TestRolesModel::deprecatedRolesAreMarked()
{
    ftapi::Role current {
        u"View Connection"_s, u"Can view."_s, { u"CONNECTOR"_s }, false, false, {}
    };
    ftapi::Role old { u"Connector Reviewer"_s, u"Old."_s, { u"CONNECTOR"_s }, false, true,
                      u"View Connection"_s };
    ftapi::Role custom { u"Auditor"_s, u"Custom."_s, { u"ACCOUNT"_s }, true, false, {} };
    RolesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles({ current, old, custom });
    QCOMPARE(model.index(0, RolesModel::DeprecatedColumn).data().toString(), QString());
    QVERIFY(model.index(1, RolesModel::DeprecatedColumn)
                .data()
                .toString()
                .contains(u"View Connection"_s));
    QCOMPARE(model.index(1, 0).data(RolesModel::DeprecatedRole).toBool(), true);
    QVERIFY(model.index(2, RolesModel::NameColumn).data().toString().contains(u"custom"_s));
    QCOMPARE(model.index(2, 0).data(RolesModel::CustomRole).toBool(), true);
    QCOMPARE(model.index(0, RolesModel::ScopeColumn).data().toString(), u"Connection"_s);
}

void TestRolesModel::failureIsReported()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5));
    sandbox.server().setFailRate(1.0);
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    client->scheduler()->setMaxAttempts(1);
    RolesModel model;
    model.setClient(client);
    QSignalSpy failed(&model, &RolesModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().constFirst().value<ftapi::ApiError>().httpStatus >= 500);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.hasLoaded());
}

void TestRolesModel::duplicateNamesKeepTheFirst()
{
    RolesModel model;
    model.setRoles({ { u"A"_s, u"first"_s, {}, false, false, {} },
                     { u"A"_s, u"second"_s, {}, false, false, {} } });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.description(u"A"_s), u"first"_s);
}

QTEST_MAIN(TestRolesModel)
#include "tst_rolesmodel.moc"

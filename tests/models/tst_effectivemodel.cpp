// EffectiveModel under QAbstractItemModelTester: one row per person and target reached, in
// the export's order, each column as a person reads it and each role as a proxy reads it.
#include "accessreasons.h"
#include "auditexporter.h"
#include "auditfixture.h"
#include "effectivemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::EffectiveModel;

class TestEffectiveModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreTheExpectedOnes()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(30, 3, 10, 3);
        options.teams = 5;
        fttest::TestSandbox sandbox(options);
        const ftmodels::AuditResult result = fttest::auditResultFromStore(sandbox.store());
        EffectiveModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResult(result);
        QCOMPARE(reset.count(), 1);

        const QVector<fttest::ExpectedReach> expected =
            fttest::expectedEffectiveRows(sandbox.store());
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.columnCount(), int(EffectiveModel::ColumnCount));
        for (int r = 0; r < model.rowCount(); ++r) {
            const fttest::ExpectedReach &e = expected.at(r);
            auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model.index(r, column).data(role);
            };
            QCOMPARE(cell(EffectiveModel::UserIdColumn).toString(), e.userId);
            QCOMPARE(cell(EffectiveModel::EmailColumn).toString(), e.email);
            QCOMPARE(cell(EffectiveModel::TargetColumn).toString(), e.targetName);
            QCOMPARE(cell(EffectiveModel::TargetIdColumn).toString(), e.targetId);
            QCOMPARE(ftmodels::AccessRules::levelKey(
                         ftmodels::AccessLevel(cell(0, EffectiveModel::LevelRole).toInt())),
                     e.level);
            QCOMPARE(cell(0, EffectiveModel::SourceRowRole).toInt(), r);
            QCOMPARE(cell(0, EffectiveModel::UserIdRole).toString(), e.userId);
            QCOMPARE(cell(0, EffectiveModel::TargetIdRole).toString(), e.targetId);
            // One sentence per reason, in the order of the export's via.
            const QStringList reasons = model.reasonsAt(r);
            QCOMPARE(reasons.size(), e.via.size());
            QCOMPARE(cell(EffectiveModel::ReasonsColumn).toString(), reasons.join(u"; "_s));
            QCOMPARE(cell(EffectiveModel::ReasonsColumn, Qt::ToolTipRole).toString(),
                     reasons.join(u'\n'));
            QVERIFY(reasons.first().startsWith(ftmodels::AccessReasons::levelText(
                ftmodels::AccessRules::levelFromKey(e.via.first().level).value())));
            const bool redundant =
                ftmodels::AuditFlags::fromInt(cell(0, EffectiveModel::FlagsRole).toInt())
                    .testFlag(ftmodels::AuditFlag::RedundantGrant);
            QCOMPARE(redundant, e.redundantDirect);
            if (redundant)
                QVERIFY(
                    cell(EffectiveModel::FlagsColumn).toString().contains(u"Redundant grant"_s));
        }
        QVERIFY(model.teamsRead());
        QVERIFY(!model.userKeyAt(0).isEmpty());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isEmpty());
    }

    void headersAndSortValues()
    {
        EffectiveModel model;
        QCOMPARE(model.headerData(EffectiveModel::LevelColumn, Qt::Horizontal).toString(),
                 u"Level"_s);
        QCOMPARE(model.headerData(EffectiveModel::ReasonsColumn, Qt::Horizontal).toString(),
                 u"Why"_s);
        ftsandbox::SandboxStore store;
        ftsandbox::SandboxSeeder::seed(store, ftsandbox::SandboxOptions {});
        ftmodels::AuditResult result = fttest::auditResultFromStore(store);
        result.teamsRead = false;
        model.setResult(result);
        QVERIFY(!model.teamsRead());
        // The level sorts by its order (View < Edit < Manage < Unknown), not by its word.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, EffectiveModel::LevelColumn)
                         .data(EffectiveModel::SortValueRole)
                         .toInt(),
                     int(model.rowAt(r).level));
    }
};

QTEST_GUILESS_MAIN(TestEffectiveModel)
#include "tst_effectivemodel.moc"

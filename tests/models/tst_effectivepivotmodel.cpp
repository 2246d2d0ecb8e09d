// EffectivePivotModel under QAbstractItemModelTester: by person and by target, groups and
// their children are the brute force's rows, following the proxy's filters.
#include "auditfixture.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"
#include "effectivepivotmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::EffectiveModel;
using ftmodels::EffectivePivotModel;
using Mode = ftmodels::EffectivePivotModel::Mode;

Q_DECLARE_METATYPE(ftmodels::EffectivePivotModel::Mode)

class TestEffectivePivotModel : public QObject
{
    Q_OBJECT

private:
    void compare(const EffectivePivotModel &pivot, Mode mode,
                 const QVector<fttest::ExpectedReach> &expected, const QVector<int> &rows)
    {
        QStringList keys;
        QHash<QString, QVector<int>> groups;
        for (int i : rows) {
            const fttest::ExpectedReach &e = expected.at(i);
            const QString key = mode == Mode::ByPerson ? e.userId : e.kind + u':' + e.targetId;
            if (!groups.contains(key))
                keys.append(key);
            groups[key].append(i);
        }
        QCOMPARE(pivot.rowCount(), int(keys.size()));
        for (int g = 0; g < pivot.rowCount(); ++g) {
            const QModelIndex group = pivot.index(g, 0);
            QCOMPARE(group.data(EffectivePivotModel::GroupKeyRole).toString(), keys.at(g));
            QVERIFY(group.data(EffectivePivotModel::IsGroupRole).toBool());
            const QVector<int> children = groups.value(keys.at(g));
            QCOMPARE(pivot.rowCount(group), int(children.size()));
            for (int c = 0; c < int(children.size()); ++c) {
                const QModelIndex child = pivot.index(c, 0, group);
                QCOMPARE(child.data(EffectivePivotModel::SourceRowRole).toInt(), children.at(c));
                const fttest::ExpectedReach &e = expected.at(children.at(c));
                if (mode == Mode::ByPerson)
                    QCOMPARE(child.data().toString(), e.targetName);
                else
                    QCOMPARE(
                        pivot.index(c, EffectivePivotModel::DetailColumn, group).data().toString(),
                        e.email);
                QCOMPARE(pivot.index(c, EffectivePivotModel::ReasonsColumn, group)
                             .data()
                             .toString()
                             .count(u"; "_s),
                         int(e.via.size()) - 1);
            }
        }
    }

private Q_SLOTS:
    void groupsFollowTheFilters_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("by person") << Mode::ByPerson;
        QTest::newRow("by target") << Mode::ByTarget;
    }

    void groupsFollowTheFilters()
    {
        QFETCH(Mode, mode);
        ftsandbox::SandboxOptions options = fttest::generatedAccount(30, 3, 10, 3);
        options.teams = 6;
        fttest::TestSandbox sandbox(options);
        const QVector<fttest::ExpectedReach> expected =
            fttest::expectedEffectiveRows(sandbox.store());
        EffectiveModel model;
        ftmodels::EffectiveFilterProxy proxy;
        proxy.setSourceModel(&model);
        EffectivePivotModel pivot(mode);
        QAbstractItemModelTester tester(&pivot,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pivot.setSourceModel(&proxy);
        QCOMPARE(pivot.rowCount(), 0);
        model.setResult(fttest::auditResultFromStore(sandbox.store()));
        QVector<int> all(expected.size());
        std::iota(all.begin(), all.end(), 0);
        compare(pivot, mode, expected, all);

        proxy.setViaFilter(ftmodels::AccessPath::Via::Team);
        QVector<int> team;
        for (int i : all) {
            for (const auto &v : expected.at(i).via) {
                if (v.path == "team"_L1) {
                    team.append(i);
                    break;
                }
            }
        }
        QVERIFY(!team.isEmpty() && team.size() < all.size());
        compare(pivot, mode, expected, team);
        // A group's level column counts its rows by level.
        const QString levels = pivot.index(0, EffectivePivotModel::LevelColumn).data().toString();
        QVERIFY2(levels.contains(u"View"_s) || levels.contains(u"Edit"_s)
                     || levels.contains(u"Manage"_s) || levels.contains(u"Unknown"_s),
                 qPrintable(levels));
        QVERIFY(!pivot.headerData(EffectivePivotModel::LabelColumn, Qt::Horizontal)
                     .toString()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEffectivePivotModel)
#include "tst_effectivepivotmodel.moc"

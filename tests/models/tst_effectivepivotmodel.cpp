// EffectivePivotModel under QAbstractItemModelTester: by person and by target, groups and
// their children are the brute force's rows, following the proxy's filters.
#include "auditfixture.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"
#include "effectivepivotmodel.h"
#include "usersmodel.h"

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
    // The groups and their children are the expected ones, people by name and targets
    // destinations first, then by name, at both levels.
    void compare(const EffectivePivotModel &pivot, Mode mode,
                 const QVector<fttest::ExpectedReach> &expected, const QVector<int> &rows)
    {
        QHash<QString, QSet<int>> groups;
        for (int i : rows) {
            const fttest::ExpectedReach &e = expected.at(i);
            groups[mode == Mode::ByPerson ? e.userId : e.kind + u':' + e.targetId].insert(i);
        }
        QCOMPARE(pivot.rowCount(), int(groups.size()));
        QString lastGroup;
        for (int g = 0; g < pivot.rowCount(); ++g) {
            const QModelIndex group = pivot.index(g, 0);
            const QString key = group.data(EffectivePivotModel::GroupKeyRole).toString();
            QVERIFY2(groups.contains(key), qPrintable(key));
            const QSet<int> children = groups.value(key);
            QCOMPARE(pivot.rowCount(group), int(children.size()));
            const QString groupOrder = sortKey(pivot, group, mode == Mode::ByTarget);
            QVERIFY2(lastGroup <= groupOrder, qPrintable(lastGroup + u" > "_s + groupOrder));
            lastGroup = groupOrder;
            QString lastChild;
            for (int c = 0; c < pivot.rowCount(group); ++c) {
                const QModelIndex child = pivot.index(c, 0, group);
                const int row = child.data(EffectivePivotModel::SourceRowRole).toInt();
                QVERIFY(children.contains(row));
                const QString childOrder = sortKey(pivot, child, mode == Mode::ByPerson);
                QVERIFY2(lastChild <= childOrder, qPrintable(lastChild + u" > "_s + childOrder));
                lastChild = childOrder;
                const fttest::ExpectedReach &e = expected.at(row);
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

    // How a row should sort: a target by kind (destinations first) then name, a person by name.
    static QString sortKey(const EffectivePivotModel &pivot, const QModelIndex &index, bool target)
    {
        Q_UNUSED(pivot)
        const QString label = ftmodels::UsersModel::foldKey(index.data().toString());
        if (!target)
            return label;
        const QString kind =
            index.siblingAtColumn(EffectivePivotModel::DetailColumn).data().toString();
        return (kind == ftmodels::Audit::kindText(ftmodels::AuditKind::Destination) ? u"0"_s
                                                                                    : u"1"_s)
            + label;
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

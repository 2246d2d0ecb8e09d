#include "auditfilterproxy.h"
#include "auditfixture.h"
#include "auditmodel.h"
#include "auditpivotmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AuditFilterProxy;
using ftmodels::AuditFlag;
using ftmodels::AuditKind;
using ftmodels::AuditModel;
using ftmodels::AuditPivotModel;

namespace {

enum Field {
    UserId,
    UserName,
    Email,
    Status,
    LastLogin,
    Kind,
    TargetId,
    TargetName,
    Role,
    Since,
    Flags
};

// Expected groups: key -> row indexes, keys in order of first appearance.
struct Grouping
{
    QStringList keys;
    QHash<QString, QVector<int>> rows;
};

Grouping groupExpected(const QVector<QStringList> &rows, AuditPivotModel::Mode mode,
                       const std::function<bool(const QStringList &)> &keep = {})
{
    Grouping grouping;
    for (int i = 0; i < int(rows.size()); ++i) {
        const QStringList &e = rows.at(i);
        if (keep && !keep(e))
            continue;
        const QString key = mode == AuditPivotModel::Mode::ByUser
            ? e.at(UserId)
            : e.at(Kind) + u':' + e.at(TargetId);
        if (!grouping.rows.contains(key))
            grouping.keys.append(key);
        grouping.rows[key].append(i);
    }
    return grouping;
}

void compareGrouping(const AuditPivotModel &pivot, const Grouping &expected)
{
    QCOMPARE(pivot.rowCount(), int(expected.keys.size()));
    for (int g = 0; g < pivot.rowCount(); ++g) {
        const QModelIndex group = pivot.index(g, 0);
        QCOMPARE(group.data(AuditPivotModel::GroupKeyRole).toString(), expected.keys.at(g));
        QVERIFY(group.data(AuditPivotModel::IsGroupRole).toBool());
        const QVector<int> rows = expected.rows.value(expected.keys.at(g));
        QCOMPARE(pivot.rowCount(group), int(rows.size()));
        QCOMPARE(pivot.index(g, AuditPivotModel::CountColumn).data().toInt(), int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            const QModelIndex child = pivot.index(r, 0, group);
            QCOMPARE(child.data(AuditPivotModel::SourceRowRole).toInt(), rows.at(r));
            QCOMPARE(child.parent(), group);
        }
    }
}

} // namespace

class TestAuditPivotModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester_data();
    void passesTheModelTester();
    void byUserListsWhatEachPersonReaches();
    void byTargetListsWhoReachesEachTarget();
    void followsTheFilters();

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<AuditModel> m_model;
    QVector<QStringList> m_expected;
};

void TestAuditPivotModel::init()
{
    m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(40, 4, 12, 3));
    fttest::seedHygieneCases(m_sandbox->store(), fttest::auditNow());
    m_model = std::make_unique<AuditModel>();
    m_model->setResult(fttest::auditResultFromStore(m_sandbox->store()));
    m_expected = fttest::expectedAuditRows(m_sandbox->store(), fttest::auditNow());
}

void TestAuditPivotModel::cleanup()
{
    m_model.reset();
    m_sandbox.reset();
}

void TestAuditPivotModel::passesTheModelTester_data()
{
    QTest::addColumn<AuditPivotModel::Mode>("mode");
    QTest::newRow("by user") << AuditPivotModel::Mode::ByUser;
    QTest::newRow("by target") << AuditPivotModel::Mode::ByTarget;
}

void TestAuditPivotModel::passesTheModelTester()
{
    QFETCH(AuditPivotModel::Mode, mode);
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    AuditPivotModel pivot(mode);
    QAbstractItemModelTester tester(&pivot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pivot.setSourceModel(&proxy);
    QVERIFY(pivot.rowCount() > 0);
    proxy.setFlagFilter(AuditFlag::MissingTarget);
    proxy.sort(AuditModel::UserColumn);
    proxy.setFlagFilter({});
    m_model->clear();
    QCOMPARE(pivot.rowCount(), 0);
}

void TestAuditPivotModel::byUserListsWhatEachPersonReaches()
{
    AuditPivotModel pivot(AuditPivotModel::Mode::ByUser);
    pivot.setSourceModel(m_model.get());
    compareGrouping(pivot, groupExpected(m_expected, AuditPivotModel::Mode::ByUser));
    QCOMPARE(pivot.rowCount(), int(m_sandbox->store().users().size()));
    // Every person's top row names them; the rows below name what they reach, with the role.
    for (int g = 0; g < pivot.rowCount(); ++g) {
        const QModelIndex group = pivot.index(g, 0);
        const QStringList &first =
            m_expected.at(pivot.index(0, 0, group).data(AuditPivotModel::SourceRowRole).toInt());
        QCOMPARE(group.data().toString(),
                 first.at(UserName).isEmpty() ? first.at(Email) : first.at(UserName));
        QCOMPARE(pivot.index(g, AuditPivotModel::DetailColumn).data().toString(), first.at(Email));
        for (int r = 0; r < pivot.rowCount(group); ++r) {
            const QStringList &e = m_expected.at(
                pivot.index(r, 0, group).data(AuditPivotModel::SourceRowRole).toInt());
            QCOMPARE(e.at(UserId), first.at(UserId));
            if (!e.at(TargetName).isEmpty())
                QCOMPARE(pivot.index(r, AuditPivotModel::LabelColumn, group).data().toString(),
                         e.at(TargetName));
            if (!e.at(Role).isEmpty())
                QCOMPARE(pivot.index(r, AuditPivotModel::RoleColumn, group).data().toString(),
                         e.at(Role));
        }
    }
}

void TestAuditPivotModel::byTargetListsWhoReachesEachTarget()
{
    AuditPivotModel pivot(AuditPivotModel::Mode::ByTarget);
    pivot.setSourceModel(m_model.get());
    const Grouping expected = groupExpected(m_expected, AuditPivotModel::Mode::ByTarget);
    compareGrouping(pivot, expected);
    for (int g = 0; g < pivot.rowCount(); ++g) {
        const QModelIndex group = pivot.index(g, 0);
        const QStringList &first = m_expected.at(expected.rows.value(expected.keys.at(g)).first());
        if (!first.at(TargetName).isEmpty())
            QCOMPARE(group.data().toString(), first.at(TargetName));
        for (int r = 0; r < pivot.rowCount(group); ++r) {
            const QStringList &e = m_expected.at(expected.rows.value(expected.keys.at(g)).at(r));
            QCOMPARE(pivot.index(r, AuditPivotModel::DetailColumn, group).data().toString(),
                     e.at(Email));
        }
    }
    // Every destination someone can reach is a group of its own.
    for (const ftsandbox::SandboxGroup &g : m_sandbox->store().groups()) {
        bool reached = false;
        for (const QStringList &e : m_expected)
            reached = reached || (e.at(Kind) == u"destination"_s && e.at(TargetId) == g.id);
        QCOMPARE(pivot.groupOf(u"destination:"_s + g.id) >= 0, reached);
    }
}

void TestAuditPivotModel::followsTheFilters()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    AuditPivotModel byUser(AuditPivotModel::Mode::ByUser);
    AuditPivotModel byTarget(AuditPivotModel::Mode::ByTarget);
    byUser.setSourceModel(&proxy);
    byTarget.setSourceModel(&proxy);
    for (AuditFlag flag : ftmodels::Audit::allFlags()) {
        proxy.setFlagFilter(flag);
        const QString key = ftmodels::Audit::flagKey(flag);
        auto keep = [&key](const QStringList &e) {
            return e.at(Flags).split(u';').contains(key);
        };
        compareGrouping(byUser, groupExpected(m_expected, AuditPivotModel::Mode::ByUser, keep));
        compareGrouping(byTarget, groupExpected(m_expected, AuditPivotModel::Mode::ByTarget, keep));
        QVERIFY2(byUser.rowCount() > 0, qPrintable(key));
    }
    proxy.setFlagFilter({});
    proxy.setKindFilter(AuditKind::Connection);
    auto connections = [](const QStringList &e) {
        return e.at(Kind) == u"connection"_s;
    };
    compareGrouping(byTarget,
                    groupExpected(m_expected, AuditPivotModel::Mode::ByTarget, connections));
}

QTEST_MAIN(TestAuditPivotModel)
#include "tst_auditpivotmodel.moc"

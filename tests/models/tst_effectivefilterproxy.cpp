// EffectiveFilterProxy: each filter (level, kind of path, kind, role, user, target, hygiene
// flag) keeps exactly the rows the brute force says it should; sorting; clearing.
#include "auditfixture.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AccessLevel;
using ftmodels::AccessPath;
using ftmodels::EffectiveFilterProxy;
using ftmodels::EffectiveModel;

class TestEffectiveFilterProxy : public QObject
{
    Q_OBJECT

private:
    fttest::TestSandbox *m_sandbox = nullptr;
    EffectiveModel *m_model = nullptr;
    EffectiveFilterProxy *m_proxy = nullptr;
    QVector<fttest::ExpectedReach> m_expected;

    // The expected rows the proxy shows, by source row, in the proxy's order.
    QVector<int> shown() const
    {
        QVector<int> rows;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->sourceRowAt(r));
        return rows;
    }
    QVector<int> where(const std::function<bool(const fttest::ExpectedReach &)> &keep) const
    {
        QVector<int> rows;
        for (int i = 0; i < int(m_expected.size()); ++i) {
            if (keep(m_expected.at(i)))
                rows.append(i);
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(40, 4, 12, 3);
        options.teams = 8;
        m_sandbox = new fttest::TestSandbox(options);
        fttest::seedHygieneCases(m_sandbox->store(), fttest::auditNow());
        m_expected = fttest::expectedEffectiveRows(m_sandbox->store());
        m_model = new EffectiveModel;
        m_model->setResult(fttest::auditResultFromStore(m_sandbox->store()));
        m_proxy = new EffectiveFilterProxy;
        m_proxy->setSourceModel(m_model);
        QCOMPARE(m_model->rowCount(), int(m_expected.size()));
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_model;
        delete m_sandbox;
    }

    void passesTheModelTester()
    {
        QAbstractItemModelTester tester(m_proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setLevelFilter(AccessLevel::Edit);
        m_proxy->sort(EffectiveModel::TargetColumn);
        m_proxy->setViaFilter(AccessPath::Via::Team);
        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void byLevel_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("key");
        QTest::newRow("manage") << int(AccessLevel::Manage) << u"manage"_s;
        QTest::newRow("edit") << int(AccessLevel::Edit) << u"edit"_s;
        QTest::newRow("view") << int(AccessLevel::View) << u"view"_s;
        QTest::newRow("unknown") << int(AccessLevel::Unknown) << u"unknown"_s;
    }

    void byLevel()
    {
        QFETCH(int, level);
        QFETCH(QString, key);
        QSignalSpy changed(m_proxy, &EffectiveFilterProxy::filtersChanged);
        m_proxy->setLevelFilter(AccessLevel(level));
        QCOMPARE(changed.count(), 1);
        const QVector<int> expected = where([&](const auto &e) { return e.level == key; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown(), expected);
        QVERIFY(m_proxy->isFiltering());
    }

    void byPath_data()
    {
        QTest::addColumn<int>("via");
        QTest::addColumn<QString>("key");
        for (AccessPath::Via via : AccessPath::allVias())
            QTest::newRow(qPrintable(AccessPath::viaKey(via)))
                << int(via) << AccessPath::viaKey(via);
    }

    void byPath()
    {
        QFETCH(int, via);
        QFETCH(QString, key);
        m_proxy->setViaFilter(AccessPath::Via(via));
        const QVector<int> expected = where([&](const auto &e) {
            return std::any_of(e.via.cbegin(), e.via.cend(),
                               [&](const auto &v) { return v.path == key; });
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown(), expected);
    }

    void combinedWithTheCommonFilters()
    {
        m_proxy->setViaFilter(AccessPath::Via::Team);
        m_proxy->setKindFilter(ftmodels::AuditKind::Connection);
        m_proxy->setRoleFilter(u"Account Reviewer"_s);
        const QVector<int> expected = where([](const auto &e) {
            bool team = false;
            bool role = false;
            for (const auto &v : e.via) {
                team = team || v.path == "team"_L1;
                role = role || v.role == "Account Reviewer"_L1;
            }
            return team && role && e.kind == "connection"_L1;
        });
        QCOMPARE(shown(), expected);

        m_proxy->clearFilters();
        QVERIFY(!m_proxy->isFiltering());
        m_proxy->setFlagFilter(ftmodels::AuditFlag::RedundantGrant);
        const QVector<int> redundant = where([](const auto &e) { return e.redundantDirect; });
        QVERIFY(!redundant.isEmpty());
        QCOMPARE(shown(), redundant);

        m_proxy->clearFilters();
        const fttest::ExpectedReach &someone = m_expected.at(m_expected.size() / 2);
        m_proxy->setUserFilter(someone.email.toUpper());
        m_proxy->setTargetFilter(someone.targetId);
        const QVector<int> one = where([&](const auto &e) {
            return e.email.contains(someone.email, Qt::CaseInsensitive)
                && (e.targetId.contains(someone.targetId)
                    || e.targetName.contains(someone.targetId));
        });
        QCOMPARE(shown(), one);
        QVERIFY(one.contains(int(m_expected.size() / 2)));
    }

    void sortsByLevel()
    {
        m_proxy->sort(EffectiveModel::LevelColumn, Qt::DescendingOrder);
        int last = 100;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const int level = m_proxy->index(r, 0).data(EffectiveModel::LevelRole).toInt();
            QVERIFY(level <= last);
            last = level;
        }
    }
};

QTEST_GUILESS_MAIN(TestEffectiveFilterProxy)
#include "tst_effectivefilterproxy.moc"

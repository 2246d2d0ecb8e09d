#include "membershipsmodel.h"
#include "membershipsproxy.h"
#include "namedirectory.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using ftmodels::MembershipsModel;
using ftmodels::MembershipsProxy;

class TestMembershipsProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneKindPerTab();
    void sortsDatesAsDates();
    void sortsNamesAsShown();

private:
    MembershipsModel *m_model = nullptr;
    ftmodels::NameDirectory *m_names = nullptr;
    MembershipsProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QVector<ftapi::Membership> m_groups;
};

void TestMembershipsProxy::init()
{
    m_names = new ftmodels::NameDirectory(this);
    m_names->setContents({ { u"g1"_s, u"zeta warehouse"_s, {} },
                           { u"g2"_s, u"Alpha lake"_s, {} },
                           { u"g3"_s, u"beta mart"_s, {} } },
                         { { u"c1"_s, u"postgres"_s, u"app"_s, u"g1"_s, false } });
    m_model = new MembershipsModel(this);
    m_model->setDirectory(m_names);
    const QDateTime base(QDate(2021, 12, 31), QTime(23, 0), Qt::UTC);
    // Dates whose short text ("12/31/21", "1/2/22", ...) does not sort like the dates.
    m_groups = { { u"g1"_s, u"View Destination"_s, base },
                 { u"g2"_s, u"Manage Destination"_s, base.addDays(2) },
                 { u"g3"_s, u"Edit Destination"_s, base.addDays(-40) } };
    m_model->setMemberships(MembershipKind::Group, m_groups);
    m_model->setMemberships(
        MembershipKind::Connection,
        { { u"c1"_s, u"View Connection"_s, base }, { u"c9"_s, u"View Connection"_s, {} } });
    m_proxy = new MembershipsProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestMembershipsProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
    delete m_names;
}

void TestMembershipsProxy::oneKindPerTab()
{
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    m_proxy->setKind(MembershipKind::Group);
    QCOMPARE(m_proxy->rowCount(), int(m_groups.size()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->index(row, 0).data(MembershipsModel::KindRole).toInt(),
                 int(MembershipKind::Group));
    m_proxy->setKind(MembershipKind::Connection);
    QCOMPARE(m_proxy->rowCount(), m_model->count(MembershipKind::Connection));
    m_model->upsertMembership(MembershipKind::Connection, { u"c2"_s, u"Edit Connection"_s, {} });
    QCOMPARE(m_proxy->rowCount(), m_model->count(MembershipKind::Connection));
    m_model->upsertMembership(MembershipKind::Group, { u"g4"_s, u"Edit Destination"_s, {} });
    QCOMPARE(m_proxy->rowCount(), m_model->count(MembershipKind::Connection));
}

void TestMembershipsProxy::sortsDatesAsDates()
{
    m_proxy->setKind(MembershipKind::Group);
    m_proxy->sort(MembershipsModel::SinceColumn, Qt::AscendingOrder);
    QDateTime previous;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QDateTime when = m_proxy->index(row, MembershipsModel::SinceColumn)
                                   .data(MembershipsModel::SortValueRole)
                                   .toDateTime();
        if (row > 0)
            QVERIFY(previous <= when);
        previous = when;
    }
    m_proxy->setKind(MembershipKind::Connection);
    // The unknown date first.
    QCOMPARE(m_proxy->index(0, 0).data(MembershipsModel::TargetIdRole).toString(), u"c9"_s);
}

void TestMembershipsProxy::sortsNamesAsShown()
{
    m_proxy->setKind(MembershipKind::Group);
    m_proxy->sort(MembershipsModel::TargetColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, MembershipsModel::TargetColumn).data().toString());
    QStringList expected = shown;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(shown, expected);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), 3);
}

QTEST_MAIN(TestMembershipsProxy)
#include "tst_membershipsproxy.moc"

#include "auditfilterproxy.h"
#include "auditfixture.h"
#include "auditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using ftmodels::AuditFilterProxy;
using ftmodels::AuditFlag;
using ftmodels::AuditFlags;
using ftmodels::AuditKind;
using ftmodels::AuditModel;
using ftmodels::AuditRow;

namespace {

// The CSV fields of expectedAuditRows, by index.
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

// Which expected rows (by index) a predicate keeps.
QVector<int> expectedWhere(const QVector<QStringList> &rows,
                           const std::function<bool(const QStringList &)> &keep)
{
    QVector<int> indexes;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (keep(rows.at(i)))
            indexes.append(i);
    }
    return indexes;
}

QVector<int> shownRows(const AuditFilterProxy &proxy)
{
    QVector<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.sourceRowAt(r));
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestAuditFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester();
    void filtersByUser();
    void filtersByTarget();
    void filtersByKind();
    void filtersByRole();
    void filtersByEachFlag();
    void filtersCombineAndClear();
    void sortsDatesAndKeepsOrderOnTies();

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<AuditModel> m_model;
    QVector<QStringList> m_expected;
};

void TestAuditFilterProxy::init()
{
    m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(50, 4, 12, 3));
    fttest::seedHygieneCases(m_sandbox->store(), fttest::auditNow());
    m_model = std::make_unique<AuditModel>();
    m_model->setResult(fttest::auditResultFromStore(m_sandbox->store()));
    m_expected = fttest::expectedAuditRows(m_sandbox->store(), fttest::auditNow());
    QCOMPARE(m_model->rowCount(), int(m_expected.size()));
}

void TestAuditFilterProxy::cleanup()
{
    m_model.reset();
    m_sandbox.reset();
}

void TestAuditFilterProxy::passesTheModelTester()
{
    AuditFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.sort(AuditModel::LastLoginColumn);
    proxy.setUserFilter(u"a"_s);
    proxy.setFlagFilter(AuditFlag::NeverLoggedIn);
    proxy.sort(AuditModel::UserColumn, Qt::DescendingOrder);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
}

void TestAuditFilterProxy::filtersByUser()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QSignalSpy changed(&proxy, &AuditFilterProxy::filtersChanged);
    // Accents and case do not matter: "OLAFSDOTTIR" finds "Ólafsdóttir".
    proxy.setUserFilter(u"OLAFSDOTTIR"_s);
    QCOMPARE(changed.count(), 1);
    const QVector<int> zoe = expectedWhere(
        m_expected, [](const QStringList &e) { return e.at(Email).startsWith(u"zoe@"_s); });
    QVERIFY(!zoe.isEmpty());
    QCOMPARE(shownRows(proxy), zoe);

    const QString email = m_expected.at(m_expected.size() / 2).at(Email);
    proxy.setUserFilter(email);
    QCOMPARE(shownRows(proxy), expectedWhere(m_expected, [&email](const QStringList &e) {
                 return e.at(Email).contains(email, Qt::CaseInsensitive);
             }));
    QVERIFY(proxy.isFiltering());
}

void TestAuditFilterProxy::filtersByTarget()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    const ftsandbox::SandboxGroup &group = m_sandbox->store().groups().constFirst();
    proxy.setTargetFilter(group.name);
    const QVector<int> expected = expectedWhere(m_expected, [&group](const QStringList &e) {
        return e.at(TargetName).contains(group.name, Qt::CaseInsensitive);
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownRows(proxy), expected);
    // By id too, including targets that no longer exist.
    const int orphan = expectedWhere(m_expected, [](const QStringList &e) {
                           return e.at(Flags).contains(u"missing_target"_s);
                       }).constFirst();
    const QString id = m_expected.at(orphan).at(TargetId);
    proxy.setTargetFilter(id);
    QCOMPARE(shownRows(proxy), expectedWhere(m_expected, [&id](const QStringList &e) {
                 return e.at(TargetId).contains(id, Qt::CaseInsensitive)
                     || e.at(TargetName).contains(id, Qt::CaseInsensitive);
             }));
}

void TestAuditFilterProxy::filtersByKind()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    for (AuditKind kind : ftmodels::Audit::allKinds()) {
        proxy.setKindFilter(kind);
        const QString key = ftmodels::Audit::kindKey(kind);
        const QVector<int> expected =
            expectedWhere(m_expected, [&key](const QStringList &e) { return e.at(Kind) == key; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownRows(proxy), expected);
    }
    proxy.setKindFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
}

void TestAuditFilterProxy::filtersByRole()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    const QStringList roles = m_model->distinctRoles();
    QVERIFY(roles.size() > 3);
    for (const QString &role : roles) {
        proxy.setRoleFilter(role);
        QCOMPARE(shownRows(proxy), expectedWhere(m_expected, [&role](const QStringList &e) {
                     return e.at(Role) == role;
                 }));
    }
}

void TestAuditFilterProxy::filtersByEachFlag()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    for (AuditFlag flag : ftmodels::Audit::allFlags()) {
        proxy.setFlagFilter(flag);
        const QString key = ftmodels::Audit::flagKey(flag);
        const QVector<int> expected = expectedWhere(m_expected, [&key](const QStringList &e) {
            return e.at(Flags).split(u';').contains(key);
        });
        QVERIFY2(!expected.isEmpty(), qPrintable(key));
        QCOMPARE(shownRows(proxy), expected);
    }
    // Several flags: rows with any of them.
    proxy.setFlagFilter(AuditFlags(AuditFlag::NeverLoggedIn) | AuditFlag::MissingTarget);
    QCOMPARE(shownRows(proxy), expectedWhere(m_expected, [](const QStringList &e) {
                 const QStringList flags = e.at(Flags).split(u';');
                 return flags.contains(u"never_logged_in"_s) || flags.contains(u"missing_target"_s);
             }));
    proxy.setFlagFiltered(AuditFlag::NeverLoggedIn, false);
    QCOMPARE(proxy.flagFilter(), AuditFlags(AuditFlag::MissingTarget));
}

void TestAuditFilterProxy::filtersCombineAndClear()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setKindFilter(AuditKind::Connection);
    proxy.setFlagFilter(AuditFlag::DeprecatedRole);
    QCOMPARE(shownRows(proxy), expectedWhere(m_expected, [](const QStringList &e) {
                 return e.at(Kind) == u"connection"_s && e.at(Flags).contains(u"deprecated_role"_s);
             }));
    QVERIFY(proxy.rowCount() > 0);
    proxy.clearFilters();
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
}

void TestAuditFilterProxy::sortsDatesAndKeepsOrderOnTies()
{
    AuditFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(AuditModel::LastLoginColumn, Qt::AscendingOrder);
    QDateTime previous;
    bool sawDate = false;
    int previousRow = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const AuditRow &row = m_model->rowAt(proxy.sourceRowAt(r));
        const QDateTime login = row.lastLogin.value_or(QDateTime());
        if (!login.isValid()) {
            QVERIFY(!sawDate); // "never" before any date
        } else {
            if (sawDate)
                QVERIFY(previous <= login);
            sawDate = true;
        }
        if (r > 0 && login == previous)
            QVERIFY(proxy.sourceRowAt(r) > previousRow);
        previous = login;
        previousRow = proxy.sourceRowAt(r);
    }
    QVERIFY(sawDate);
}

QTEST_MAIN(TestAuditFilterProxy)
#include "tst_auditfilterproxy.moc"

// AuditAssembler: the rows built person by person while an audit runs are exactly what
// AuditBuilder::build and EffectiveAccess::build make of the same data at the end, whatever
// order the people come in, whether the look-ups come before or after them, with people whose
// lists never came, and with look-ups that turned out incomplete.
#include "auditassembler.h"
#include "auditexporter.h"
#include "auditfixture.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ftmodels::AuditAssembler;
using ftmodels::AuditBuilder;
using ftmodels::AuditData;
using ftmodels::AuditRow;
using ftmodels::EffectiveAccess;

namespace {

// An account with teams, hygiene cases (stale invitations, deprecated roles, orphaned
// memberships) and people reaching through every kind of path.
AuditData accountData()
{
    ftsandbox::SandboxOptions options = fttest::generatedAccount(70, 5, 20, 4);
    options.teams = 6;
    ftsandbox::SandboxStore store;
    ftsandbox::SandboxSeeder::seed(store, options);
    fttest::seedHygieneCases(store, fttest::auditNow());
    return fttest::auditDataFromStore(store);
}

QVector<QStringList> effectiveCsv(const EffectiveAccess &access)
{
    QVector<QStringList> rows;
    for (const ftmodels::EffectiveRow &row : access.rows())
        rows.append(ftmodels::AuditExporter::effectiveCsvValues(access, row));
    return rows;
}

// Row by row, so a failure names the first row that differs.
template<typename Row>
void compareRows(const QVector<Row> &actual, const QVector<Row> &expected)
{
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
        QVERIFY2(actual.at(i) == expected.at(i), qPrintable(u"row %1"_s.arg(i)));
    QCOMPARE(actual.size(), expected.size());
}

void compareWithBuild(const AuditData &data, const QVector<AuditRow> &rows,
                      const EffectiveAccess &effective)
{
    const QDateTime now = fttest::auditNow();
    compareRows(rows, AuditBuilder::build(data, now));
    const EffectiveAccess expected = EffectiveAccess::build(data, now);
    QCOMPARE(effective.people().size(), expected.people().size());
    for (qsizetype i = 0; i < expected.people().size(); ++i)
        QCOMPARE(effective.people().at(i).access.userId, expected.people().at(i).access.userId);
    compareRows(effectiveCsv(effective), effectiveCsv(expected));
}

} // namespace

class TestAuditAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRowsInEveryOrder_data();
    void sameRowsInEveryOrder();
    void peopleWhoseListsNeverCame();
    void lookupsThatNeverCame();
    void lookupsIncompleteAtTheEnd();
    void buildsWhileRunning();
    void resetForgetsTheOldRun();
};

void TestAuditAssembler::sameRowsInEveryOrder_data()
{
    QTest::addColumn<int>("order"); // 0 forward, 1 backward, else a shuffle's seed
    QTest::addColumn<bool>("lookupsFirst");
    QTest::newRow("forward, look-ups first") << 0 << true;
    QTest::newRow("backward, look-ups first") << 1 << true;
    QTest::newRow("forward, look-ups last") << 0 << false;
    QTest::newRow("shuffled 7, look-ups first") << 7 << true;
    QTest::newRow("shuffled 11, look-ups last") << 11 << false;
    QTest::newRow("shuffled 23, look-ups halfway") << 23 << true;
}

void TestAuditAssembler::sameRowsInEveryOrder()
{
    QFETCH(int, order);
    QFETCH(bool, lookupsFirst);
    const AuditData data = accountData();
    QVector<int> people(data.users.size());
    for (int i = 0; i < int(people.size()); ++i)
        people[i] = i;
    if (order == 1) {
        std::reverse(people.begin(), people.end());
    } else if (order > 1) {
        QRandomGenerator random { quint32(order) };
        std::shuffle(people.begin(), people.end(), random);
    }
    // The shuffle with seed 23 hears of the look-ups halfway through the people.
    const int lookupsAt = order == 23 ? int(people.size()) / 2 : (lookupsFirst ? 0 : -1);

    AuditAssembler assembler(&data);
    for (int i = 0; i < int(people.size()); ++i) {
        if (i == lookupsAt)
            assembler.lookupsReady();
        assembler.personReady(people.at(i));
        if (i % 10 == 0)
            QCoreApplication::processEvents(); // some assembled between arrivals
    }
    if (lookupsAt < 0)
        assembler.lookupsReady();
    QTRY_COMPARE(assembler.waiting(), 0);
    QCOMPARE(assembler.assembled(), int(people.size()));

    QVector<AuditRow> rows;
    EffectiveAccess effective;
    assembler.finish(fttest::auditNow(), &rows, &effective);
    compareWithBuild(data, rows, effective);
}

void TestAuditAssembler::peopleWhoseListsNeverCame()
{
    AuditData data = accountData();
    // Every third person's lists failed: the audit has no entry for them.
    for (int i = 0; i < int(data.users.size()); i += 3) {
        data.destinationMemberships.remove(data.users.at(i).id);
        data.connectionMemberships.remove(data.users.at(i).id);
    }
    AuditAssembler assembler(&data);
    assembler.lookupsReady();
    for (int i = 0; i < int(data.users.size()); ++i) {
        if (i % 3 != 0)
            assembler.personReady(i);
    }
    QTRY_COMPARE(assembler.waiting(), 0);
    QVector<AuditRow> rows;
    EffectiveAccess effective;
    assembler.finish(fttest::auditNow(), &rows, &effective);
    compareWithBuild(data, rows, effective);
}

void TestAuditAssembler::lookupsThatNeverCame()
{
    AuditData data = accountData();
    data.connectionsComplete = false; // a destination's connections failed
    AuditAssembler assembler(&data);
    for (int i = 0; i < int(data.users.size()); ++i)
        assembler.personReady(i);
    QCoreApplication::processEvents();
    QCOMPARE(assembler.assembled(), 0); // nothing can be built without the look-ups
    QVector<AuditRow> rows;
    EffectiveAccess effective;
    assembler.finish(fttest::auditNow(), &rows, &effective);
    compareWithBuild(data, rows, effective);
}

void TestAuditAssembler::lookupsIncompleteAtTheEnd()
{
    AuditData data = accountData();
    AuditAssembler assembler(&data);
    assembler.lookupsReady();
    for (int i = 0; i < int(data.users.size()); ++i)
        assembler.personReady(i);
    QTRY_COMPARE(assembler.waiting(), 0);
    // The data says at the end that a list was incomplete after all: nothing built while it looked
    // complete may stay (an orphaned membership is no longer provably orphaned).
    data.groupsComplete = false;
    QVector<AuditRow> rows;
    EffectiveAccess effective;
    assembler.finish(fttest::auditNow(), &rows, &effective);
    compareWithBuild(data, rows, effective);
    const bool flagged = std::any_of(rows.cbegin(), rows.cend(), [](const AuditRow &row) {
        return row.kind == ftmodels::AuditKind::Destination
            && row.flags.testFlag(ftmodels::AuditFlag::MissingTarget);
    });
    QVERIFY(!flagged);
}

void TestAuditAssembler::buildsWhileRunning()
{
    const AuditData data = accountData();
    AuditAssembler assembler(&data);
    assembler.lookupsReady();
    assembler.personReady(0);
    assembler.personReady(1);
    QCOMPARE(assembler.assembled(), 0); // not in the caller's turn: on a later one
    QTRY_COMPARE(assembler.assembled(), 2);
    QCOMPARE(assembler.waiting(), 0);
}

void TestAuditAssembler::resetForgetsTheOldRun()
{
    AuditData data = accountData();
    AuditAssembler assembler(&data);
    assembler.lookupsReady();
    for (int i = 0; i < int(data.users.size()); ++i)
        assembler.personReady(i);
    QTRY_COMPARE(assembler.waiting(), 0);
    assembler.reset();
    QCOMPARE(assembler.assembled(), 0);
    // A new run over other data in the same place.
    data = accountData();
    data.users.removeLast();
    assembler.lookupsReady();
    for (int i = 0; i < int(data.users.size()); i += 2)
        assembler.personReady(i);
    QTRY_COMPARE(assembler.waiting(), 0);
    QVector<AuditRow> rows;
    EffectiveAccess effective;
    assembler.finish(fttest::auditNow(), &rows, &effective);
    compareWithBuild(data, rows, effective);
}

QTEST_GUILESS_MAIN(TestAuditAssembler)
#include "tst_auditassembler.moc"

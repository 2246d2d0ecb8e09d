// RunJournal, a plan run's records in the change journal: entries written before the writes,
// endings that wait for the next entries' transaction or a flush, the state after each kind
// of change; and a PlanRun whose journal cannot be written, which sends nothing (against the
// sandbox on loopback).
#include "journal.h"
#include "modelfixture.h"
#include "planrun.h"
#include "runjournal.h"
#include "storage.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;
using Outcome = PlanRun::Outcome;

namespace {

ChangeCheck checkOf(const QString &email, const QString &words)
{
    ChangeCheck c;
    c.email = email;
    c.userName = u"Ann Lee"_s;
    c.targetName = u"Finance Databricks"_s;
    c.text = words;
    c.before = { { u"member"_s, false } };
    return c;
}

} // namespace

class TestRunJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A journal in a new file of its own.
    struct Opened
    {
        std::unique_ptr<Storage> storage;
        std::unique_ptr<Journal> journal;
    };
    Opened open(const QString &url = u"https://api.fivetran.com"_s)
    {
        Opened o;
        o.storage = std::make_unique<Storage>();
        QString error;
        if (!o.storage->open(m_dir.filePath(u"journal%1.sqlite"_s.arg(++m_files)), &error))
            qWarning("%s", qPrintable(error));
        o.journal =
            std::make_unique<Journal>(o.storage.get(), o.storage->accountId({ u"t"_s, url, {} }));
        return o;
    }

private Q_SLOTS:
    void entriesGoInFirstAndEndingsWithTheNextWrite()
    {
        Opened o = open();
        RunJournal records(u"batch-1"_s);
        records.setJournal(o.journal.get());
        QVERIFY(records.isOn());
        const Change add = Change::addMembership(MembershipKind::Group, u"u1"_s, u"g1"_s,
                                                 u"Destination Reviewer"_s);
        const Change remove = Change::deleteMembership(MembershipKind::Group, u"u2"_s, u"g1"_s);
        const QVector<JournalEntry> first {
            records.entry(add, checkOf(u"ann@x.com"_s, u"a"_s), u"u1"_s),
            records.entry(remove, checkOf(u"bo@x.com"_s, u"b"_s), u"u2"_s)
        };
        QCOMPARE(first.at(0).batch, u"batch-1"_s);
        QCOMPARE(first.at(0).targetKind, u"destination"_s);
        QCOMPARE(first.at(0).targetName, u"Finance Databricks"_s);
        QVERIFY(!first.at(0).inverse.isEmpty()); // how to undo it
        QVERIFY(!first.at(0).osUser.isEmpty());

        QString error;
        QVERIFY2(records.begin({ 4, 7 }, first, &error), qPrintable(error));
        QVERIFY(records.holds(4) && records.holds(7) && !records.holds(0));
        QVector<JournalEntry> entries = o.journal->entries({ {}, {}, {}, u"batch-1"_s });
        QCOMPARE(entries.size(), 2);
        QVERIFY(!entries.at(0).ended && !entries.at(1).ended);

        // An outcome waits for the next writes' entries...
        records.end(4, u"applied"_s, {}, u"Done."_s,
                    RunJournal::afterState(
                        add, std::nullopt,
                        ftapi::Membership { u"g1"_s, u"Destination Reviewer"_s, std::nullopt }));
        records.end(0, u"applied"_s, {}, u"never begun"_s, {}); // no entry: nothing to end
        QVERIFY(!o.journal->entries({ {}, {}, {}, u"batch-1"_s }).at(0).ended);
        const Change other = Change::deleteMembership(MembershipKind::Connection, u"u3"_s, u"c1"_s);
        QVERIFY2(records.begin({ 9 },
                               { records.entry(other, checkOf(u"cy@x.com"_s, u"c"_s), u"u3"_s) },
                               &error),
                 qPrintable(error));
        entries = o.journal->entries({ {}, {}, {}, u"batch-1"_s });
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries.at(0).ended);
        QCOMPARE(entries.at(0).outcome, u"applied"_s);
        QCOMPARE(entries.at(0).after.value(u"role"_s).toString(), u"Destination Reviewer"_s);
        QCOMPARE(entries.at(2).targetKind, u"connection"_s);

        // ...or goes on its own at flush().
        ftapi::ApiError refused;
        refused.httpStatus = 409;
        refused.code = u"Conflict"_s;
        records.end(7, u"failed"_s, refused, u"Refused."_s, {});
        records.flush();
        entries = o.journal->entries({ {}, {}, {}, u"batch-1"_s });
        QVERIFY(entries.at(1).ended);
        QCOMPARE(entries.at(1).outcome, u"failed"_s);
        QCOMPARE(entries.at(1).httpStatus, 409);
        QCOMPARE(entries.at(1).code, u"Conflict"_s);
        QVERIFY(!entries.at(2).ended);
        const auto verified = o.journal->verify();
        QVERIFY2(verified.intact, qPrintable(verified.problem));
        QCOMPARE(verified.records, 5); // three begins, two ends
    }

    void withoutAJournalNothingIsKept()
    {
        RunJournal records(u"b"_s);
        QVERIFY(!records.isOn());
        QString error;
        const Change c = Change::deleteUser(u"u1"_s);
        QVERIFY(records.begin({ 0 }, { records.entry(c, checkOf(u"a@x.com"_s, u"w"_s), u"u1"_s) },
                              &error));
        QVERIFY(!records.holds(0));
        records.end(0, u"applied"_s, {}, {}, {});
        records.flush();
        QVERIFY(error.isEmpty());
    }

    void afterStateSaysWhatHolds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("deleted user")
            << u"delete user"_s << false << QByteArray(R"({"exists":false})");
        QTest::newRow("removed membership")
            << u"delete membership"_s << false << QByteArray(R"({"member":false})");
        QTest::newRow("added, the answer's role")
            << u"add"_s << true << QByteArray(R"({"member":true,"role":"Destination Reviewer"})");
        QTest::newRow("added, no answer")
            << u"add"_s << false << QByteArray(R"({"member":true,"role":"Destination Analyst"})");
        QTest::newRow("account role removed, no answer")
            << u"remove role"_s << false << QByteArray(R"({"role":null})");
        QTest::newRow("invited, no answer") << u"invite"_s << false << QByteArray("{}");
    }

    void afterStateSaysWhatHolds()
    {
        QFETCH(QString, change);
        QFETCH(bool, answered);
        QFETCH(QByteArray, after);
        const QHash<QString, Change> changes {
            { u"delete user"_s, Change::deleteUser(u"u"_s) },
            { u"delete membership"_s,
              Change::deleteMembership(MembershipKind::Connection, u"u"_s, u"c"_s) },
            { u"add"_s,
              Change::addMembership(MembershipKind::Group, u"u"_s, u"g"_s,
                                    u"Destination Analyst"_s) },
            { u"remove role"_s, Change::removeAccountRole(u"u"_s) },
            { u"invite"_s, Change::createUser({ u"n@x.com"_s, u"N"_s, u"P"_s, {}, {}, {} }) },
        };
        const std::optional<ftapi::Membership> membership = answered
            ? std::optional<ftapi::Membership>({ u"g"_s, u"Destination Reviewer"_s, std::nullopt })
            : std::nullopt;
        const QJsonObject state =
            RunJournal::afterState(changes.value(change), std::nullopt, membership);
        QCOMPARE(QJsonDocument(state).toJson(QJsonDocument::Compact), after);
    }

    void aChangeWhoseEntryCannotBeWrittenIsNotSent()
    {
        // The journal's file refuses writes (as a full disk or a read-only file would): the
        // run checks, journals nothing, sends nothing, and says why for every change.
        fttest::TestSandbox sandbox(fttest::generatedAccount(10));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        Opened o = open(sandbox.server().baseUrl().toString());
        QSqlQuery readOnly(o.storage->database());
        QVERIFY(readOnly.exec(u"PRAGMA query_only = ON"_s));
        const auto &users = sandbox.store().users();
        Plan plan;
        plan.append(Change::deleteUser(users.at(3).id));
        plan.append(
            Change::createUser({ u"new@example.com"_s, u"New"_s, u"Person"_s, {}, {}, {} }));
        const int usersBefore = int(users.size());

        PlanRun run(client.get(), plan, nullptr);
        run.setJournal(o.journal.get());
        QSignalSpy finished(&run, &PlanRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(run.isChecked() && !run.wasRefused());
        for (int i = 0; i < run.total(); ++i) {
            QCOMPARE(run.result(i).outcome, Outcome::Failed);
            QCOMPARE(run.result(i).attempts, 0);
            QVERIFY2(run.result(i).message.contains(u"journal could not be written"_s),
                     qPrintable(run.result(i).message));
        }
        QCOMPARE(fttest::writesHandled(sandbox), 0);
        QCOMPARE(int(sandbox.store().users().size()), usersBefore);
        QVERIFY(!run.succeeded());

        // Writable again: the same plan goes through, journalled.
        QVERIFY(readOnly.exec(u"PRAGMA query_only = OFF"_s));
        PlanRun again(client.get(), plan, nullptr);
        again.setJournal(o.journal.get());
        QSignalSpy done(&again, &PlanRun::finished);
        again.start();
        QVERIFY(done.wait(10000));
        QVERIFY(again.succeeded());
        QCOMPARE(o.journal->entries({ {}, {}, {}, again.batch() }).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"

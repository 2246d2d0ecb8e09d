// The change journal in its SQLite file: entries written and completed, read back with
// filters, the hash chain catching an edited and a deleted record, a file of the older schema
// migrated with its records still verifying, two connections appending at once, several records
// in one transaction, which batch an undo takes, and the settling of entries a stopped program
// left unknown.
#include "journal.h"
#include "journalsettler.h"
#include "modelfixture.h"
#include "storage.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftmodels;

namespace {

JournalEntry begun(const QString &batch, const QString &op, const QString &userId,
                   const QString &email, const QString &target = {})
{
    JournalEntry e;
    e.batch = batch;
    e.time = QDateTime::currentDateTimeUtc();
    e.osUser = u"tester"_s;
    e.version = u"0.1.0"_s;
    e.op = op;
    e.userId = userId;
    e.email = email;
    e.targetId = target;
    e.words = op + u" "_s + userId;
    e.params = { { u"op"_s, op }, { u"user_id"_s, userId } };
    e.before = { { u"role"_s, u"Account Reviewer"_s } };
    return e;
}

JournalEntry ended(const QString &outcome)
{
    JournalEntry e;
    e.endTime = QDateTime::currentDateTimeUtc();
    e.outcome = outcome;
    e.message = u"done"_s;
    e.after = { { u"role"_s, QJsonValue(QJsonValue::Null) } };
    return e;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Storage> open(QString path = {})
    {
        auto storage = std::make_unique<Storage>();
        QString error;
        if (!storage->open(path.isEmpty() ? m_path : path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return storage;
    }

    qint64 account(Storage &storage, const QString &profile = u"Prod"_s)
    {
        return storage.accountId(
            { profile, u"https://api.fivetran.com/v1"_s, AccountKey::fingerprint(u"the-key"_s) });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"journal-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void fileIsWalWithTheSchemaVersion()
    {
        auto storage = open();
        QVERIFY(storage);
        QCOMPARE(storage->schemaVersion(), Storage::kSchemaVersion);
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        // The key itself is never stored, only its fingerprint.
        const qint64 id = account(*storage);
        QVERIFY(id > 0);
        QCOMPARE(account(*storage), id); // the same account again
        QVERIFY(account(*storage, u"Other"_s) != id);
        QVERIFY(q.exec(u"SELECT key_fingerprint FROM accounts"_s) && q.next());
        QVERIFY(!q.value(0).toString().contains(u"the-key"_s));
        QCOMPARE(q.value(0).toString().size(), 16);
        QVERIFY(Storage::defaultPath().endsWith(u"/fivetran-admin/fivetran-admin.sqlite"_s));
    }

    void entriesAreWrittenCompletedAndFiltered()
    {
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        Journal other(storage.get(), account(*storage, u"Other"_s));
        const qint64 a = journal.begin(
            begun(u"b1"_s, u"delete_user_membership_in_account"_s, u"u1"_s, u"ann@example.com"_s));
        const qint64 b = journal.begin(begun(u"b1"_s, u"add_user_membership_in_group"_s, u"u2"_s,
                                             u"ben@example.com"_s, u"g1"_s));
        QVERIFY(a > 0 && b > a);
        QVERIFY(other.begin(begun(u"x"_s, u"delete_user"_s, u"u9"_s, u"z@example.com"_s)) > 0);
        QVERIFY(journal.end(a, ended(u"applied"_s)));

        const QVector<JournalEntry> all = journal.entries();
        QCOMPARE(all.size(), 2); // the other account's entry is not ours
        QCOMPARE(all.at(0).id, a);
        QCOMPARE(all.at(0).outcome, u"applied"_s);
        QVERIFY(all.at(0).ended);
        QCOMPARE(all.at(0).before.value(u"role"_s).toString(), u"Account Reviewer"_s);
        QVERIFY(all.at(0).after.value(u"role"_s).isNull());
        QCOMPARE(all.at(1).outcome, u"unknown"_s);
        QVERIFY(!all.at(1).ended);
        QCOMPARE(journal.unknownOutcomes().size(), 1);
        QCOMPARE(journal.unknownOutcomes().constFirst().id, b);

        QCOMPARE(journal.entries({ u"ANN@example.com"_s, {}, {}, {} }).size(), 1);
        QCOMPARE(journal.entries({ u"u2"_s, {}, {}, {} }).size(), 1);
        QCOMPARE(journal.entries({ {}, u"g1"_s, {}, {} }).size(), 1);
        QCOMPARE(journal.entries({ {}, {}, QDateTime::currentDateTimeUtc().addDays(1), {} }).size(),
                 0);
        QCOMPARE(journal.entry(b)->email, u"ben@example.com"_s);
        QVERIFY(!journal.entry(999));
        const QJsonObject json = all.at(0).toJson();
        for (const QString &field :
             { u"id"_s, u"batch"_s, u"time"_s, u"op"_s, u"user_id"_s, u"email"_s, u"target_id"_s,
               u"params"_s, u"before"_s, u"after"_s, u"outcome"_s, u"message"_s })
            QVERIFY2(json.contains(field), qPrintable(field));
        QVERIFY(journal.verify().intact);
        QCOMPARE(journal.verify().records, 3);
    }

    void anEditedRecordIsCaught()
    {
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        const qint64 a = journal.begin(begun(u"b"_s, u"delete_user"_s, u"u1"_s, u"a@b.co"_s));
        journal.end(a, ended(u"applied"_s));
        const qint64 b = journal.begin(begun(u"c"_s, u"delete_user"_s, u"u2"_s, u"c@d.co"_s));
        journal.end(b, ended(u"failed"_s));
        QVERIFY(journal.verify().intact);
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(
            u"UPDATE journal SET outcome = 'applied' WHERE entry = %1 AND kind = 'end'"_s.arg(b)));
        const Journal::Verification v = journal.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.entry, b);
        QVERIFY2(v.problem.contains(u"changed after it was written"_s), qPrintable(v.problem));
    }

    void aDeletedRecordIsCaught()
    {
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        QVector<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(
                journal.begin(begun(u"b"_s, u"delete_user"_s, u"u%1"_s.arg(i), u"a@b.co"_s)));
            journal.end(ids.last(), ended(u"applied"_s));
        }
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(u"DELETE FROM journal WHERE entry = %1"_s.arg(ids.at(1))));
        const Journal::Verification v = journal.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.entry, ids.at(2)); // the first record whose link no longer holds
        QVERIFY2(v.problem.contains(u"deleted or changed"_s), qPrintable(v.problem));
    }

    void anOlderSchemaIsMigrated()
    {
        // A file as version 1 left it: no undo links yet, records chained by the same hashes.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement :
                 { u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
                   u"INSERT INTO meta VALUES ('schema_version', '1')"_s,
                   u"CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT "
                   u"NOT NULL, api_url TEXT NOT NULL, key_fingerprint TEXT NOT NULL, UNIQUE "
                   u"(profile, api_url, key_fingerprint))"_s,
                   u"CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, account INTEGER "
                   u"NOT NULL REFERENCES accounts(id), entry INTEGER NOT NULL, kind TEXT NOT "
                   u"NULL, time TEXT NOT NULL, batch TEXT, os_user TEXT, version TEXT, op TEXT, "
                   u"user_id TEXT, email TEXT, user_name TEXT, target_kind TEXT, target_id TEXT, "
                   u"target_name TEXT, words TEXT, params TEXT, before TEXT, inverse TEXT, outcome "
                   u"TEXT, http_status INTEGER, code TEXT, message TEXT, after TEXT, prev_hash "
                   u"TEXT NOT NULL, hash TEXT NOT NULL)"_s,
                   u"INSERT INTO accounts VALUES (1, 'Prod', 'https://api.fivetran.com/v1', "
                   u"'0011223344556677')"_s }) {
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QString previous = u""_s;
            const QList<QHash<QString, QVariant>> records {
                { { u"id"_s, 1 },
                  { u"account"_s, 1 },
                  { u"entry"_s, 1 },
                  { u"kind"_s, u"begin"_s },
                  { u"time"_s, u"2026-01-02T03:04:05.000Z"_s },
                  { u"batch"_s, u"old"_s },
                  { u"op"_s, u"delete_user"_s },
                  { u"user_id"_s, u"u1"_s },
                  { u"email"_s, u"old@example.com"_s } },
                { { u"id"_s, 2 },
                  { u"account"_s, 1 },
                  { u"entry"_s, 1 },
                  { u"kind"_s, u"end"_s },
                  { u"time"_s, u"2026-01-02T03:04:06.000Z"_s },
                  { u"outcome"_s, u"applied"_s } },
            };
            for (QHash<QString, QVariant> r : records) {
                r.insert(u"prev_hash"_s, previous);
                const QString hash = Journal::recordHash(r);
                QStringList names = r.keys();
                QStringList marks;
                for (int i = 0; i < names.size(); ++i)
                    marks.append(u"?"_s);
                q.prepare(u"INSERT INTO journal (%1, hash) VALUES (%2, ?)"_s.arg(
                    names.join(u", "_s), marks.join(u", "_s)));
                for (const QString &name : names)
                    q.addBindValue(r.value(name));
                q.addBindValue(hash);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                previous = hash;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        auto storage = open();
        QVERIFY(storage);
        QCOMPARE(storage->schemaVersion(), Storage::kSchemaVersion);
        {
            // Every step ran: the undo column and the chain's index are there.
            QSqlQuery q(storage->database());
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                           u"('journal_undoes', 'journal_chain')"_s));
            int indexes = 0;
            while (q.next())
                ++indexes;
            QCOMPARE(indexes, 2);
        }
        Journal journal(storage.get(), 1);
        QVERIFY(journal.verify().intact); // the old records still verify
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().constFirst().email, u"old@example.com"_s);
        QCOMPARE(journal.entries().constFirst().outcome, u"applied"_s);
        // ... and the new column works.
        JournalEntry undo = begun(u"new"_s, u"create_user"_s, {}, u"old@example.com"_s);
        undo.undoes = 1;
        const qint64 id = journal.begin(undo);
        QVERIFY(id > 0);
        journal.end(id, ended(u"applied"_s));
        QVERIFY(journal.isUndone(1));
        QVERIFY(journal.verify().intact);

        // A file from a newer program is refused, not damaged.
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        Storage again;
        QString error;
        QVERIFY(!again.open(m_path, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void twoConnectionsAppendToOneChain()
    {
        auto first = open();
        auto second = open();
        QVERIFY(first && second);
        Journal one(first.get(), account(*first));
        Journal two(second.get(), account(*second));
        QCOMPARE(one.account(), two.account());
        for (int i = 0; i < 50; ++i) {
            Journal &j = i % 2 ? one : two;
            const qint64 id =
                j.begin(begun(u"b%1"_s.arg(i), u"delete_user"_s, u"u"_s, u"a@b.co"_s));
            QVERIFY(id > 0);
            QVERIFY((i % 3 ? two : one).end(id, ended(u"applied"_s)));
        }
        QVERIFY(one.verify().intact);
        QCOMPARE(two.verify().records, 100);
        QCOMPARE(one.entries().size(), 50);
    }

    void severalRecordsAreOneWrite()
    {
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        const qint64 first = journal.begin(begun(u"b"_s, u"delete_user"_s, u"u0"_s, u"a@b.co"_s));
        const qint64 second = journal.begin(begun(u"b"_s, u"delete_user"_s, u"u1"_s, u"c@d.co"_s));
        QVERIFY(first > 0 && second > first);
        // Two outcomes, then three new entries, in one transaction: chained in that order.
        QVector<qint64> ids;
        QString error;
        QVERIFY2(journal.write({ { first, ended(u"applied"_s) }, { second, ended(u"failed"_s) } },
                               { begun(u"b"_s, u"delete_user"_s, u"u2"_s, u"e@f.co"_s),
                                 begun(u"b"_s, u"delete_user"_s, u"u3"_s, u"g@h.co"_s),
                                 begun(u"b"_s, u"delete_user"_s, u"u4"_s, u"i@j.co"_s) },
                               &ids, &error),
                 qPrintable(error));
        QCOMPARE(ids.size(), 3);
        QCOMPARE(ids.at(0), second + 3); // after the two outcome records
        QCOMPARE(ids.at(1), ids.at(0) + 1);
        QCOMPARE(ids.at(2), ids.at(1) + 1);
        QVERIFY(journal.write({ { ids.at(1), ended(u"applied"_s) } }, {}, nullptr));
        QVERIFY(journal.write({}, {}, nullptr)); // nothing to write is no failure

        const QVector<JournalEntry> all = journal.entries();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.at(0).outcome, u"applied"_s);
        QCOMPARE(all.at(1).outcome, u"failed"_s);
        QCOMPARE(all.at(2).outcome, u"unknown"_s);
        QCOMPARE(all.at(3).outcome, u"applied"_s);
        QCOMPARE(all.at(3).email, u"g@h.co"_s);
        QCOMPARE(journal.unknownOutcomes().size(), 2);
        const Journal::Verification v = journal.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 8);
    }

    void theUndoTakesTheLastBatchNotYetUndone()
    {
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        auto add = [&](const QString &batch, const QString &outcome, qint64 undoes = 0) {
            JournalEntry e =
                begun(batch, u"delete_user_membership_in_account"_s, u"u"_s, u"a@b.co"_s);
            e.undoes = undoes;
            const qint64 id = journal.begin(e);
            journal.end(id, ended(outcome));
            return id;
        };
        const qint64 first = add(u"one"_s, u"applied"_s);
        const qint64 second = add(u"two"_s, u"applied"_s);
        add(u"three"_s, u"failed"_s); // changed nothing
        QCOMPARE(journal.lastUndoableBatch(), u"two"_s);
        add(u"undo-two"_s, u"applied"_s, second);
        QCOMPARE(journal.lastUndoableBatch(), u"one"_s); // two is undone, its undo is no batch
        QVERIFY(journal.isUndone(second));
        QVERIFY(!journal.isUndone(first));
    }

    void unknownOutcomesAreSettledByReadingTheState()
    {
        fttest::TestSandbox sandbox;
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        auto storage = open();
        QVERIFY(storage);
        Journal journal(storage.get(), account(*storage));
        // James (keen_walnut) is in Production Snowflake; Hannah (frosty_paddle) is not.
        JournalEntry made = begun(u"b"_s, u"delete_user_membership_in_group"_s, u"keen_walnut"_s,
                                  u"james.walker@example.com"_s, u"warm_harbor"_s);
        made.params = { { u"op"_s, u"delete_user_membership_in_group"_s },
                        { u"user_id"_s, u"keen_walnut"_s },
                        { u"group_id"_s, u"warm_harbor"_s } };
        JournalEntry notMade = made;
        notMade.userId = u"frosty_paddle"_s;
        notMade.params = { { u"op"_s, u"add_user_membership_in_group"_s },
                           { u"user_id"_s, u"frosty_paddle"_s },
                           { u"group_id"_s, u"warm_harbor"_s },
                           { u"role"_s, u"View Destination"_s } };
        const qint64 a = journal.begin(made);
        const qint64 b = journal.begin(notMade);
        // The first was carried out before the program stopped; the second never left.
        QVERIFY(!sandbox.store()
                     .deleteMembership(ftsandbox::MembershipKind::Group, u"keen_walnut"_s,
                                       u"warm_harbor"_s)
                     .isError());
        JournalSettler settler(client.get(), &journal);
        QSignalSpy finished(&settler, &JournalSettler::finished);
        settler.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(settler.settled(), 2);
        QCOMPARE(journal.entry(a)->outcome, u"applied"_s);
        QVERIFY(journal.entry(a)->settled);
        QCOMPARE(journal.entry(b)->outcome, u"failed"_s);
        QVERIFY(journal.entry(b)->message.contains(u"not made"_s));
        QVERIFY(journal.unknownOutcomes().isEmpty());
        QVERIFY(journal.verify().intact);
        QCOMPARE(settler.report().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

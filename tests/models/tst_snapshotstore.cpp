// SnapshotStore and SnapshotCodec: an audit saved and read back whole, the list with its
// counts, labels, deletion, the names previous/latest, an incomplete audit refused, a damaged
// blob refused, accounts kept apart, and a file of schema 3 (before snapshots) migrated.
#include "auditfixture.h"
#include "sandboxserver.h"
#include "snapshotcodec.h"
#include "snapshotstore.h"
#include "storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ftmodels::AuditData;
using ftmodels::SnapshotStore;
using ftmodels::Storage;

namespace {

// The codec keeps neither phone numbers nor pictures.
AuditData withoutContact(AuditData data)
{
    for (ftapi::User &u : data.users) {
        u.phone.reset();
        u.picture.reset();
    }
    return data;
}

void compareData(const AuditData &a, const AuditData &b)
{
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.destinationMemberships, b.destinationMemberships);
    QCOMPARE(a.connectionMemberships, b.connectionMemberships);
    QCOMPARE(a.groups, b.groups);
    QCOMPARE(a.connections, b.connections);
    QCOMPARE(a.roles, b.roles);
    QCOMPARE(a.teams.size(), b.teams.size());
    for (qsizetype i = 0; i < a.teams.size(); ++i) {
        QCOMPARE(a.teams[i].team, b.teams[i].team);
        QCOMPARE(a.teams[i].members, b.teams[i].members);
        QCOMPARE(a.teams[i].destinations, b.teams[i].destinations);
        QCOMPARE(a.teams[i].connections, b.teams[i].connections);
    }
    QCOMPARE(a.teamsRead, b.teamsRead);
}

ftmodels::AuditResult complete(const QDateTime &when)
{
    ftmodels::AuditResult result;
    result.generatedAt = when;
    return result;
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ftsandbox::SandboxServer> m_server;

    std::unique_ptr<Storage> open(const QString &name = u"s.sqlite"_s)
    {
        auto storage = std::make_unique<Storage>();
        QString error;
        if (!storage->open(m_dir.filePath(name), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return storage;
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(80, 4, 16, 3);
        options.teams = 3;
        m_server = std::make_unique<ftsandbox::SandboxServer>(options);
    }

    void codecRoundTrip()
    {
        const AuditData data = withoutContact(fttest::auditDataFromStore(m_server->store()));
        QVERIFY(!data.teams.isEmpty());
        const QByteArray blob = ftmodels::SnapshotCodec::encode(data);
        QString error;
        const std::optional<AuditData> back = ftmodels::SnapshotCodec::decode(blob, &error);
        QVERIFY2(back, qPrintable(error));
        compareData(*back, data);
    }

    void damagedBlobsAreRefused()
    {
        const QByteArray blob =
            ftmodels::SnapshotCodec::encode(fttest::auditDataFromStore(m_server->store()));
        QString error;
        QVERIFY(!ftmodels::SnapshotCodec::decode(QByteArray(), &error));
        QVERIFY(!ftmodels::SnapshotCodec::decode("not a snapshot at all", &error));
        QVERIFY(!ftmodels::SnapshotCodec::decode(blob.left(blob.size() / 2), &error));
        QVERIFY(!error.isEmpty());
        QByteArray newer = blob;
        newer[4] = char(9);
        QVERIFY(!ftmodels::SnapshotCodec::decode(newer, &error));
        QVERIFY(error.contains(u"newer"_s));
        // Every single flipped byte of the body: refused or read, never a crash.
        for (qsizetype i = 5; i < blob.size(); i += qMax<qsizetype>(1, blob.size() / 200)) {
            QByteArray flipped = blob;
            flipped[i] = char(flipped[i] ^ 0x5a);
            ftmodels::SnapshotCodec::decode(flipped, &error);
        }
    }

    void saveListLoadLabelDelete()
    {
        auto storage = open();
        QVERIFY(storage);
        QCOMPARE(storage->schemaVersion(), Storage::kSchemaVersion);
        const qint64 account = storage->accountId({ u"p"_s, u"http://x"_s, u"f"_s });
        SnapshotStore store(storage.get(), account);
        QString error;
        QVERIFY(!store.resolve(u"latest"_s, &error));
        QVERIFY(error.contains(u"no snapshot"_s));

        const AuditData data = withoutContact(fttest::auditDataFromStore(m_server->store()));
        const QDateTime t1(QDate(2026, 10, 1), QTime(8, 30, 1, 250), Qt::UTC);
        const QDateTime t2 = t1.addDays(7);
        const qint64 first = store.save(data, complete(t1), &error);
        QVERIFY2(first > 0, qPrintable(error));
        const qint64 second = store.save(data, complete(t2), &error);
        QVERIFY(second > first);

        const QVector<ftmodels::SnapshotInfo> list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, first);
        QCOMPARE(list[0].time, t1);
        QCOMPARE(list[0].users, int(data.users.size()));
        QCOMPARE(list[0].grants, SnapshotStore::grantCount(data));
        QVERIFY(list[0].grants > 0);
        QVERIFY(!list[0].version.isEmpty());
        QCOMPARE(store.resolve(u"latest"_s, &error), second);
        QCOMPARE(store.resolve(u"previous"_s, &error), first);
        QCOMPARE(store.resolve(QString::number(first), &error), first);
        QVERIFY(!store.resolve(u"999"_s, &error));
        QVERIFY(!store.resolve(u"yesterday"_s, &error));

        const std::optional<ftmodels::Snapshot> loaded = store.load(first, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->info.time, t1);
        compareData(loaded->data, data);

        QVERIFY(store.setLabel(first, u"  Q3 review  "_s));
        QCOMPARE(store.info(first)->label, u"Q3 review"_s);
        QVERIFY(store.remove(second));
        QVERIFY(!store.remove(second));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.resolve(u"latest"_s, &error), first);
        QVERIFY(!store.resolve(u"previous"_s, &error));

        // Another account of the same file sees none of them.
        SnapshotStore otherAccount(storage.get(),
                                   storage->accountId({ u"q"_s, u"http://x"_s, u"f"_s }));
        QVERIFY(otherAccount.list().isEmpty());
        QVERIFY(!otherAccount.load(first, &error));
    }

    void incompleteAuditIsNotSaved()
    {
        auto storage = open();
        QVERIFY(storage);
        SnapshotStore store(storage.get(), storage->accountId({ u"p"_s, u"u"_s, u"f"_s }));
        const AuditData data = fttest::auditDataFromStore(m_server->store());
        ftmodels::AuditResult missing = complete(QDateTime::currentDateTimeUtc());
        missing.missing = { u"GET /users/x/groups: 500"_s };
        QString error;
        QCOMPARE(store.save(data, missing, &error), 0);
        QVERIFY(error.contains(u"incomplete"_s));
        ftmodels::AuditResult cancelled = complete(QDateTime::currentDateTimeUtc());
        cancelled.cancelled = true;
        QCOMPARE(store.save(data, cancelled, &error), 0);
        QVERIFY(store.list().isEmpty());
    }

    void schemaThreeIsMigrated()
    {
        {
            auto storage = open(u"old.sqlite"_s);
            QVERIFY(storage);
        }
        // Back to what a console of schema 3 (the journal's chain index) left: no snapshots.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
            db.setDatabaseName(m_dir.filePath(u"old.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TABLE snapshots"_s));
            QVERIFY(q.exec(u"UPDATE meta SET value = '3' WHERE key = 'schema_version'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v3"_s);
        auto storage = open(u"old.sqlite"_s);
        QVERIFY(storage);
        QCOMPARE(storage->schemaVersion(), Storage::kSchemaVersion);
        SnapshotStore store(storage.get(), storage->accountId({ u"p"_s, u"u"_s, u"f"_s }));
        QString error;
        QVERIFY(store.save(fttest::auditDataFromStore(m_server->store()),
                           complete(QDateTime::currentDateTimeUtc()), &error)
                > 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"

#include "storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_connections { 0 };

// Each step takes the file from version N to N + 1; applied in one transaction each.
const QStringList &migrationSteps(int from)
{
    static const QStringList toVersion1 {
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, "
        u"api_url TEXT NOT NULL, key_fingerprint TEXT NOT NULL, "
        u"UNIQUE (profile, api_url, key_fingerprint))"_s,
        // The change journal, append-only: a 'begin' record before a write leaves and an 'end'
        // record once its outcome is known, each chained to the account's previous record.
        u"CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, account INTEGER NOT NULL "
        u"REFERENCES accounts(id), entry INTEGER NOT NULL, kind TEXT NOT NULL, time TEXT NOT "
        u"NULL, batch TEXT, os_user TEXT, version TEXT, op TEXT, user_id TEXT, email TEXT, "
        u"user_name TEXT, target_kind TEXT, target_id TEXT, target_name TEXT, words TEXT, "
        u"params TEXT, before TEXT, inverse TEXT, outcome TEXT, http_status INTEGER, code TEXT, "
        u"message TEXT, after TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE INDEX journal_entry ON journal (account, entry)"_s,
        u"CREATE INDEX journal_batch ON journal (account, batch)"_s,
    };
    // Undo links: which entry an undo's entry undoes.
    static const QStringList toVersion2 {
        u"ALTER TABLE journal ADD COLUMN undoes INTEGER"_s,
        u"CREATE INDEX journal_undoes ON journal (account, undoes)"_s,
    };
    // The chain's end per account found at once, not by sorting the account's records.
    static const QStringList toVersion3 {
        u"CREATE INDEX journal_chain ON journal (account, id)"_s,
    };
    // Access snapshots: each completed audit, its facts in columns for the list, the audit
    // itself as a SnapshotCodec blob.
    static const QStringList toVersion4 {
        u"CREATE TABLE snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, account INTEGER NOT NULL "
        u"REFERENCES accounts(id), time TEXT NOT NULL, os_user TEXT, version TEXT, label TEXT, "
        u"users INTEGER NOT NULL, grants INTEGER NOT NULL, teams_read INTEGER NOT NULL, "
        u"data BLOB NOT NULL)"_s,
        u"CREATE INDEX snapshots_account ON snapshots (account, time)"_s,
    };
    static const QStringList none;
    switch (from) {
    case 0:
        return toVersion1;
    case 1:
        return toVersion2;
    case 2:
        return toVersion3;
    case 3:
        return toVersion4;
    default:
        return none;
    }
}

bool isLocked(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), whichever way the driver reports them.
    const QString code = error.nativeErrorCode();
    return code == u"5"_s || code == u"6"_s || error.text().contains(u"locked"_s);
}

} // namespace

QString AccountKey::fingerprint(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return {};
    const QByteArray salted = QByteArray("fivetran-admin key:") + apiKey.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(salted, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

Storage::Storage()
    : m_connection(u"ftstorage-%1"_s.arg(g_connections.fetch_add(1)))
{
}

Storage::~Storage()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString Storage::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/fivetran-admin/fivetran-admin.sqlite"_s;
}

bool Storage::open(const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the folder of %1"_s.arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        *error = u"the SQLite driver of Qt SQL is not installed (libqt6sql6-sqlite)"_s;
        return false;
    }
    db.setDatabaseName(path);
    // Another console may hold a write lock for a moment: wait for it rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    m_path = path;
    QSqlQuery pragma(db);
    for (const QString &statement : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                      u"PRAGMA foreign_keys=ON"_s }) {
        // Two consoles opening a new file at once: the change to WAL needs the file to itself
        // and SQLite answers "locked" at once instead of waiting, so it is asked again for a
        // while (the busy timeout covers everything else).
        bool done = pragma.exec(statement);
        for (int attempt = 0; !done && attempt < 400 && isLocked(pragma.lastError()); ++attempt) {
            QThread::msleep(25);
            done = pragma.exec(statement);
        }
        if (!done) {
            *error = u"cannot prepare %1: %2"_s.arg(path, pragma.lastError().text());
            db.close();
            return false;
        }
    }
    if (!migrate(error)) {
        db.close();
        return false;
    }
    return true;
}

bool Storage::isOpen() const
{
    return database().isOpen();
}

QSqlDatabase Storage::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Storage::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Storage::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // Serialised with any other console opening the file at the same time.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = u"cannot lock %1: %2"_s.arg(m_path, q.lastError().text());
        return false;
    }
    int version = 0;
    if (q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        q.exec(u"ROLLBACK"_s);
        *error = u"%1 was written by a newer fivetran-admin (schema %2; this one reads up to %3)"_s
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    while (version < kSchemaVersion) {
        for (const QString &statement : migrationSteps(version)) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                q.exec(u"ROLLBACK"_s);
                *error =
                    u"cannot bring %1 to schema %2: %3"_s.arg(m_path).arg(version + 1).arg(why);
                return false;
            }
        }
        ++version;
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"_s);
        q.addBindValue(version);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            q.exec(u"ROLLBACK"_s);
            *error = u"cannot record schema %1 in %2: %3"_s.arg(version).arg(m_path, why);
            return false;
        }
    }
    if (!q.exec(u"COMMIT"_s)) {
        *error = u"cannot write %1: %2"_s.arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

qint64 Storage::accountId(const AccountKey &key)
{
    // A null QString binds as SQL NULL; these columns hold text, empty included.
    auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    QSqlQuery q(database());
    q.prepare(
        u"INSERT OR IGNORE INTO accounts (profile, api_url, key_fingerprint) VALUES (?, ?, ?)"_s);
    q.addBindValue(text(key.profile));
    q.addBindValue(text(key.apiUrl));
    q.addBindValue(text(key.keyFingerprint));
    if (!q.exec())
        return -1;
    q.prepare(
        u"SELECT id FROM accounts WHERE profile = ? AND api_url = ? AND key_fingerprint = ?"_s);
    q.addBindValue(text(key.profile));
    q.addBindValue(text(key.apiUrl));
    q.addBindValue(text(key.keyFingerprint));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ftmodels

#include "journal.h"

#include "storage.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// Every column a record's hash covers, in this order; NULL columns are left out, so a column a
// later schema adds leaves the hashes of older records as they were.
const QStringList &hashedColumns()
{
    static const QStringList columns {
        u"id"_s,          u"account"_s,   u"entry"_s,       u"kind"_s,      u"time"_s,
        u"batch"_s,       u"os_user"_s,   u"version"_s,     u"op"_s,        u"user_id"_s,
        u"email"_s,       u"user_name"_s, u"target_kind"_s, u"target_id"_s, u"target_name"_s,
        u"words"_s,       u"params"_s,    u"before"_s,      u"inverse"_s,   u"outcome"_s,
        u"http_status"_s, u"code"_s,      u"message"_s,     u"after"_s,     u"undoes"_s,
        u"prev_hash"_s,
    };
    return columns;
}

// The positions in hashedColumns(), for a record's values in one array.
enum Column {
    Id,
    Account,
    Entry,
    Kind,
    Time,
    Batch,
    OsUser,
    Version,
    Op,
    UserId,
    Email,
    UserName,
    TargetKind,
    TargetId,
    TargetName,
    Words,
    Params,
    Before,
    Inverse,
    Outcome,
    HttpStatus,
    Code,
    Message,
    After,
    Undoes,
    PrevHash,
    ColumnCount
};

using Record = std::array<QVariant, ColumnCount>;

QString hashOf(const Record &values)
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> utf8;
        for (const QString &column : hashedColumns())
            utf8.append(column.toUtf8());
        return utf8;
    }();
    QByteArray canonical;
    canonical.reserve(1024);
    for (int i = 0; i < ColumnCount; ++i) {
        const QVariant &value = values[size_t(i)];
        if (value.isNull() || !value.isValid())
            continue;
        const QByteArray text = value.toString().toUtf8();
        canonical += names.at(i) + ':' + QByteArray::number(text.size()) + ':' + text + '\n';
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString Journal::recordHash(const QHash<QString, QVariant> &values)
{
    Q_ASSERT(hashedColumns().size() == ColumnCount);
    Record record;
    for (int i = 0; i < ColumnCount; ++i)
        record[size_t(i)] = values.value(hashedColumns().at(i));
    return hashOf(record);
}

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant json(const QJsonObject &object)
{
    return object.isEmpty()
        ? QVariant()
        : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QVariant json(const QJsonArray &array)
{
    return array.isEmpty()
        ? QVariant()
        : QVariant(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonArray arrayOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o {
        { u"id"_s, id },
        { u"batch"_s, batch },
        { u"time"_s, timeText(time) },
        { u"op"_s, op },
        { u"user_id"_s, userId },
        { u"email"_s, email },
        { u"target_id"_s, targetId },
        { u"params"_s, params },
        { u"before"_s, before },
        { u"after"_s, after },
        { u"outcome"_s, ended ? outcome : u"unknown"_s },
        { u"message"_s, message },
        { u"words"_s, words },
        { u"os_user"_s, osUser },
        { u"version"_s, version },
    };
    if (!targetKind.isEmpty())
        o.insert(u"target_kind"_s, targetKind);
    if (!targetName.isEmpty())
        o.insert(u"target_name"_s, targetName);
    if (!userName.isEmpty())
        o.insert(u"user_name"_s, userName);
    if (undoes > 0)
        o.insert(u"undoes"_s, undoes);
    if (httpStatus > 0)
        o.insert(u"http_status"_s, httpStatus);
    if (!code.isEmpty())
        o.insert(u"code"_s, code);
    if (settled)
        o.insert(u"settled"_s, true);
    return o;
}

QString Journal::osUser()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // A desktop session without those variables still has an account behind it.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return u"unknown"_s;
}

Journal::Journal(Storage *storage, qint64 account)
    : m_storage(storage)
    , m_account(account)
{
}

Journal::~Journal() = default;

// The statements every write runs, prepared once: parsing them again for each record cost
// more than the rest of the write.
struct Journal::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : lock(db)
        , nextId(db)
        , lastHash(db)
        , insert(db)
        , commit(db)
    {
    }
    QSqlQuery lock;
    QSqlQuery nextId;
    QSqlQuery lastHash;
    QSqlQuery insert;
    QSqlQuery commit;
};

Journal::Statements *Journal::statements(QString *error)
{
    if (m_statements)
        return m_statements.get();
    auto s = std::make_unique<Statements>(m_storage->database());
    // Every column is written, NULL where the record has no value: the same row (and hash)
    // as leaving the column out.
    QStringList marks;
    for (qsizetype i = 0; i <= hashedColumns().size(); ++i)
        marks.append(u"?"_s);
    const bool prepared = s->lock.prepare(u"BEGIN IMMEDIATE"_s)
        && s->nextId.prepare(u"SELECT COALESCE(MAX(id), 0) + 1 FROM journal"_s)
        && s->lastHash.prepare(
            u"SELECT hash FROM journal WHERE account = ? ORDER BY id DESC LIMIT 1"_s)
        && s->insert.prepare(u"INSERT INTO journal (%1, hash) VALUES (%2)"_s.arg(
            hashedColumns().join(u", "_s), marks.join(u", "_s)))
        && s->commit.prepare(u"COMMIT"_s);
    if (!prepared) {
        if (error)
            *error = u"cannot prepare the journal's statements: "_s
                + m_storage->database().lastError().text();
        return nullptr;
    }
    m_statements = std::move(s);
    return m_statements.get();
}

bool Journal::insert(Statements *s, const QString &kind, qint64 id, qint64 entry,
                     const JournalEntry &fields, QString *previous, QString *error)
{
    const bool begins = kind == u"begin"_s;
    Record values;
    values[Id] = id;
    values[Account] = m_account;
    values[Entry] = begins ? id : entry;
    values[Kind] = kind;
    values[Time] = timeText(begins ? fields.time : fields.endTime);
    values[PrevHash] = *previous;
    if (begins) {
        values[Batch] = text(fields.batch);
        values[OsUser] = text(fields.osUser);
        values[Version] = text(fields.version);
        values[Op] = text(fields.op);
        values[UserId] = text(fields.userId);
        values[Email] = text(fields.email);
        values[UserName] = text(fields.userName);
        values[TargetKind] = text(fields.targetKind);
        values[TargetId] = text(fields.targetId);
        values[TargetName] = text(fields.targetName);
        values[Words] = text(fields.words);
        values[Params] = json(fields.params);
        values[Before] = json(fields.before);
        values[Inverse] = json(fields.inverse);
        if (fields.undoes > 0)
            values[Undoes] = fields.undoes;
    } else {
        values[Outcome] = text(fields.outcome);
        if (fields.httpStatus > 0)
            values[HttpStatus] = fields.httpStatus;
        values[Code] = text(fields.code);
        values[Message] = text(fields.message);
        values[After] = json(fields.after);
    }
    const QString hash = hashOf(values);
    for (int i = 0; i < ColumnCount; ++i)
        s->insert.bindValue(i, values[size_t(i)]);
    s->insert.bindValue(ColumnCount, hash);
    if (!s->insert.exec()) {
        if (error)
            *error = u"cannot write to the journal: "_s + s->insert.lastError().text();
        return false;
    }
    *previous = hash;
    return true;
}

bool Journal::write(const QVector<Ending> &ends, const QVector<JournalEntry> &begins,
                    QVector<qint64> *ids, QString *error)
{
    if (ends.isEmpty() && begins.isEmpty())
        return true;
    Statements *s = statements(error);
    if (!s)
        return false;
    auto fail = [&](const QString &what, const QSqlQuery &q) {
        if (error && !what.isEmpty())
            *error = what + u": "_s + q.lastError().text();
        QSqlQuery(m_storage->database()).exec(u"ROLLBACK"_s);
        return false;
    };
    // One writer at a time across every console on this file: the chain is read and extended
    // in the same transaction.
    if (!s->lock.exec())
        return fail(u"cannot lock the journal"_s, s->lock);
    if (!s->nextId.exec() || !s->nextId.next())
        return fail(u"cannot read the journal"_s, s->nextId);
    qint64 next = s->nextId.value(0).toLongLong();
    s->nextId.finish();
    s->lastHash.bindValue(0, m_account);
    if (!s->lastHash.exec())
        return fail(u"cannot read the journal"_s, s->lastHash);
    QString previous = s->lastHash.next() ? s->lastHash.value(0).toString() : QStringLiteral("");
    s->lastHash.finish();

    QVector<qint64> written;
    for (const Ending &end : ends) {
        if (!insert(s, end.outcome.settled ? u"settled"_s : u"end"_s, next++, end.entry,
                    end.outcome, &previous, error))
            return fail({}, s->insert);
    }
    for (const JournalEntry &entry : begins) {
        written.append(next);
        if (!insert(s, u"begin"_s, next++, 0, entry, &previous, error))
            return fail({}, s->insert);
    }
    if (!s->commit.exec())
        return fail(u"cannot write to the journal"_s, s->commit);
    if (ids)
        *ids = written;
    return true;
}

qint64 Journal::begin(const JournalEntry &entry, QString *error)
{
    QVector<qint64> ids;
    return write({}, { entry }, &ids, error) ? ids.constFirst() : 0;
}

bool Journal::end(qint64 id, const JournalEntry &outcome, QString *error)
{
    return write({ Ending { id, outcome } }, {}, nullptr, error);
}

QVector<JournalEntry> Journal::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_storage->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT b.id, b.batch, b.time, b.os_user, b.version, b.op, b.user_id, b.email, "
              u"b.user_name, b.target_kind, b.target_id, b.target_name, b.words, b.params, "
              u"b.before, b.inverse, b.undoes, e.kind, e.time, e.outcome, e.http_status, e.code, "
              u"e.message, e.after FROM journal b LEFT JOIN journal e ON e.account = b.account "
              u"AND e.entry = b.id AND e.kind IN ('end', 'settled') WHERE b.account = ? AND "
              u"b.kind = 'begin'"_s
              + (where.isEmpty() ? QString() : u" AND "_s + where) + u" ORDER BY b.id"_s);
    q.addBindValue(m_account);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVector<JournalEntry> found;
    if (!q.exec())
        return found;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.batch = q.value(1).toString();
        e.time = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.osUser = q.value(3).toString();
        e.version = q.value(4).toString();
        e.op = q.value(5).toString();
        e.userId = q.value(6).toString();
        e.email = q.value(7).toString();
        e.userName = q.value(8).toString();
        e.targetKind = q.value(9).toString();
        e.targetId = q.value(10).toString();
        e.targetName = q.value(11).toString();
        e.words = q.value(12).toString();
        e.params = objectOf(q.value(13));
        e.before = objectOf(q.value(14));
        e.inverse = arrayOf(q.value(15));
        e.undoes = q.value(16).toLongLong();
        e.ended = !q.value(17).isNull();
        e.settled = q.value(17).toString() == u"settled"_s;
        e.endTime = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
        e.outcome = e.ended ? q.value(19).toString() : u"unknown"_s;
        e.httpStatus = q.value(20).toInt();
        e.code = q.value(21).toString();
        e.message = q.value(22).toString();
        e.after = objectOf(q.value(23));
        found.append(e);
    }
    return found;
}

QVector<JournalEntry> Journal::entries(const JournalFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.user.isEmpty()) {
        where.append(u"(b.user_id = ? OR lower(b.email) = lower(?))"_s);
        values << filter.user << filter.user;
    }
    if (!filter.target.isEmpty()) {
        where.append(u"b.target_id = ?"_s);
        values << filter.target;
    }
    if (filter.since.isValid()) {
        where.append(u"b.time >= ?"_s);
        values << timeText(filter.since);
    }
    if (!filter.batch.isEmpty()) {
        where.append(u"b.batch = ?"_s);
        values << filter.batch;
    }
    return load(where.join(u" AND "_s), values);
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    const QVector<JournalEntry> found = load(u"b.id = ?"_s, { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QVector<JournalEntry> Journal::unknownOutcomes() const
{
    return load(u"e.id IS NULL"_s, {});
}

bool Journal::isUndone(qint64 id) const
{
    const QVector<JournalEntry> undos = load(u"b.undoes = ?"_s, { id });
    for (const JournalEntry &u : undos) {
        if (u.outcome == u"applied"_s || u.outcome == u"already_in_effect"_s)
            return true;
    }
    return false;
}

QString Journal::lastUndoableBatch() const
{
    const QVector<JournalEntry> all = entries();
    QSet<qint64> undone;
    QSet<QString> undoBatches;
    for (const JournalEntry &e : all) {
        if (e.undoes > 0) {
            undoBatches.insert(e.batch);
            if (e.outcome == u"applied"_s || e.outcome == u"already_in_effect"_s)
                undone.insert(e.undoes);
        }
    }
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const JournalEntry &e = all.at(i);
        if (undoBatches.contains(e.batch) || undone.contains(e.id))
            continue;
        if (e.outcome == u"applied"_s)
            return e.batch;
    }
    return {};
}

Journal::Verification Journal::verify() const
{
    Verification v;
    QSqlQuery q(m_storage->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM journal WHERE account = ? ORDER BY id"_s);
    q.addBindValue(m_account);
    if (!q.exec()) {
        v.intact = false;
        v.problem = u"the journal cannot be read: "_s + q.lastError().text();
        return v;
    }
    QString previous;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QHash<QString, QVariant> values;
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), record.value(i));
        ++v.records;
        const qint64 entry = values.value(u"entry"_s).toLongLong();
        const qint64 id = values.value(u"id"_s).toLongLong();
        if (values.value(u"prev_hash"_s).toString() != previous) {
            v.intact = false;
            v.entry = entry;
            v.problem = u"record %1 (entry %2) does not follow the record before it: a record "
                        u"was deleted or changed"_s.arg(id)
                            .arg(entry);
            return v;
        }
        const QString stored = values.value(u"hash"_s).toString();
        if (recordHash(values) != stored) {
            v.intact = false;
            v.entry = entry;
            v.problem = u"record %1 (entry %2) does not match its hash: it was changed after it "
                        u"was written"_s.arg(id)
                            .arg(entry);
            return v;
        }
        previous = stored;
    }
    return v;
}

} // namespace ftmodels

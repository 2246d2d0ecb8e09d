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

} // namespace

QString Journal::recordHash(const QHash<QString, QVariant> &values)
{
    QByteArray canonical;
    for (const QString &column : hashedColumns()) {
        const QVariant value = values.value(column);
        if (value.isNull() || !value.isValid())
            continue;
        const QByteArray text = value.toString().toUtf8();
        canonical += column.toUtf8() + ':' + QByteArray::number(text.size()) + ':' + text + '\n';
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
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

bool Journal::append(const QString &kind, qint64 entry, const JournalEntry &fields, qint64 *id,
                     QString *error)
{
    QSqlDatabase db = m_storage->database();
    QSqlQuery q(db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = what + u": "_s + q.lastError().text();
        q.exec(u"ROLLBACK"_s);
        return false;
    };
    // One writer at a time across every console on this file: the chain is read and extended
    // in the same transaction.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(u"cannot lock the journal"_s);
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM journal"_s) || !q.next())
        return fail(u"cannot read the journal"_s);
    const qint64 next = q.value(0).toLongLong();
    q.prepare(u"SELECT hash FROM journal WHERE account = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(m_account);
    if (!q.exec())
        return fail(u"cannot read the journal"_s);
    const QString previous = q.next() ? q.value(0).toString() : QStringLiteral("");

    const bool begins = kind == u"begin"_s;
    QHash<QString, QVariant> values {
        { u"id"_s, next },
        { u"account"_s, m_account },
        { u"entry"_s, begins ? next : entry },
        { u"kind"_s, kind },
        { u"time"_s, timeText(begins ? fields.time : fields.endTime) },
        { u"prev_hash"_s, previous },
    };
    if (begins) {
        values.insert(u"batch"_s, text(fields.batch));
        values.insert(u"os_user"_s, text(fields.osUser));
        values.insert(u"version"_s, text(fields.version));
        values.insert(u"op"_s, text(fields.op));
        values.insert(u"user_id"_s, text(fields.userId));
        values.insert(u"email"_s, text(fields.email));
        values.insert(u"user_name"_s, text(fields.userName));
        values.insert(u"target_kind"_s, text(fields.targetKind));
        values.insert(u"target_id"_s, text(fields.targetId));
        values.insert(u"target_name"_s, text(fields.targetName));
        values.insert(u"words"_s, text(fields.words));
        values.insert(u"params"_s, json(fields.params));
        values.insert(u"before"_s, json(fields.before));
        values.insert(u"inverse"_s, json(fields.inverse));
        if (fields.undoes > 0)
            values.insert(u"undoes"_s, fields.undoes);
    } else {
        values.insert(u"outcome"_s, text(fields.outcome));
        if (fields.httpStatus > 0)
            values.insert(u"http_status"_s, fields.httpStatus);
        values.insert(u"code"_s, text(fields.code));
        values.insert(u"message"_s, text(fields.message));
        values.insert(u"after"_s, json(fields.after));
    }
    const QString hash = recordHash(values);

    QStringList names;
    QStringList marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names.append(it.key());
        marks.append(u"?"_s);
    }
    q.prepare(u"INSERT INTO journal (%1, hash) VALUES (%2, ?)"_s.arg(names.join(u", "_s),
                                                                     marks.join(u", "_s)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(hash);
    if (!q.exec())
        return fail(u"cannot write to the journal"_s);
    if (!q.exec(u"COMMIT"_s))
        return fail(u"cannot write to the journal"_s);
    if (id)
        *id = next;
    return true;
}

qint64 Journal::begin(const JournalEntry &entry, QString *error)
{
    qint64 id = 0;
    return append(u"begin"_s, 0, entry, &id, error) ? id : 0;
}

bool Journal::end(qint64 id, const JournalEntry &outcome, QString *error)
{
    return append(outcome.settled ? u"settled"_s : u"end"_s, id, outcome, nullptr, error);
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

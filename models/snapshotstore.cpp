#include "snapshotstore.h"

#include "journal.h"
#include "snapshotcodec.h"
#include "storage.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

SnapshotInfo infoOf(const QSqlQuery &q)
{
    SnapshotInfo info;
    info.id = q.value(0).toLongLong();
    info.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    info.users = q.value(2).toInt();
    info.grants = q.value(3).toInt();
    info.label = q.value(4).toString();
    info.osUser = q.value(5).toString();
    info.version = q.value(6).toString();
    info.teamsRead = q.value(7).toBool();
    return info;
}

const QString kColumns = u"id, time, users, grants, label, os_user, version, teams_read"_s;

} // namespace

SnapshotStore::SnapshotStore(Storage *storage, qint64 account)
    : m_storage(storage)
    , m_account(account)
{
}

int SnapshotStore::grantCount(const AuditData &data)
{
    qsizetype count = 0;
    for (const auto &list : data.destinationMemberships)
        count += list.size();
    for (const auto &list : data.connectionMemberships)
        count += list.size();
    return int(count);
}

qint64 SnapshotStore::save(const AuditData &data, const AuditResult &result, QString *error)
{
    if (!result.isComplete()) {
        *error = result.cancelled
            ? u"the audit was cancelled before it finished"_s
            : u"the audit is incomplete: %1"_s.arg(result.missing.join(u"; "_s));
        return 0;
    }
    if (!m_storage || !m_storage->isOpen()) {
        *error = u"the storage file is not open"_s;
        return 0;
    }
    const QByteArray blob = SnapshotCodec::encode(data);
    QSqlQuery q(m_storage->database());
    q.prepare(u"INSERT INTO snapshots (account, time, os_user, version, label, users, grants, "
              u"teams_read, data) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)"_s);
    q.addBindValue(m_account);
    q.addBindValue(timeText(result.generatedAt.isValid() ? result.generatedAt
                                                         : QDateTime::currentDateTimeUtc()));
    q.addBindValue(Journal::osUser());
    q.addBindValue(QStringLiteral(FT_VERSION));
    q.addBindValue(int(data.users.size()));
    q.addBindValue(grantCount(data));
    q.addBindValue(data.teamsRead ? 1 : 0);
    q.addBindValue(blob);
    if (!q.exec()) {
        *error =
            u"cannot write the snapshot to %1: %2"_s.arg(m_storage->path(), q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QVector<SnapshotInfo> SnapshotStore::list() const
{
    QVector<SnapshotInfo> infos;
    if (!m_storage)
        return infos;
    QSqlQuery q(m_storage->database());
    q.prepare(u"SELECT %1 FROM snapshots WHERE account = ? ORDER BY time, id"_s.arg(kColumns));
    q.addBindValue(m_account);
    if (!q.exec())
        return infos;
    while (q.next())
        infos.append(infoOf(q));
    return infos;
}

std::optional<SnapshotInfo> SnapshotStore::info(qint64 id) const
{
    if (!m_storage)
        return std::nullopt;
    QSqlQuery q(m_storage->database());
    q.prepare(u"SELECT %1 FROM snapshots WHERE account = ? AND id = ?"_s.arg(kColumns));
    q.addBindValue(m_account);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return infoOf(q);
}

std::optional<Snapshot> SnapshotStore::load(qint64 id, QString *error) const
{
    if (!m_storage) {
        *error = u"the storage file is not open"_s;
        return std::nullopt;
    }
    QSqlQuery q(m_storage->database());
    q.prepare(u"SELECT %1, data FROM snapshots WHERE account = ? AND id = ?"_s.arg(kColumns));
    q.addBindValue(m_account);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = u"there is no snapshot %1 of this account"_s.arg(id);
        return std::nullopt;
    }
    Snapshot snapshot;
    snapshot.info = infoOf(q);
    QString why;
    std::optional<AuditData> data = SnapshotCodec::decode(q.value(8).toByteArray(), &why);
    if (!data) {
        *error = u"snapshot %1 cannot be read: %2"_s.arg(id).arg(why);
        return std::nullopt;
    }
    snapshot.data = std::move(*data);
    return snapshot;
}

bool SnapshotStore::setLabel(qint64 id, const QString &label)
{
    QSqlQuery q(m_storage->database());
    q.prepare(u"UPDATE snapshots SET label = ? WHERE account = ? AND id = ?"_s);
    q.addBindValue(label.trimmed().isNull() ? u""_s : label.trimmed());
    q.addBindValue(m_account);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool SnapshotStore::remove(qint64 id)
{
    QSqlQuery q(m_storage->database());
    q.prepare(u"DELETE FROM snapshots WHERE account = ? AND id = ?"_s);
    q.addBindValue(m_account);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<qint64> SnapshotStore::resolve(const QString &name, QString *error) const
{
    const QVector<SnapshotInfo> all = list();
    if (name == u"latest"_s || name == u"previous"_s) {
        const qsizetype back = name == u"latest"_s ? 1 : 2;
        if (all.size() < back) {
            *error = all.isEmpty()
                ? u"there is no snapshot of this account yet (fivetran-admin audit saves one)"_s
                : u"there is only one snapshot of this account, so there is no previous one"_s;
            return std::nullopt;
        }
        return all.at(all.size() - back).id;
    }
    bool ok = false;
    const qint64 id = name.toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = u"\"%1\" is not a snapshot: give its id, previous, latest or now"_s.arg(name);
        return std::nullopt;
    }
    for (const SnapshotInfo &info : all) {
        if (info.id == id)
            return id;
    }
    *error =
        u"there is no snapshot %1 of this account (fivetran-admin snapshots lists them)"_s.arg(id);
    return std::nullopt;
}

} // namespace ftmodels

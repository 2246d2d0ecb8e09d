#pragma once

#include "auditdata.h"
#include "auditresult.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace ftmodels {

class Storage;

// One saved audit as the list shows it: when the audit ran (its "now"), how many people and
// direct grants (destination and connection memberships) it found, the label a person gave
// it, and who took it with which program.
struct SnapshotInfo
{
    qint64 id = 0;
    QDateTime time; // UTC
    int users = 0;
    int grants = 0;
    QString label;
    QString osUser;
    QString version;
    bool teamsRead = true;
};

// A snapshot read back: its facts and the audit's data, from which AuditBuilder and
// EffectiveAccess give the rows and the effective access exactly as the audit had them.
struct Snapshot
{
    SnapshotInfo info;
    AuditData data;
};

// The snapshots of one account in the Storage file: each completed audit saved whole (the
// window and `fivetran-admin audit` both save), listed, labelled, deleted and read back. An
// audit that did not complete is never saved, so every snapshot is a whole picture of the
// account at its time.
//
//   SnapshotStore snapshots(&storage, account);
//   const qint64 id = snapshots.save(collector.data(), collector.result(), &error);
class SnapshotStore
{
public:
    SnapshotStore(Storage *storage, qint64 account);

    // 0 with the reason in *error when the audit is incomplete or the file cannot be written.
    qint64 save(const AuditData &data, const AuditResult &result, QString *error);
    QVector<SnapshotInfo> list() const; // oldest first
    std::optional<SnapshotInfo> info(qint64 id) const;
    std::optional<Snapshot> load(qint64 id, QString *error) const;
    bool setLabel(qint64 id, const QString &label);
    bool remove(qint64 id);

    // A snapshot named the way the command line names one: its id, "latest" (the newest) or
    // "previous" (the one before it). nullopt with the reason in *error when there is none.
    std::optional<qint64> resolve(const QString &name, QString *error) const;

    // Direct grants of an audit: every destination and connection membership.
    static int grantCount(const AuditData &data);

private:
    Storage *m_storage = nullptr;
    qint64 m_account = -1;
};

} // namespace ftmodels

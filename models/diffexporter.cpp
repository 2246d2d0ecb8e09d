#include "diffexporter.h"

#include "auditexporter.h"
#include "snapshotstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

QJsonValue roleValue(const QString &role)
{
    return role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(role);
}

QString csvVia(const QVector<AccessPath> &paths)
{
    QStringList items;
    for (const AccessPath &path : paths)
        items.append(AuditExporter::viaItem(path));
    return items.join(u';');
}

bool hasVia(AccessChange::Type type)
{
    return type == AccessChange::Type::EffectiveGained || type == AccessChange::Type::EffectiveLost
        || type == AccessChange::Type::EffectiveLevelChanged;
}

} // namespace

QStringList DiffExporter::fieldNames()
{
    return { u"change"_s,      u"user_id"_s,    u"email"_s,    u"kind"_s,      u"target_id"_s,
             u"target_name"_s, u"old_role"_s,   u"new_role"_s, u"old_level"_s, u"new_level"_s,
             u"old_status"_s,  u"new_status"_s, u"via"_s };
}

QJsonObject DiffExporter::sideJson(const DiffSide &side)
{
    return {
        { u"id"_s, side.id > 0 ? QJsonValue(side.id) : QJsonValue(u"now"_s) },
        { u"time"_s, side.time.toUTC().toString(Qt::ISODateWithMs) },
        { u"users"_s, int(side.data.users.size()) },
        { u"grants"_s, SnapshotStore::grantCount(side.data) },
        { u"label"_s, side.label },
    };
}

QJsonObject DiffExporter::changeJson(const AccessChange &c)
{
    QJsonObject o {
        { u"change"_s, AccessChange::typeKey(c.type) },
        { u"user_id"_s, c.userId },
        { u"email"_s, c.email },
    };
    if (c.kind) {
        o.insert(u"kind"_s, Audit::kindKey(*c.kind));
        if (*c.kind != AuditKind::Account) {
            o.insert(u"target_id"_s, c.targetId);
            o.insert(u"target_name"_s, c.targetName);
        }
    }
    if (c.oldRole)
        o.insert(u"old_role"_s, roleValue(*c.oldRole));
    if (c.newRole)
        o.insert(u"new_role"_s, roleValue(*c.newRole));
    if (c.oldLevel)
        o.insert(u"old_level"_s, AccessRules::levelKey(*c.oldLevel));
    if (c.newLevel)
        o.insert(u"new_level"_s, AccessRules::levelKey(*c.newLevel));
    if (c.oldStatus)
        o.insert(u"old_status"_s, AuditExporter::statusKey(*c.oldStatus));
    if (c.newStatus)
        o.insert(u"new_status"_s, AuditExporter::statusKey(*c.newStatus));
    if (hasVia(c.type)) {
        QJsonArray via;
        for (const AccessPath &path : c.via) {
            QJsonObject p { { u"path"_s, AccessPath::viaKey(path.via) }, { u"role"_s, path.role } };
            if (!path.groupId.isEmpty())
                p.insert(u"group_id"_s, path.groupId);
            if (!path.teamId.isEmpty())
                p.insert(u"team_id"_s, path.teamId);
            via.append(p);
        }
        o.insert(u"via"_s, via);
    }
    return o;
}

QStringList DiffExporter::csvValues(const AccessChange &c)
{
    const bool onTarget = c.kind && *c.kind != AuditKind::Account;
    return {
        AccessChange::typeKey(c.type),
        c.userId,
        c.email,
        c.kind ? Audit::kindKey(*c.kind) : QString(),
        onTarget ? c.targetId : QString(),
        onTarget ? c.targetName : QString(),
        c.oldRole.value_or(QString()),
        c.newRole.value_or(QString()),
        c.oldLevel ? AccessRules::levelKey(*c.oldLevel) : QString(),
        c.newLevel ? AccessRules::levelKey(*c.newLevel) : QString(),
        c.oldStatus ? AuditExporter::statusKey(*c.oldStatus) : QString(),
        c.newStatus ? AuditExporter::statusKey(*c.newStatus) : QString(),
        hasVia(c.type) ? csvVia(c.via) : QString(),
    };
}

QByteArray DiffExporter::toJson(const DiffSide &older, const DiffSide &newer,
                                const SnapshotDiff &diff)
{
    QJsonArray changes;
    for (const AccessChange &c : diff.changes())
        changes.append(changeJson(c));
    const QJsonObject root {
        { u"old"_s, sideJson(older) },
        { u"new"_s, sideJson(newer) },
        { u"changes"_s, changes },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray DiffExporter::toCsv(const SnapshotDiff &diff)
{
    auto line = [](const QStringList &values) -> QByteArray {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &v : values)
            fields.append(AuditExporter::csvField(v));
        return fields.join(u',').toUtf8() + "\r\n";
    };
    QByteArray out = line(fieldNames());
    for (const AccessChange &c : diff.changes())
        out += line(csvValues(c));
    return out;
}

bool DiffExporter::writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("ftmodels", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ftmodels

#include "change.h"

#include <QJsonArray>
#include <QSet>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

struct OpName
{
    ChangeOp op;
    MembershipKind kind;
    const char *name;
};

// Seed names first: they are what toJson() writes. The "_connection" spellings are accepted
// for the newer wording of the API.
constexpr OpName kOpNames[] = {
    { ChangeOp::CreateUser, MembershipKind::Group, "create_user" },
    { ChangeOp::ModifyUser, MembershipKind::Group, "modify_user" },
    { ChangeOp::DeleteUser, MembershipKind::Group, "delete_user" },
    { ChangeOp::RemoveAccountRole, MembershipKind::Group, "delete_user_membership_in_account" },
    { ChangeOp::AddMembership, MembershipKind::Group, "add_user_membership_in_group" },
    { ChangeOp::UpdateMembership, MembershipKind::Group, "update_user_membership_in_group" },
    { ChangeOp::DeleteMembership, MembershipKind::Group, "delete_user_membership_in_group" },
    { ChangeOp::AddMembership, MembershipKind::Connection, "add_user_membership_in_connector" },
    { ChangeOp::UpdateMembership, MembershipKind::Connection,
      "update_user_membership_in_connector" },
    { ChangeOp::DeleteMembership, MembershipKind::Connection,
      "delete_user_membership_in_connector" },
    { ChangeOp::AddMembership, MembershipKind::Connection, "add_user_membership_in_connection" },
    { ChangeOp::UpdateMembership, MembershipKind::Connection,
      "update_user_membership_in_connection" },
    { ChangeOp::DeleteMembership, MembershipKind::Connection,
      "delete_user_membership_in_connection" },
};
constexpr int kSeedNameCount = 10;

bool usesKind(ChangeOp op)
{
    return op == ChangeOp::AddMembership || op == ChangeOp::UpdateMembership
        || op == ChangeOp::DeleteMembership;
}

// A JSON value that must be text; `null` is taken only where `nullable`.
bool readText(const QJsonObject &entry, const QString &name, bool nullable,
              std::optional<std::optional<QString>> *out, QString *error)
{
    const QJsonValue value = entry.value(name);
    if (value.isUndefined())
        return true;
    if (value.isNull() && nullable) {
        *out = std::optional<QString>();
        return true;
    }
    if (!value.isString()) {
        *error = nullable ? u"\"%1\" must be text or null"_s.arg(name)
                          : u"\"%1\" must be text"_s.arg(name);
        return false;
    }
    *out = std::optional<QString>(value.toString());
    return true;
}

QString trimmedOrEmpty(const std::optional<std::optional<QString>> &value)
{
    return value && *value ? (*value)->trimmed() : QString();
}

} // namespace

QString accountAdministratorRole()
{
    return u"Account Administrator"_s;
}

Change Change::createUser(const ftapi::NewUser &invitation)
{
    Change c;
    c.op = ChangeOp::CreateUser;
    c.email = invitation.email;
    c.invitation = invitation;
    return c;
}

Change Change::modifyUser(const QString &userId, const ftapi::UserUpdate &update)
{
    Change c;
    c.op = ChangeOp::ModifyUser;
    c.userId = userId;
    c.update = update;
    return c;
}

Change Change::deleteUser(const QString &userId)
{
    Change c;
    c.op = ChangeOp::DeleteUser;
    c.userId = userId;
    return c;
}

Change Change::removeAccountRole(const QString &userId)
{
    Change c;
    c.op = ChangeOp::RemoveAccountRole;
    c.userId = userId;
    return c;
}

Change Change::addMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                             const QString &role)
{
    Change c;
    c.op = ChangeOp::AddMembership;
    c.kind = kind;
    c.userId = userId;
    c.targetId = targetId;
    c.role = role;
    return c;
}

Change Change::updateMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                                const QString &role)
{
    Change c = addMembership(kind, userId, targetId, role);
    c.op = ChangeOp::UpdateMembership;
    return c;
}

Change Change::deleteMembership(MembershipKind kind, const QString &userId, const QString &targetId)
{
    Change c = addMembership(kind, userId, targetId, {});
    c.op = ChangeOp::DeleteMembership;
    return c;
}

Change &Change::expecting(const ftapi::User &user)
{
    expectedUser = user;
    return *this;
}

Change &Change::expectingRole(const QString &previous)
{
    expectedRole = previous;
    return *this;
}

Change &Change::expectingMemberships(const QVector<ftapi::Membership> &groups,
                                     const QVector<ftapi::Membership> &connections)
{
    expectedGroups = groups;
    expectedConnections = connections;
    return *this;
}

Change &Change::namedByEmail(const QString &address)
{
    userId.clear();
    email = address;
    return *this;
}

std::optional<QString> Change::newAccountRole() const
{
    if (op == ChangeOp::CreateUser)
        return invitation.role;
    if (op == ChangeOp::ModifyUser)
        return update.role;
    return std::nullopt;
}

QString Change::seedName() const
{
    for (const OpName &n : kOpNames) {
        if (n.op == op && (!usesKind(op) || n.kind == kind))
            return QString::fromLatin1(n.name);
    }
    return {};
}

bool Change::opFromSeedName(const QString &name, ChangeOp *op, MembershipKind *kind)
{
    for (const OpName &n : kOpNames) {
        if (name == QLatin1String(n.name)) {
            *op = n.op;
            *kind = n.kind;
            return true;
        }
    }
    return false;
}

QStringList Change::seedNames()
{
    QStringList names;
    for (int i = 0; i < kSeedNameCount; ++i)
        names.append(QString::fromLatin1(kOpNames[i].name));
    return names;
}

QJsonObject Change::toJson() const
{
    QJsonObject o;
    o.insert(u"op"_s, seedName());
    if (!userId.isEmpty())
        o.insert(u"user_id"_s, userId);
    else if (!email.isEmpty() && op != ChangeOp::CreateUser)
        o.insert(u"email"_s, email);
    const QString targetKey = kind == MembershipKind::Group ? u"group_id"_s : u"connector_id"_s;
    switch (op) {
    case ChangeOp::CreateUser:
        o.insert(u"email"_s, invitation.email);
        o.insert(u"given_name"_s, invitation.givenName);
        o.insert(u"family_name"_s, invitation.familyName);
        if (invitation.phone)
            o.insert(u"phone"_s, *invitation.phone);
        if (invitation.picture)
            o.insert(u"picture"_s, *invitation.picture);
        if (invitation.role)
            o.insert(u"role"_s, *invitation.role);
        break;
    case ChangeOp::ModifyUser:
        if (update.givenName)
            o.insert(u"given_name"_s, *update.givenName);
        if (update.familyName)
            o.insert(u"family_name"_s, *update.familyName);
        if (update.role)
            o.insert(u"role"_s, *update.role);
        if (update.phone)
            o.insert(u"phone"_s, *update.phone ? QJsonValue(**update.phone) : QJsonValue());
        if (update.picture)
            o.insert(u"picture"_s, *update.picture ? QJsonValue(**update.picture) : QJsonValue());
        break;
    case ChangeOp::DeleteUser:
    case ChangeOp::RemoveAccountRole:
        break;
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
        o.insert(targetKey, targetId);
        o.insert(u"role"_s, role);
        break;
    case ChangeOp::DeleteMembership:
        o.insert(targetKey, targetId);
        break;
    }
    return o;
}

std::optional<Change> Change::fromJson(const QJsonObject &entry, QString *error)
{
    const QJsonValue opValue = entry.value(u"op"_s);
    if (!opValue.isString()) {
        *error = opValue.isUndefined() ? u"\"op\" is missing"_s : u"\"op\" must be text"_s;
        return std::nullopt;
    }
    Change c;
    if (!opFromSeedName(opValue.toString(), &c.op, &c.kind)) {
        *error =
            u"unknown op \"%1\" (one of: %2)"_s.arg(opValue.toString(), seedNames().join(u", "_s));
        return std::nullopt;
    }

    const bool membership = c.isMembership();
    const QString targetKey = c.kind == MembershipKind::Group ? u"group_id"_s : u"connector_id"_s;
    QSet<QString> allowed { u"op"_s, u"user_id"_s, u"email"_s };
    switch (c.op) {
    case ChangeOp::CreateUser:
        allowed = { u"op"_s,    u"email"_s,   u"given_name"_s, u"family_name"_s,
                    u"phone"_s, u"picture"_s, u"role"_s };
        break;
    case ChangeOp::ModifyUser:
        allowed += { u"given_name"_s, u"family_name"_s, u"phone"_s, u"picture"_s, u"role"_s };
        break;
    case ChangeOp::DeleteUser:
    case ChangeOp::RemoveAccountRole:
        break;
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
        allowed += { targetKey, u"role"_s };
        break;
    case ChangeOp::DeleteMembership:
        allowed += { targetKey };
        break;
    }
    if (c.kind == MembershipKind::Connection && membership)
        allowed.insert(u"connection_id"_s);
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = u"%1 does not take \"%2\""_s.arg(c.seedName(), it.key());
            return std::nullopt;
        }
    }

    std::optional<std::optional<QString>> userId, email, givenName, familyName, phone, picture,
        role, target, connection;
    const bool nullablePicture = c.op == ChangeOp::ModifyUser || c.op == ChangeOp::CreateUser;
    if (!readText(entry, u"user_id"_s, false, &userId, error)
        || !readText(entry, u"email"_s, false, &email, error)
        || !readText(entry, u"given_name"_s, false, &givenName, error)
        || !readText(entry, u"family_name"_s, false, &familyName, error)
        || !readText(entry, u"phone"_s, nullablePicture, &phone, error)
        || !readText(entry, u"picture"_s, nullablePicture, &picture, error)
        || !readText(entry, u"role"_s, c.op == ChangeOp::CreateUser, &role, error)
        || !readText(entry, targetKey, false, &target, error)
        || !readText(entry, u"connection_id"_s, false, &connection, error))
        return std::nullopt;

    if (c.op == ChangeOp::CreateUser) {
        c.invitation.email = trimmedOrEmpty(email);
        c.invitation.givenName = trimmedOrEmpty(givenName);
        c.invitation.familyName = trimmedOrEmpty(familyName);
        for (const auto &[name, value] :
             { std::pair { u"email"_s, c.invitation.email },
               std::pair { u"given_name"_s, c.invitation.givenName },
               std::pair { u"family_name"_s, c.invitation.familyName } }) {
            if (value.isEmpty()) {
                *error = u"create_user needs \"%1\""_s.arg(name);
                return std::nullopt;
            }
        }
        // null leaves the optional field out, as `fivetran-admin call` does.
        if (phone && *phone && !(*phone)->trimmed().isEmpty())
            c.invitation.phone = (*phone)->trimmed();
        if (picture && *picture && !(*picture)->trimmed().isEmpty())
            c.invitation.picture = (*picture)->trimmed();
        if (role && *role && !(*role)->trimmed().isEmpty())
            c.invitation.role = (*role)->trimmed();
        c.email = c.invitation.email;
        return c;
    }

    c.userId = trimmedOrEmpty(userId);
    c.email = trimmedOrEmpty(email);
    if (c.userId.isEmpty() && c.email.isEmpty()) {
        *error = u"%1 needs \"user_id\" or \"email\""_s.arg(c.seedName());
        return std::nullopt;
    }
    if (c.userId == u"."_s || c.userId == u".."_s) {
        *error = u"\"user_id\" is not a valid id"_s;
        return std::nullopt;
    }
    if (membership) {
        if (target && connection) {
            *error = u"give \"connector_id\" or \"connection_id\", not both"_s;
            return std::nullopt;
        }
        c.targetId = trimmedOrEmpty(target ? target : connection);
        if (c.targetId.isEmpty()) {
            *error = u"%1 needs \"%2\""_s.arg(c.seedName(), targetKey);
            return std::nullopt;
        }
        if (c.targetId == u"."_s || c.targetId == u".."_s) {
            *error = u"\"%1\" is not a valid id"_s.arg(targetKey);
            return std::nullopt;
        }
        if (c.op != ChangeOp::DeleteMembership) {
            c.role = trimmedOrEmpty(role);
            if (c.role.isEmpty()) {
                *error = u"%1 needs \"role\""_s.arg(c.seedName());
                return std::nullopt;
            }
        }
        return c;
    }
    if (c.op == ChangeOp::ModifyUser) {
        if (givenName)
            c.update.givenName = trimmedOrEmpty(givenName);
        if (familyName)
            c.update.familyName = trimmedOrEmpty(familyName);
        if (role)
            c.update.role = trimmedOrEmpty(role);
        for (const auto &[name, value] : { std::pair { u"given_name"_s, c.update.givenName },
                                           std::pair { u"family_name"_s, c.update.familyName },
                                           std::pair { u"role"_s, c.update.role } }) {
            if (value && value->isEmpty()) {
                *error = name == u"role"_s
                    ? u"\"role\" cannot be empty; delete_user_membership_in_account removes the "
                      u"account role"_s
                    : u"\"%1\" cannot be empty"_s.arg(name);
                return std::nullopt;
            }
        }
        // "null" as text clears too, as on the command line of `call`.
        auto nullable = [](const std::optional<std::optional<QString>> &value) {
            std::optional<std::optional<QString>> out;
            if (!value)
                return out;
            if (!*value || **value == u"null"_s || (*value)->trimmed().isEmpty())
                out = std::optional<QString>();
            else
                out = std::optional<QString>((*value)->trimmed());
            return out;
        };
        c.update.phone = nullable(phone);
        c.update.picture = nullable(picture);
        if (c.update.isEmpty()) {
            *error = u"modify_user needs at least one of given_name, family_name, phone, "
                     u"picture, role"_s;
            return std::nullopt;
        }
    }
    return c;
}

bool Change::sameWriteAs(const Change &other) const
{
    if (op != other.op || userId != other.userId
        || email.compare(other.email, Qt::CaseInsensitive) != 0)
        return false;
    switch (op) {
    case ChangeOp::CreateUser:
        return invitation.givenName == other.invitation.givenName
            && invitation.familyName == other.invitation.familyName
            && invitation.phone == other.invitation.phone
            && invitation.picture == other.invitation.picture
            && invitation.role == other.invitation.role;
    case ChangeOp::ModifyUser:
        return update.givenName == other.update.givenName
            && update.familyName == other.update.familyName && update.role == other.update.role
            && update.phone == other.update.phone && update.picture == other.update.picture;
    case ChangeOp::DeleteUser:
    case ChangeOp::RemoveAccountRole:
        return true;
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
    case ChangeOp::DeleteMembership:
        return kind == other.kind && targetId == other.targetId && role == other.role;
    }
    return false;
}

} // namespace ftmodels

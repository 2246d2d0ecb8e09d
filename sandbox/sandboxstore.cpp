#include "sandboxstore.h"

#include "sandboxroles.h"
#include "sandboxwords.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace ftsandbox {

using namespace Qt::StringLiterals;

namespace {

const QString kAccountAdministrator = u"Account Administrator"_s;

QString scopeOf(MembershipKind kind)
{
    return kind == MembershipKind::Group ? u"DESTINATION"_s : u"CONNECTOR"_s;
}

SandboxError invalid(const QString &message)
{
    return { 400, u"InvalidInput"_s, message };
}

SandboxError lastAdministrator(const QString &userId)
{
    return { 409, u"LastAccountAdministrator"_s,
             u"User with id '%1' is the last Account Administrator of the account; "
             "make another user Account Administrator first"_s.arg(userId) };
}

qsizetype indexOfTarget(const QVector<SandboxMembership> &list, const QString &targetId)
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&targetId](const auto &m) { return m.id == targetId; });
    return it == list.cend() ? -1 : std::distance(list.cbegin(), it);
}

} // namespace

SandboxStore::SandboxStore()
    : m_roles(defaultSandboxRoles())
    , m_idRandom(1)
{
}

// ---------------------------------------------------------------- reading

const SandboxUser *SandboxStore::user(const QString &id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.cend() ? nullptr : &m_users.at(*it);
}

const SandboxUser *SandboxStore::userByEmail(const QString &email) const
{
    const auto it = m_emailIndex.constFind(email.toLower());
    return it == m_emailIndex.cend() ? nullptr : user(*it);
}

const SandboxGroup *SandboxStore::group(const QString &id) const
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                 [&id](const auto &g) { return g.id == id; });
    return it == m_groups.cend() ? nullptr : &*it;
}

const SandboxConnection *SandboxStore::connection(const QString &id) const
{
    const auto it = std::find_if(m_connections.cbegin(), m_connections.cend(),
                                 [&id](const auto &c) { return c.id == id; });
    return it == m_connections.cend() ? nullptr : &*it;
}

QVector<SandboxConnection> SandboxStore::connectionsOfGroup(const QString &groupId) const
{
    QVector<SandboxConnection> result;
    std::copy_if(m_connections.cbegin(), m_connections.cend(), std::back_inserter(result),
                 [&groupId](const auto &c) { return c.groupId == groupId; });
    return result;
}

const SandboxRole *SandboxStore::role(const QString &name) const
{
    const auto it = std::find_if(m_roles.cbegin(), m_roles.cend(),
                                 [&name](const auto &r) { return r.name == name; });
    return it == m_roles.cend() ? nullptr : &*it;
}

QVector<SandboxMembership> SandboxStore::groupMemberships(const QString &userId) const
{
    return m_groupMemberships.value(userId);
}

QVector<SandboxMembership> SandboxStore::connectionMemberships(const QString &userId) const
{
    return m_connectionMemberships.value(userId);
}

QVector<SandboxMembership> SandboxStore::memberships(MembershipKind kind,
                                                     const QString &userId) const
{
    return kind == MembershipKind::Group ? groupMemberships(userId) : connectionMemberships(userId);
}

int SandboxStore::accountAdministratorCount() const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(),
                             [](const auto &u) { return u.role == kAccountAdministrator; }));
}

// ---------------------------------------------------------------- direct writes

const SandboxUser &SandboxStore::addUser(SandboxUser user)
{
    if (user.id.isEmpty())
        user.id = newId();
    m_ids.insert(user.id);
    if (user.createdAt.isEmpty())
        user.createdAt = nowTimestamp();
    if (user.seq <= m_lastSeq)
        user.seq = nextSeq();
    else
        m_lastSeq = user.seq;
    m_emailIndex.insert(user.email.toLower(), user.id);
    m_userIndex.insert(user.id, m_users.size());
    m_users.append(std::move(user));
    return m_users.constLast();
}

const SandboxGroup &SandboxStore::addGroup(SandboxGroup group)
{
    if (group.id.isEmpty())
        group.id = newId();
    m_ids.insert(group.id);
    if (group.createdAt.isEmpty())
        group.createdAt = nowTimestamp();
    group.seq = nextSeq();
    m_groups.append(std::move(group));
    return m_groups.constLast();
}

const SandboxConnection &SandboxStore::addConnection(SandboxConnection connection)
{
    if (connection.id.isEmpty())
        connection.id = newId();
    m_ids.insert(connection.id);
    if (connection.createdAt.isEmpty())
        connection.createdAt = nowTimestamp();
    connection.seq = nextSeq();
    m_connections.append(std::move(connection));
    return m_connections.constLast();
}

void SandboxStore::addRole(const SandboxRole &role)
{
    m_roles.append(role);
}

void SandboxStore::addGroupMembership(const QString &userId, SandboxMembership membership)
{
    if (membership.createdAt.isEmpty())
        membership.createdAt = nowTimestamp();
    membership.seq = nextSeq();
    m_groupMemberships[userId].append(std::move(membership));
}

void SandboxStore::addConnectionMembership(const QString &userId, SandboxMembership membership)
{
    if (membership.createdAt.isEmpty())
        membership.createdAt = nowTimestamp();
    membership.seq = nextSeq();
    m_connectionMemberships[userId].append(std::move(membership));
}

const SandboxTeam &SandboxStore::addTeam(SandboxTeam team)
{
    if (team.id.isEmpty())
        team.id = newId();
    m_ids.insert(team.id);
    return m_teams.add(std::move(team));
}

void SandboxStore::addTeamMember(const QString &teamId, const QString &userId, const QString &role)
{
    m_teams.addMember(teamId, SandboxTeamMember { userId, role, 0 });
}

void SandboxStore::addTeamGroup(const QString &teamId, SandboxMembership grant)
{
    if (grant.createdAt.isEmpty())
        grant.createdAt = nowTimestamp();
    m_teams.addGroup(teamId, std::move(grant));
}

void SandboxStore::addTeamConnection(const QString &teamId, SandboxMembership grant)
{
    if (grant.createdAt.isEmpty())
        grant.createdAt = nowTimestamp();
    m_teams.addConnection(teamId, std::move(grant));
}

void SandboxStore::removeConnection(const QString &id)
{
    m_connections.removeIf([&id](const auto &c) { return c.id == id; });
}

void SandboxStore::clear()
{
    m_users.clear();
    m_userIndex.clear();
    m_emailIndex.clear();
    m_groups.clear();
    m_connections.clear();
    m_groupMemberships.clear();
    m_connectionMemberships.clear();
    m_teams.clear();
    m_ids.clear();
}

void SandboxStore::reserveUsers(int count)
{
    m_users.reserve(count);
    m_userIndex.reserve(count);
    m_emailIndex.reserve(count);
    m_ids.reserve(count);
    m_groupMemberships.reserve(count);
    m_connectionMemberships.reserve(count);
}

QString SandboxStore::newId()
{
    const QStringList &first = SandboxWords::idFirstWords();
    const QStringList &second = SandboxWords::idSecondWords();
    // Once most two-word ids are taken, go straight to numbered ones instead of missing often.
    const bool crowded = m_ids.size() > first.size() * second.size() / 2;
    for (int attempt = crowded ? 1 : 0;; ++attempt) {
        QString id = first.at(m_idRandom.bounded(int(first.size()))) + u'_'
            + second.at(m_idRandom.bounded(int(second.size())));
        // Two words run out after some thousands; a number keeps ids short and unique.
        if (attempt > 0)
            id += QString::number(m_idRandom.bounded(2, attempt < 20 ? 100 : 1000000));
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

void SandboxStore::reindexUsers()
{
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users.at(i).id, i);
}

// ---------------------------------------------------------------- rules

bool SandboxStore::isValidEmail(const QString &email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return email.size() <= 254 && shape.match(email).hasMatch();
}

QString SandboxStore::nowTimestamp()
{
    return timestamp(QDateTime::currentMSecsSinceEpoch());
}

QString SandboxStore::timestamp(qint64 msecsSinceEpoch)
{
    constexpr qint64 kDayMs = 86'400'000;
    qint64 days = msecsSinceEpoch / kDayMs;
    qint64 msOfDay = msecsSinceEpoch % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    char16_t text[24] = {};
    auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, std::clamp<qint64>(year, 0, 9999), 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, msOfDay / 3'600'000, 2);
    put(14, msOfDay / 60'000 % 60, 2);
    put(17, msOfDay / 1000 % 60, 2);
    put(20, msOfDay % 1000, 3);
    text[4] = text[7] = u'-';
    text[10] = u'T';
    text[13] = text[16] = u':';
    text[19] = u'.';
    text[23] = u'Z';
    return QString::fromUtf16(text, 24);
}

SandboxError SandboxStore::checkRole(const QString &name, const QString &scope) const
{
    const SandboxRole *found = role(name);
    if (!found)
        return invalid(u"Role '%1' doesn't exist"_s.arg(name));
    if (!found->scope.contains(scope))
        return invalid(u"Role '%1' cannot be used here: it has scope %2, %3 is required"_s.arg(
            name, found->scope.join(u", "_s), scope));
    return {};
}

SandboxError SandboxStore::userNotFound(const QString &id)
{
    return { 404, u"NotFound_User"_s, u"User with id '%1' doesn't exist"_s.arg(id) };
}

QString SandboxStore::targetNoun(MembershipKind kind)
{
    switch (kind) {
    case MembershipKind::Group:
        return u"group"_s;
    case MembershipKind::Connector:
        return u"connector"_s;
    case MembershipKind::Connection:
        break;
    }
    return u"connection"_s;
}

SandboxError SandboxStore::targetNotFound(MembershipKind kind, const QString &targetId)
{
    switch (kind) {
    case MembershipKind::Group:
        return { 404, u"NotFound_Group"_s, u"Group with id '%1' doesn't exist"_s.arg(targetId) };
    case MembershipKind::Connector:
        return { 404, u"NotFound_Connector"_s,
                 u"Connector with id '%1' doesn't exist"_s.arg(targetId) };
    case MembershipKind::Connection:
        break;
    }
    return { 404, u"NotFound_Connection"_s,
             u"Connection with id '%1' doesn't exist"_s.arg(targetId) };
}

SandboxError SandboxStore::teamNotFound(const QString &teamId)
{
    return { 404, u"NotFound_Team"_s, u"Team with id '%1' doesn't exist"_s.arg(teamId) };
}

bool SandboxStore::targetExists(MembershipKind kind, const QString &targetId) const
{
    return kind == MembershipKind::Group ? group(targetId) != nullptr
                                         : connection(targetId) != nullptr;
}

bool SandboxStore::isLastAdministrator(const SandboxUser &user) const
{
    return user.role == kAccountAdministrator && accountAdministratorCount() == 1;
}

QVector<SandboxMembership> &SandboxStore::membershipList(MembershipKind kind, const QString &userId)
{
    return kind == MembershipKind::Group ? m_groupMemberships[userId]
                                         : m_connectionMemberships[userId];
}

SandboxError SandboxStore::inviteUser(const SandboxNewUser &fields, SandboxUser *created)
{
    const QString email = fields.email.trimmed();
    if (email.isEmpty())
        return invalid(u"Field 'email' is required"_s);
    if (fields.givenName.trimmed().isEmpty())
        return invalid(u"Field 'given_name' is required"_s);
    if (fields.familyName.trimmed().isEmpty())
        return invalid(u"Field 'family_name' is required"_s);
    if (!isValidEmail(email))
        return invalid(u"Field 'email' is not a valid email address: '%1'"_s.arg(email));
    if (fields.role) {
        if (const SandboxError error = checkRole(*fields.role, u"ACCOUNT"_s); error.isError())
            return error;
    }
    if (userByEmail(email))
        return { 409, u"AlreadyExists"_s, u"User with email '%1' already exists"_s.arg(email) };

    SandboxUser user;
    user.email = email;
    user.givenName = fields.givenName.trimmed();
    user.familyName = fields.familyName.trimmed();
    user.phone = fields.phone;
    user.picture = fields.picture;
    user.role = fields.role;
    user.invited = true;
    user.verified = false;
    user.active = true;
    const SandboxUser &stored = addUser(std::move(user));
    if (created)
        *created = stored;
    return {};
}

SandboxError SandboxStore::updateUser(const QString &id, const SandboxUserPatch &patch,
                                      SandboxUser *updated)
{
    const auto it = m_userIndex.constFind(id);
    if (it == m_userIndex.cend())
        return userNotFound(id);
    SandboxUser &user = m_users[*it];
    if (patch.givenName && patch.givenName->trimmed().isEmpty())
        return invalid(u"Field 'given_name' cannot be empty"_s);
    if (patch.familyName && patch.familyName->trimmed().isEmpty())
        return invalid(u"Field 'family_name' cannot be empty"_s);
    if (patch.role) {
        if (const SandboxError error = checkRole(*patch.role, u"ACCOUNT"_s); error.isError())
            return error;
        if (*patch.role != kAccountAdministrator && isLastAdministrator(user))
            return lastAdministrator(id);
    }
    if (patch.givenName)
        user.givenName = patch.givenName->trimmed();
    if (patch.familyName)
        user.familyName = patch.familyName->trimmed();
    if (patch.phone)
        user.phone = *patch.phone;
    if (patch.picture)
        user.picture = *patch.picture;
    if (patch.role)
        user.role = *patch.role;
    if (updated)
        *updated = user;
    return {};
}

SandboxError SandboxStore::deleteUser(const QString &id)
{
    const SandboxUser *found = user(id);
    if (!found)
        return userNotFound(id);
    if (isLastAdministrator(*found))
        return lastAdministrator(id);
    m_emailIndex.remove(found->email.toLower());
    m_groupMemberships.remove(id);
    m_connectionMemberships.remove(id);
    m_teams.removeUser(id);
    m_users.removeAt(m_userIndex.value(id));
    reindexUsers();
    return {};
}

SandboxError SandboxStore::removeAccountRole(const QString &id, SandboxUser *updated)
{
    const auto it = m_userIndex.constFind(id);
    if (it == m_userIndex.cend())
        return userNotFound(id);
    SandboxUser &user = m_users[*it];
    if (isLastAdministrator(user))
        return lastAdministrator(id);
    user.role.reset();
    if (updated)
        *updated = user;
    return {};
}

SandboxError SandboxStore::findMembership(MembershipKind kind, const QString &userId,
                                          const QString &targetId, SandboxMembership *found) const
{
    if (!user(userId))
        return userNotFound(userId);
    const QVector<SandboxMembership> list = memberships(kind, userId);
    const qsizetype index = indexOfTarget(list, targetId);
    if (index >= 0) { // found even when the target is gone: orphans can be read and removed
        if (found)
            *found = list.at(index);
        return {};
    }
    if (!targetExists(kind, targetId))
        return targetNotFound(kind, targetId);
    return { 404, u"NotFound_Membership"_s,
             u"User with id '%1' has no membership in %2 '%3'"_s.arg(userId, targetNoun(kind),
                                                                     targetId) };
}

SandboxError SandboxStore::addMembership(MembershipKind kind, const QString &userId,
                                         const QString &targetId, const QString &role,
                                         SandboxMembership *created)
{
    if (!user(userId))
        return userNotFound(userId);
    if (!targetExists(kind, targetId))
        return targetNotFound(kind, targetId);
    if (const SandboxError error = checkRole(role, scopeOf(kind)); error.isError())
        return error;
    QVector<SandboxMembership> &list = membershipList(kind, userId);
    if (indexOfTarget(list, targetId) >= 0)
        return { 409, u"AlreadyExists"_s,
                 u"User with id '%1' is already a member of %2 '%3'"_s.arg(userId, targetNoun(kind),
                                                                           targetId) };
    SandboxMembership membership;
    membership.id = targetId;
    membership.role = role;
    membership.createdAt = nowTimestamp();
    membership.seq = nextSeq();
    list.append(membership);
    if (created)
        *created = membership;
    return {};
}

SandboxError SandboxStore::updateMembership(MembershipKind kind, const QString &userId,
                                            const QString &targetId, const QString &role,
                                            SandboxMembership *updated)
{
    if (const SandboxError error = findMembership(kind, userId, targetId, nullptr); error.isError())
        return error;
    if (const SandboxError error = checkRole(role, scopeOf(kind)); error.isError())
        return error;
    QVector<SandboxMembership> &list = membershipList(kind, userId);
    SandboxMembership &membership = list[indexOfTarget(list, targetId)];
    membership.role = role;
    if (updated)
        *updated = membership;
    return {};
}

SandboxError SandboxStore::deleteMembership(MembershipKind kind, const QString &userId,
                                            const QString &targetId)
{
    if (const SandboxError error = findMembership(kind, userId, targetId, nullptr); error.isError())
        return error;
    QVector<SandboxMembership> &list = membershipList(kind, userId);
    list.removeAt(indexOfTarget(list, targetId));
    return {};
}

} // namespace ftsandbox

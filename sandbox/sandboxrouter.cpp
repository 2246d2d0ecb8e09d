#include "sandboxrouter.h"

#include "sandboxjson.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace ftsandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;
constexpr int kMaxNameLength = 256;
constexpr int kMaxPhoneLength = 64;
constexpr int kMaxPictureLength = 256 * 1024; // room for a small data: URI
constexpr int kMaxIdLength = 256;

SandboxReply ok(const QByteArray &data, const QString &message = {}, int status = 200)
{
    return { status, {}, SandboxJson::success(data, message) };
}

SandboxReply invalid(const QString &message)
{
    return SandboxRouter::errorReply(400, u"InvalidInput"_s, message);
}

// A JSON field as the API's bodies use it: absent, null, or a string of bounded length.
enum class Presence { Absent, Null, Value };
struct Field
{
    Presence presence = Presence::Absent;
    QString value;
    QString error; // wrong type or too long

    bool given() const { return presence == Presence::Value; }
};

Field readField(const QJsonObject &body, const QString &key, int maxLength)
{
    Field field;
    const auto it = body.constFind(key);
    if (it == body.constEnd())
        return field;
    if (it->isNull()) {
        field.presence = Presence::Null;
    } else if (!it->isString()) {
        field.error = u"Field '%1' must be a string"_s.arg(key);
    } else if (it->toString().size() > maxLength) {
        field.error = u"Field '%1' is longer than %2 characters"_s.arg(key).arg(maxLength);
    } else {
        field.presence = Presence::Value;
        field.value = it->toString();
    }
    return field;
}

std::optional<QString> valueOrNull(const Field &field)
{
    return field.given() ? std::optional<QString>(field.value) : std::nullopt;
}

// The first wrong type or length among `fields`, empty when all are fine.
QString firstError(std::initializer_list<const Field *> fields)
{
    for (const Field *field : fields) {
        if (!field->error.isEmpty())
            return field->error;
    }
    return {};
}

// One page of `items` (sorted by key ascending) after the request's cursor; `key(item, index)`
// is the position a cursor records, `append` writes one item's JSON.
template<typename T, typename Key>
SandboxReply page(const SandboxRequest &request, const QString &list, const QVector<T> &items,
                  Key key, void (*append)(QByteArray &, const T &))
{
    int limit = kDefaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        static const QRegularExpression digits(u"^[0-9]{1,4}$"_s);
        const QString text = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        limit = digits.match(text).hasMatch() ? text.toInt() : 0;
        if (limit < 1 || limit > kMaxLimit)
            return invalid(
                u"Parameter 'limit' must be a whole number from 1 to %1, not '%2'"_s.arg(kMaxLimit)
                    .arg(text.left(40)));
    }
    qint64 after = 0;
    const QString cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty() && !SandboxJson::decodeCursor(cursor, list, &after))
        return invalid(u"Parameter 'cursor' is not a valid cursor for this list"_s);

    // First item whose key is past the cursor: keys ascend, so search by halves.
    qsizetype low = 0;
    qsizetype high = items.size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (key(items.at(mid), mid) <= after)
            low = mid + 1;
        else
            high = mid;
    }
    const qsizetype end = std::min(items.size(), low + limit);
    QByteArray data;
    data.reserve((end - low) * 360 + 128);
    data += "{\"items\":[";
    for (qsizetype i = low; i < end; ++i) {
        if (i > low)
            data += ',';
        append(data, items.at(i));
    }
    data += "],\"next_cursor\":";
    if (end < items.size())
        SandboxJson::appendString(data,
                                  SandboxJson::encodeCursor(list, key(items.at(end - 1), end - 1)));
    else
        data += "null";
    data += '}';
    return ok(data);
}

template<typename T>
qint64 bySeq(const T &item, qsizetype)
{
    return item.seq;
}

QString listName(MembershipKind kind, const QString &userId)
{
    return (kind == MembershipKind::Group ? u"group_memberships:"_s : u"connection_memberships:"_s)
        + userId;
}

} // namespace

SandboxRouter::SandboxRouter(SandboxStore &store, QString apiKey, QString apiSecret)
    : m_store(store)
    , m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{
    add("GET", u"/users"_s, &SandboxRouter::listUsers);
    add("POST", u"/users"_s, &SandboxRouter::createUser);
    add("GET", u"/users/{id}"_s, &SandboxRouter::getUser);
    add("PATCH", u"/users/{id}"_s, &SandboxRouter::updateUser);
    add("DELETE", u"/users/{id}"_s, &SandboxRouter::deleteUser);
    add("DELETE", u"/users/{id}/role"_s, &SandboxRouter::deleteAccountRole);
    const QPair<QString, MembershipKind> collections[] = {
        { u"/users/{id}/groups"_s, MembershipKind::Group },
        { u"/users/{id}/connectors"_s, MembershipKind::Connector },
        { u"/users/{id}/connections"_s, MembershipKind::Connection },
    };
    for (const auto &[path, kind] : collections) {
        const QString item =
            path + (kind == MembershipKind::Group ? u"/{groupId}"_s : u"/{connectionId}"_s);
        add("GET", path, &SandboxRouter::listMemberships, kind);
        add("POST", path, &SandboxRouter::addMembership, kind);
        add("GET", item, &SandboxRouter::getMembership, kind);
        add("PATCH", item, &SandboxRouter::updateMembership, kind);
        add("DELETE", item, &SandboxRouter::deleteMembership, kind);
    }
    add("GET", u"/roles"_s, &SandboxRouter::listRoles);
    add("GET", u"/groups"_s, &SandboxRouter::listGroups);
    add("GET", u"/groups/{groupId}/connectors"_s, &SandboxRouter::listGroupConnections);
    add("GET", u"/groups/{groupId}/connections"_s, &SandboxRouter::listGroupConnections);
    add("GET", u"/teams"_s, &SandboxRouter::listTeams);
    add("GET", u"/teams/{teamId}/users"_s, &SandboxRouter::listTeamUsers);
    add("GET", u"/teams/{teamId}/groups"_s, &SandboxRouter::listTeamGrants, MembershipKind::Group);
    add("GET", u"/teams/{teamId}/connectors"_s, &SandboxRouter::listTeamGrants,
        MembershipKind::Connector);
    add("GET", u"/teams/{teamId}/connections"_s, &SandboxRouter::listTeamGrants,
        MembershipKind::Connection);
}

void SandboxRouter::add(const char *method, const QString &pattern, Handler handler,
                        MembershipKind kind)
{
    m_routes.append(Route { QByteArray(method), pattern.mid(1).split(u'/'), handler, kind });
}

SandboxRouter::Match SandboxRouter::match(const QByteArray &method, const QString &path) const
{
    QString relative = path;
    if (relative == "/v1"_L1 || relative.startsWith("/v1/"_L1))
        relative = relative.mid(3);
    if (relative.size() > 1 && relative.endsWith(u'/'))
        relative.chop(1);
    const QStringList segments = relative.mid(1).split(u'/');

    Match result;
    for (int i = 0; i < m_routes.size(); ++i) {
        const Route &route = m_routes.at(i);
        if (route.segments.size() != segments.size())
            continue;
        QStringList parameters;
        bool matches = true;
        for (qsizetype s = 0; s < segments.size() && matches; ++s) {
            const QString &wanted = route.segments.at(s);
            if (wanted.startsWith(u'{'))
                parameters.append(segments.at(s));
            else
                matches = wanted == segments.at(s);
        }
        if (!matches || parameters.contains(QString()))
            continue;
        result.pattern = u'/' + route.segments.join(u'/');
        result.allowedMethods.append(route.method);
        if (route.method == method) {
            result.route = i;
            result.parameters = parameters;
        }
    }
    return result;
}

bool SandboxRouter::authorized(const SandboxRequest &request) const
{
    const QByteArray header = request.headers.value("authorization").trimmed();
    if (!header.left(6).toLower().startsWith("basic "))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString credentials = QString::fromUtf8(*decoded);
    const qsizetype colon = credentials.indexOf(u':');
    return colon >= 0 && credentials.left(colon) == m_apiKey
        && credentials.mid(colon + 1) == m_apiSecret;
}

SandboxReply SandboxRouter::errorReply(int status, const QString &code, const QString &message)
{
    return { status, {}, SandboxJson::error(code, message) };
}

SandboxReply SandboxRouter::errorReply(const SandboxError &error)
{
    return errorReply(error.status, error.code, error.message);
}

SandboxReply SandboxRouter::handle(const SandboxRequest &request, const Match &match)
{
    if (!authorized(request)) {
        SandboxReply reply =
            errorReply(401, u"Unauthorized"_s,
                       u"Missing or invalid API key and secret (HTTP Basic authentication)"_s);
        reply.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"Fivetran API\"");
        return reply;
    }
    const bool teamsRoute = match.pattern == "/teams"_L1 || match.pattern.startsWith("/teams/"_L1);
    if (match.pattern.isEmpty() || (teamsRoute && m_teamsAnswer == TeamsAnswer::NotFound))
        return errorReply(404, u"NotFound"_s,
                          u"No such route: %1 %2"_s.arg(QString::fromLatin1(request.method),
                                                        request.path.left(200)));
    if (teamsRoute && m_teamsAnswer == TeamsAnswer::Forbidden)
        return errorReply(403, u"Forbidden"_s, u"This API key has no access to teams"_s);
    if (match.route < 0) {
        SandboxReply reply = errorReply(405, u"MethodNotAllowed"_s,
                                        u"Method %1 is not allowed on %2"_s.arg(
                                            QString::fromLatin1(request.method), match.pattern));
        reply.headers.emplaceBack("Allow", match.allowedMethods.join(", "));
        return reply;
    }
    const Route &route = m_routes.at(match.route);
    for (const QString &parameter : match.parameters) {
        if (parameter.size() > kMaxIdLength)
            return invalid(u"An id in the path is longer than %1 characters"_s.arg(kMaxIdLength));
    }
    Call call { request, match.parameters, route.kind, {} };
    if (route.method == "POST" || route.method == "PATCH") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return invalid(u"The request body must be a JSON object; malformed JSON: %1 at "
                           "offset %2"_s.arg(parseError.errorString())
                               .arg(parseError.offset));
        if (!document.isObject())
            return invalid(u"The request body must be a JSON object, not an array"_s);
        call.body = document.object();
    }
    return (this->*route.handler)(call);
}

// ---------------------------------------------------------------- users

SandboxReply SandboxRouter::listUsers(const Call &call)
{
    return page(call.request, u"users"_s, m_store.users(), bySeq<SandboxUser>,
                SandboxJson::appendUser);
}

SandboxReply SandboxRouter::createUser(const Call &call)
{
    const Field email = readField(call.body, u"email"_s, kMaxNameLength);
    const Field given = readField(call.body, u"given_name"_s, kMaxNameLength);
    const Field family = readField(call.body, u"family_name"_s, kMaxNameLength);
    const Field phone = readField(call.body, u"phone"_s, kMaxPhoneLength);
    const Field picture = readField(call.body, u"picture"_s, kMaxPictureLength);
    const Field role = readField(call.body, u"role"_s, kMaxNameLength);
    if (const QString error = firstError({ &email, &given, &family, &phone, &picture, &role });
        !error.isEmpty())
        return invalid(error);
    const QPair<const Field *, QString> required[] = { { &email, u"email"_s },
                                                       { &given, u"given_name"_s },
                                                       { &family, u"family_name"_s } };
    for (const auto &[field, name] : required) {
        if (!field->given())
            return invalid(u"Field '%1' is required"_s.arg(name));
    }
    SandboxNewUser fields;
    fields.email = email.value;
    fields.givenName = given.value;
    fields.familyName = family.value;
    fields.phone = valueOrNull(phone);
    fields.picture = valueOrNull(picture);
    fields.role = valueOrNull(role);
    SandboxUser created;
    if (const SandboxError error = m_store.inviteUser(fields, &created); error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(created, SandboxJson::appendUser),
              u"User has been invited to the account"_s, 201);
}

SandboxReply SandboxRouter::getUser(const Call &call)
{
    const QString &id = call.parameters.at(0);
    const SandboxUser *user = m_store.user(id);
    if (!user)
        return errorReply(SandboxStore::userNotFound(id));
    return ok(SandboxJson::toJson(*user, SandboxJson::appendUser));
}

SandboxReply SandboxRouter::updateUser(const Call &call)
{
    const QString &id = call.parameters.at(0);
    const SandboxUser *user = m_store.user(id);
    if (!user)
        return errorReply(SandboxStore::userNotFound(id));

    const Field email = readField(call.body, u"email"_s, kMaxNameLength);
    const Field given = readField(call.body, u"given_name"_s, kMaxNameLength);
    const Field family = readField(call.body, u"family_name"_s, kMaxNameLength);
    const Field phone = readField(call.body, u"phone"_s, kMaxPhoneLength);
    const Field picture = readField(call.body, u"picture"_s, kMaxPictureLength);
    const Field role = readField(call.body, u"role"_s, kMaxNameLength);
    if (const QString error = firstError({ &email, &given, &family, &phone, &picture, &role });
        !error.isEmpty())
        return invalid(error);
    const QPair<const Field *, QString> notNullable[] = { { &given, u"given_name"_s },
                                                          { &family, u"family_name"_s },
                                                          { &role, u"role"_s },
                                                          { &email, u"email"_s } };
    for (const auto &[field, name] : notNullable) {
        if (field->presence == Presence::Null)
            return invalid(name == "role"_L1
                               ? u"Field 'role' cannot be null; DELETE /users/%1/role removes "
                                 "the account role"_s.arg(id)
                               : u"Field '%1' cannot be null"_s.arg(name));
    }
    if (email.given() && email.value.compare(user->email, Qt::CaseInsensitive) != 0)
        return invalid(u"Field 'email' cannot be changed; delete the user and invite the new "
                       "address"_s);

    SandboxUserPatch patch;
    if (given.given())
        patch.givenName = given.value;
    if (family.given())
        patch.familyName = family.value;
    if (phone.presence != Presence::Absent)
        patch.phone = valueOrNull(phone);
    if (picture.presence != Presence::Absent)
        patch.picture = valueOrNull(picture);
    if (role.given())
        patch.role = role.value;
    SandboxUser updated;
    if (const SandboxError error = m_store.updateUser(id, patch, &updated); error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(updated, SandboxJson::appendUser), u"User has been updated"_s);
}

SandboxReply SandboxRouter::deleteUser(const Call &call)
{
    const QString &id = call.parameters.at(0);
    if (const SandboxError error = m_store.deleteUser(id); error.isError())
        return errorReply(error);
    return ok({}, u"User with id '%1' has been deleted"_s.arg(id));
}

SandboxReply SandboxRouter::deleteAccountRole(const Call &call)
{
    const QString &id = call.parameters.at(0);
    SandboxUser updated;
    if (const SandboxError error = m_store.removeAccountRole(id, &updated); error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(updated, SandboxJson::appendUser),
              u"User with id '%1' no longer has an account role"_s.arg(id));
}

// ---------------------------------------------------------------- memberships

SandboxReply SandboxRouter::listMemberships(const Call &call)
{
    const QString &userId = call.parameters.at(0);
    if (!m_store.user(userId))
        return errorReply(SandboxStore::userNotFound(userId));
    return page(call.request, listName(call.kind, userId), m_store.memberships(call.kind, userId),
                bySeq<SandboxMembership>, SandboxJson::appendMembership);
}

SandboxReply SandboxRouter::addMembership(const Call &call)
{
    const Field id = readField(call.body, u"id"_s, kMaxIdLength);
    const Field role = readField(call.body, u"role"_s, kMaxNameLength);
    if (const QString error = firstError({ &id, &role }); !error.isEmpty())
        return invalid(error);
    if (!id.given() || id.value.isEmpty())
        return invalid(
            u"Field 'id' is required (the %1's id)"_s.arg(SandboxStore::targetNoun(call.kind)));
    if (!role.given() || role.value.isEmpty())
        return invalid(u"Field 'role' is required"_s);
    SandboxMembership created;
    if (const SandboxError error =
            m_store.addMembership(call.kind, call.parameters.at(0), id.value, role.value, &created);
        error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(created, SandboxJson::appendMembership),
              u"User has been added to the %1"_s.arg(SandboxStore::targetNoun(call.kind)), 201);
}

SandboxReply SandboxRouter::getMembership(const Call &call)
{
    SandboxMembership found;
    if (const SandboxError error =
            m_store.findMembership(call.kind, call.parameters.at(0), call.parameters.at(1), &found);
        error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(found, SandboxJson::appendMembership));
}

SandboxReply SandboxRouter::updateMembership(const Call &call)
{
    const Field role = readField(call.body, u"role"_s, kMaxNameLength);
    if (const QString error = firstError({ &role }); !error.isEmpty())
        return invalid(error);
    if (!role.given() || role.value.isEmpty())
        return invalid(u"Field 'role' is required"_s);
    SandboxMembership updated;
    if (const SandboxError error = m_store.updateMembership(
            call.kind, call.parameters.at(0), call.parameters.at(1), role.value, &updated);
        error.isError())
        return errorReply(error);
    return ok(SandboxJson::toJson(updated, SandboxJson::appendMembership),
              u"Membership has been updated"_s);
}

SandboxReply SandboxRouter::deleteMembership(const Call &call)
{
    if (const SandboxError error =
            m_store.deleteMembership(call.kind, call.parameters.at(0), call.parameters.at(1));
        error.isError())
        return errorReply(error);
    return ok({}, u"User has been removed from the %1"_s.arg(SandboxStore::targetNoun(call.kind)));
}

// ---------------------------------------------------------------- look-ups

SandboxReply SandboxRouter::listRoles(const Call &call)
{
    return page(
        call.request, u"roles"_s, m_store.roles(),
        [](const SandboxRole &, qsizetype index) { return qint64(index) + 1; },
        SandboxJson::appendRole);
}

SandboxReply SandboxRouter::listGroups(const Call &call)
{
    return page(call.request, u"groups"_s, m_store.groups(), bySeq<SandboxGroup>,
                SandboxJson::appendGroup);
}

SandboxReply SandboxRouter::listGroupConnections(const Call &call)
{
    const QString &groupId = call.parameters.at(0);
    if (!m_store.group(groupId))
        return errorReply(SandboxStore::targetNotFound(MembershipKind::Group, groupId));
    return page(call.request, u"group_connections:"_s + groupId,
                m_store.connectionsOfGroup(groupId), bySeq<SandboxConnection>,
                SandboxJson::appendConnection);
}

// ---------------------------------------------------------------- teams

SandboxReply SandboxRouter::listTeams(const Call &call)
{
    return page(call.request, u"teams"_s, m_store.teams().list(), bySeq<SandboxTeam>,
                SandboxJson::appendTeam);
}

SandboxReply SandboxRouter::listTeamUsers(const Call &call)
{
    const QString &teamId = call.parameters.at(0);
    if (!m_store.teams().team(teamId))
        return errorReply(SandboxStore::teamNotFound(teamId));
    return page(call.request, u"team_users:"_s + teamId, m_store.teams().members(teamId),
                bySeq<SandboxTeamMember>, SandboxJson::appendTeamMember);
}

SandboxReply SandboxRouter::listTeamGrants(const Call &call)
{
    const QString &teamId = call.parameters.at(0);
    if (!m_store.teams().team(teamId))
        return errorReply(SandboxStore::teamNotFound(teamId));
    const bool groups = call.kind == MembershipKind::Group;
    return page(call.request, (groups ? u"team_groups:"_s : u"team_connections:"_s) + teamId,
                groups ? m_store.teams().groups(teamId) : m_store.teams().connections(teamId),
                bySeq<SandboxMembership>, SandboxJson::appendMembership);
}

} // namespace ftsandbox

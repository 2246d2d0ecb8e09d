#pragma once

// Pure functions between JSON and the value types: no network, no state, testable alone.
// A parser never crashes and never returns a half-filled value as valid: a wrong type, a
// missing required field (ids, a user's email, a role's name, a team member's user_id), an item
// that is not an object becomes ApiError::Kind::Parse. Unknown fields are ignored; null or missing
// optional fields take their defaults.

#include "apiresult.h"
#include "connection.h"
#include "group.h"
#include "membership.h"
#include "newuser.h"
#include "page.h"
#include "role.h"
#include "team.h"
#include "teamgrant.h"
#include "teammember.h"
#include "user.h"
#include "userupdate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace ftapi {

// Each takes one JSON object (an envelope's `data`, or one item of a list).
ApiResult<User> parseUser(const QJsonValue &value);
ApiResult<Membership> parseMembership(const QJsonValue &value);
ApiResult<Role> parseRole(const QJsonValue &value);
ApiResult<Group> parseGroup(const QJsonValue &value);
ApiResult<Connection> parseConnection(const QJsonValue &value);
ApiResult<Team> parseTeam(const QJsonValue &value);
ApiResult<TeamMember> parseTeamMember(const QJsonValue &value);
ApiResult<TeamGrant> parseTeamGrant(const QJsonValue &value);

// A list page's `data`: {"items": [...], "next_cursor": "..."|null|absent}. Items stay JSON
// but each must be an object.
ApiResult<Page<QJsonValue>> parseRawPage(const QJsonValue &data);

// The first "id" among `items` that is in `seen` already or comes twice among them, a null
// string when none does; the others are added to `seen`. A list names each item once: two
// under one id would be merged or shown twice. Items without a string "id" (roles) pass.
QString firstDuplicateId(const QVector<QJsonValue> &items, QSet<QString> *seen);

template<typename T>
using ItemParser = ApiResult<T> (*)(const QJsonValue &);

// A page whose every item goes through `parser`; the first bad item fails the whole page,
// with its index in the message.
template<typename T>
ApiResult<Page<T>> parsePage(const QJsonValue &data, ItemParser<T> parser)
{
    ApiResult<Page<QJsonValue>> raw = parseRawPage(data);
    if (!raw)
        return raw.error();
    Page<T> page;
    page.nextCursor = raw.value().nextCursor;
    page.items.reserve(raw.value().items.size());
    for (qsizetype i = 0; i < raw.value().items.size(); ++i) {
        ApiResult<T> item = parser(raw.value().items.at(i));
        if (!item) {
            ApiError error = item.error();
            error.message = QStringLiteral("item %1: %2").arg(i).arg(error.message);
            return error;
        }
        page.items.append(std::move(item).value());
    }
    return page;
}

// ISO-8601 with optional fractions and `Z`. null/absent -> nullopt; anything else invalid
// (a number, "yesterday") -> Parse error.
ApiResult<std::optional<QDateTime>> parseTimestamp(const QJsonValue &value, const QString &field);

// Request bodies, with the API's field names.
QJsonObject toJson(const NewUser &user);
QJsonObject toJson(const UserUpdate &update);
QJsonObject membershipRequestJson(const QString &targetId, const QString &role);

// A User back to the API's JSON (all fields, nulls included); a Membership likewise.
QJsonObject toJson(const User &user);
QJsonObject toJson(const Membership &membership);

// ISO-8601 UTC with milliseconds and `Z`, as the service writes it.
QString formatTimestamp(const QDateTime &time);

} // namespace ftapi

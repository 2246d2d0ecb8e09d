#include "calloperations.h"

#include "jsonparsers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ftapp {

using namespace Qt::StringLiterals;
using Verb = ftapi::ApiRequest::Verb;
using Body = CallOperation::Body;
using Shape = CallOperation::Shape;

namespace {

const QStringList kPaging { u"cursor"_s, u"limit"_s };
const QStringList kProfile { u"given_name"_s, u"family_name"_s, u"phone"_s, u"picture"_s,
                             u"role"_s };

CallOperation op(const QString &name, Verb verb, const QString &route, QStringList required,
                 QStringList optional, Body body, Shape shape, bool list, const QString &summary)
{
    CallOperation o;
    o.name = name;
    o.verb = verb;
    o.route = route;
    o.required = std::move(required);
    o.optional = std::move(optional);
    o.body = body;
    o.shape = shape;
    o.list = list;
    o.summary = summary;
    return o;
}

QVector<CallOperation> makeOperations()
{
    const QString user = u"/users/{user_id}"_s;
    const QString groups = user + u"/groups"_s;
    const QString connectors = user + u"/{connections}"_s;
    QVector<CallOperation> ops;
    ops << op(u"list_all_users"_s, Verb::Get, u"/users"_s, {}, kPaging, Body::None, Shape::User,
              true, u"every user of the account"_s)
        << op(u"create_user"_s, Verb::Post, u"/users"_s,
              { u"email"_s, u"given_name"_s, u"family_name"_s },
              { u"phone"_s, u"picture"_s, u"role"_s }, Body::NewUser, Shape::User, false,
              u"invite a user"_s)
        << op(u"user_details"_s, Verb::Get, user, { u"user_id"_s }, {}, Body::None, Shape::User,
              false, u"one user"_s)
        << op(u"modify_user"_s, Verb::Patch, user, { u"user_id"_s }, kProfile, Body::UserUpdate,
              Shape::User, false, u"change names, phone, picture or account role"_s)
        << op(u"delete_user"_s, Verb::Delete, user, { u"user_id"_s }, {}, Body::None, Shape::None,
              false, u"remove a user from the account"_s)
        << op(u"delete_user_membership_in_account"_s, Verb::Delete, user + u"/role"_s,
              { u"user_id"_s }, {}, Body::None, Shape::None, false,
              u"remove the account role (the user stays)"_s)
        << op(u"get_user_memberships_in_groups"_s, Verb::Get, groups, { u"user_id"_s }, kPaging,
              Body::None, Shape::Membership, true, u"a user's destination memberships"_s)
        << op(u"add_user_membership_in_group"_s, Verb::Post, groups,
              { u"user_id"_s, u"group_id"_s, u"role"_s }, {}, Body::Membership, Shape::Membership,
              false, u"add a user to a destination"_s)
        << op(u"get_user_membership_in_group"_s, Verb::Get, groups + u"/{group_id}"_s,
              { u"user_id"_s, u"group_id"_s }, {}, Body::None, Shape::Membership, false,
              u"one destination membership"_s)
        << op(u"update_user_membership_in_group"_s, Verb::Patch, groups + u"/{group_id}"_s,
              { u"user_id"_s, u"group_id"_s, u"role"_s }, {}, Body::Role, Shape::None, false,
              u"change a destination membership's role"_s)
        << op(u"delete_user_membership_in_group"_s, Verb::Delete, groups + u"/{group_id}"_s,
              { u"user_id"_s, u"group_id"_s }, {}, Body::None, Shape::None, false,
              u"remove a user from a destination"_s)
        << op(u"get_user_memberships_in_connectors"_s, Verb::Get, connectors, { u"user_id"_s },
              kPaging, Body::None, Shape::Membership, true, u"a user's connection memberships"_s)
        << op(u"add_user_membership_in_connector"_s, Verb::Post, connectors,
              { u"user_id"_s, u"connector_id"_s, u"role"_s }, {}, Body::Membership,
              Shape::Membership, false, u"add a user to a connection"_s)
        << op(u"get_user_membership_in_connector"_s, Verb::Get, connectors + u"/{connector_id}"_s,
              { u"user_id"_s, u"connector_id"_s }, {}, Body::None, Shape::Membership, false,
              u"one connection membership"_s)
        << op(u"update_user_membership_in_connector"_s, Verb::Patch,
              connectors + u"/{connector_id}"_s, { u"user_id"_s, u"connector_id"_s, u"role"_s }, {},
              Body::Role, Shape::None, false, u"change a connection membership's role"_s)
        << op(u"delete_user_membership_in_connector"_s, Verb::Delete,
              connectors + u"/{connector_id}"_s, { u"user_id"_s, u"connector_id"_s }, {},
              Body::None, Shape::None, false, u"remove a user from a connection"_s)
        << op(u"list_roles"_s, Verb::Get, u"/roles"_s, {}, kPaging, Body::None, Shape::Role, true,
              u"every role, with scope and description"_s)
        << op(u"list_groups"_s, Verb::Get, u"/groups"_s, {}, kPaging, Body::None, Shape::Group,
              true, u"every group (destination)"_s)
        << op(u"list_connections"_s, Verb::Get, u"/groups/{group_id}/{connections}"_s,
              { u"group_id"_s }, kPaging, Body::None, Shape::Connection, true,
              u"the connections of a group"_s);
    return ops;
}

// "null" clears a nullable field; anything else is the text itself.
QJsonValue nullableValue(const QString &text)
{
    return text == u"null"_s ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

ftapi::ApiResult<void> validateOne(Shape shape, const QJsonValue &value)
{
    switch (shape) {
    case Shape::User:
        return ftapi::outcomeOf(ftapi::parseUser(value));
    case Shape::Membership:
        return ftapi::outcomeOf(ftapi::parseMembership(value));
    case Shape::Role:
        return ftapi::outcomeOf(ftapi::parseRole(value));
    case Shape::Group:
        return ftapi::outcomeOf(ftapi::parseGroup(value));
    case Shape::Connection:
        return ftapi::outcomeOf(ftapi::parseConnection(value));
    case Shape::None:
        break;
    }
    return {};
}

} // namespace

const QVector<CallOperation> &callOperations()
{
    static const QVector<CallOperation> ops = makeOperations();
    return ops;
}

const CallOperation *findCallOperation(const QString &name)
{
    for (const CallOperation &o : callOperations()) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

QString canonicalParameterName(const QString &name)
{
    return name == u"connection_id"_s ? u"connector_id"_s : name;
}

bool CallOperation::buildRequest(const QHash<QString, QString> &params, ftapi::ApiRequest *request,
                                 QString *error) const
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key())) {
            *error = u"%1 does not take the parameter \"%2\"."_s.arg(name, it.key());
            return false;
        }
    }
    for (const QString &p : required) {
        if (params.value(p).isEmpty()) {
            *error = u"%1 needs %2=...."_s.arg(name, p);
            return false;
        }
    }
    request->verb = verb;
    request->query.clear();
    request->body.reset();

    QString path = route;
    for (const QString &p : { u"user_id"_s, u"group_id"_s, u"connector_id"_s }) {
        const QString token = u"/{"_s + p + u"}"_s;
        if (!path.contains(token))
            continue;
        const QString id = params.value(p);
        if (id == u"."_s || id == u".."_s) {
            *error = u"%1 is not a valid id."_s.arg(p);
            return false;
        }
        path.replace(token, ftapi::ApiRequest::segment(id));
    }
    path.replace(u"{connections}"_s, ftapi::ApiRequest::connectionsToken());
    request->path = path;

    if (list) {
        if (params.contains(u"limit"_s)) {
            bool ok = false;
            const int limit = params.value(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000) {
                *error = u"limit must be a number from 1 to 1000."_s;
                return false;
            }
            request->query.append({ u"limit"_s, QString::number(limit) });
        }
        if (params.contains(u"cursor"_s))
            request->query.append({ u"cursor"_s, params.value(u"cursor"_s) });
    }

    QJsonObject json;
    switch (body) {
    case Body::None:
        break;
    case Body::NewUser:
        for (const QString &f : { u"email"_s, u"given_name"_s, u"family_name"_s, u"role"_s })
            if (params.contains(f))
                json.insert(f, params.value(f));
        for (const QString &f : { u"phone"_s, u"picture"_s })
            if (params.contains(f) && params.value(f) != u"null"_s) // null: just leave it out
                json.insert(f, params.value(f));
        request->body = json;
        break;
    case Body::UserUpdate:
        for (const QString &f : { u"given_name"_s, u"family_name"_s, u"role"_s }) {
            if (!params.contains(f))
                continue;
            if (params.value(f) == u"null"_s) {
                *error = f == u"role"_s
                    ? u"role cannot be null here; use delete_user_membership_in_account to "
                      u"remove the account role."_s
                    : u"%1 cannot be cleared."_s.arg(f);
                return false;
            }
            json.insert(f, params.value(f));
        }
        for (const QString &f : { u"phone"_s, u"picture"_s })
            if (params.contains(f))
                json.insert(f, nullableValue(params.value(f)));
        if (json.isEmpty()) {
            *error = u"modify_user needs at least one of %1."_s.arg(optional.join(u", "_s));
            return false;
        }
        request->body = json;
        break;
    case Body::Membership:
        json.insert(u"id"_s, params.value(required.at(1)));
        json.insert(u"role"_s, params.value(u"role"_s));
        request->body = json;
        break;
    case Body::Role:
        json.insert(u"role"_s, params.value(u"role"_s));
        request->body = json;
        break;
    }
    return true;
}

ftapi::ApiResult<void> CallOperation::validate(const QJsonValue &data) const
{
    if (shape == Shape::None)
        return {};
    if (list) {
        const auto page = ftapi::parseRawPage(data);
        if (!page)
            return page.error();
        for (const QJsonValue &item : page.value().items) {
            auto one = validateOne(shape, item);
            if (!one)
                return one;
        }
        return {};
    }
    return validateOne(shape, data);
}

QString CallOperation::usageLine() const
{
    QStringList parts { name };
    for (const QString &p : required)
        parts.append(p + u"=..."_s);
    for (const QString &p : optional)
        parts.append(u"["_s + p + u"=...]"_s);
    return parts.join(QLatin1Char(' '));
}

QString callUsageText()
{
    QString text =
        u"Usage: fivetran-admin call OPERATION [name=value ...] [--demo | --api-url URL] "
        u"[--connectors]\n\nOperations:\n"_s;
    for (const CallOperation &o : callOperations())
        text += u"  "_s + o.usageLine() + u"\n      "_s + o.summary + u"\n"_s;
    text += uR"(
Parameters use the API's field names; connection_id is accepted for connector_id.
phone=null or picture=null clears the field (modify_user).
A list prints every page merged into one JSON array, unless cursor or limit is given: then
the page object is printed as the server sent it (items and next_cursor).
Prints the answer's JSON data on stdout. Exit codes: 0 success; 1 the API refused (its code
and message on stderr) or could not be reached; 2 usage error.
Credentials come from FIVETRAN_APIKEY and FIVETRAN_APISECRET.
)"_s;
    return text;
}

} // namespace ftapp

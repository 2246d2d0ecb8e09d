#include "jsonparsers.h"

#include <QJsonArray>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

ApiError parseError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Parse, message);
}

// Reads fields of one object and remembers the first problem, so a parser reads every field
// in a straight line and checks once at the end.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &what)
        : m_object(object)
        , m_what(what)
    {
    }

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString()) {
            if (required && v.toString().isEmpty())
                fail(u"%1 is empty"_s.arg(key));
            return v.toString();
        }
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(u"%1 is missing"_s.arg(key));
            return {};
        }
        fail(u"%1 is not a string"_s.arg(key));
        return {};
    }

    std::optional<QString> nullableString(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(u"%1 is not a string"_s.arg(key));
        return std::nullopt;
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(u"%1 is not true or false"_s.arg(key));
        return false;
    }

    std::optional<QDateTime> timestamp(const QString &key)
    {
        ApiResult<std::optional<QDateTime>> t = parseTimestamp(m_object.value(key), key);
        if (!t) {
            fail(t.error().message);
            return std::nullopt;
        }
        return t.value();
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (v.isString()) { // tolerate a single word where a list was expected
            out.append(v.toString());
            return out;
        }
        if (!v.isArray()) {
            fail(u"%1 is not a list"_s.arg(key));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(u"%1 holds something other than text"_s.arg(key));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    bool ok() const { return m_problem.isEmpty(); }
    ApiError error() const { return parseError(m_what + u": "_s + m_problem); }

private:
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    QJsonObject m_object;
    QString m_what;
    QString m_problem;
};

bool requireObject(const QJsonValue &value, const QString &what, QJsonObject *object,
                   ApiError *error)
{
    if (!value.isObject()) {
        *error = parseError(u"%1 is not a JSON object"_s.arg(what));
        return false;
    }
    *object = value.toObject();
    return true;
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The service's own shape, "2019-01-03T08:44:45.369Z" (any number of fraction digits, or
// none), read by hand: QDateTime::fromString costs more than the rest of a user together, and
// a page holds a thousand users with two timestamps each. Anything else takes the slow path.
std::optional<QDateTime> fastUtcTimestamp(const QString &text)
{
    const qsizetype n = text.size();
    if (n < 20 || text.at(n - 1) != QLatin1Char('Z') || text.at(4) != QLatin1Char('-')
        || text.at(7) != QLatin1Char('-') || text.at(10) != QLatin1Char('T')
        || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return std::nullopt;
    auto number = [&text](qsizetype from, qsizetype count, int *out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day)
        || !number(11, 2, &hour) || !number(14, 2, &minute) || !number(17, 2, &second))
        return std::nullopt;
    if (n > 20) { // a fraction: ".d...dZ"
        if (text.at(19) != QLatin1Char('.') || n == 21)
            return std::nullopt;
        int digits = 0;
        const qsizetype used = qMin<qsizetype>(n - 21, 3);
        if (!number(20, used, &digits))
            return std::nullopt;
        int ignored = 0;
        for (qsizetype i = 20 + used; i < n - 1; ++i) {
            if (!number(i, 1, &ignored))
                return std::nullopt;
        }
        msec = digits * (used == 1 ? 100 : used == 2 ? 10 : 1);
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

ApiResult<std::optional<QDateTime>> parseTimestamp(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull())
        return std::optional<QDateTime>();
    if (!value.isString())
        return parseError(u"%1 is not a timestamp"_s.arg(field));
    const QString text = value.toString();
    if (std::optional<QDateTime> fast = fastUtcTimestamp(text))
        return fast;
    // A date alone would parse too; the service always sends a time, so demand one.
    if (!text.contains(QLatin1Char('T')))
        return parseError(u"%1 is not a timestamp"_s.arg(field));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return parseError(u"%1 is not a timestamp"_s.arg(field));
    return std::optional<QDateTime>(time.toUTC());
}

ApiResult<User> parseUser(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"user"_s, &o, &error))
        return error;
    FieldReader r(o, u"user"_s);
    User u;
    u.id = r.string(u"id"_s, true);
    u.email = r.string(u"email"_s, true);
    u.givenName = r.string(u"given_name"_s);
    u.familyName = r.string(u"family_name"_s);
    u.phone = r.nullableString(u"phone"_s);
    u.picture = r.nullableString(u"picture"_s);
    u.role = r.nullableString(u"role"_s);
    u.verified = r.boolean(u"verified"_s);
    u.invited = r.boolean(u"invited"_s);
    u.active = r.boolean(u"active"_s);
    u.createdAt = r.timestamp(u"created_at"_s).value_or(QDateTime());
    u.loggedInAt = r.timestamp(u"logged_in_at"_s);
    u.userType = r.string(u"user_type"_s);
    if (!r.ok())
        return r.error();
    return u;
}

ApiResult<Membership> parseMembership(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"membership"_s, &o, &error))
        return error;
    FieldReader r(o, u"membership"_s);
    Membership m;
    m.id = r.string(u"id"_s, true);
    m.role = r.string(u"role"_s);
    m.createdAt = r.timestamp(u"created_at"_s);
    if (!r.ok())
        return r.error();
    return m;
}

ApiResult<Role> parseRole(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"role"_s, &o, &error))
        return error;
    FieldReader r(o, u"role"_s);
    Role role;
    role.name = r.string(u"name"_s, true);
    role.description = r.string(u"description"_s);
    role.scope = r.stringList(u"scope"_s);
    role.isCustom = r.boolean(u"is_custom"_s);
    role.isDeprecated = r.boolean(u"is_deprecated"_s);
    role.replacementRoleName = r.nullableString(u"replacement_role_name"_s);
    if (!r.ok())
        return r.error();
    return role;
}

ApiResult<Group> parseGroup(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"group"_s, &o, &error))
        return error;
    FieldReader r(o, u"group"_s);
    Group g;
    g.id = r.string(u"id"_s, true);
    g.name = r.string(u"name"_s);
    g.createdAt = r.timestamp(u"created_at"_s);
    if (!r.ok())
        return r.error();
    return g;
}

ApiResult<Connection> parseConnection(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"connection"_s, &o, &error))
        return error;
    FieldReader r(o, u"connection"_s);
    Connection c;
    c.id = r.string(u"id"_s, true);
    c.service = r.string(u"service"_s);
    c.schema = r.string(u"schema"_s);
    c.groupId = r.string(u"group_id"_s);
    c.paused = r.boolean(u"paused"_s);
    if (!r.ok())
        return r.error();
    return c;
}

ApiResult<Team> parseTeam(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"team"_s, &o, &error))
        return error;
    FieldReader r(o, u"team"_s);
    Team t;
    t.id = r.string(u"id"_s, true);
    t.name = r.string(u"name"_s);
    t.description = r.string(u"description"_s);
    t.role = r.nullableString(u"role"_s);
    if (!r.ok())
        return r.error();
    return t;
}

ApiResult<TeamMember> parseTeamMember(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"team member"_s, &o, &error))
        return error;
    FieldReader r(o, u"team member"_s);
    TeamMember m;
    m.userId = r.string(u"user_id"_s, true);
    m.role = r.string(u"role"_s);
    if (!r.ok())
        return r.error();
    return m;
}

ApiResult<TeamGrant> parseTeamGrant(const QJsonValue &value)
{
    QJsonObject o;
    ApiError error;
    if (!requireObject(value, u"team role"_s, &o, &error))
        return error;
    FieldReader r(o, u"team role"_s);
    TeamGrant g;
    g.id = r.string(u"id"_s, true);
    g.role = r.string(u"role"_s);
    g.createdAt = r.timestamp(u"created_at"_s);
    if (!r.ok())
        return r.error();
    return g;
}

ApiResult<Page<QJsonValue>> parseRawPage(const QJsonValue &data)
{
    if (data.isUndefined())
        return parseError(u"the answer has no data"_s);
    if (!data.isObject())
        return parseError(u"the list is not a JSON object"_s);
    const QJsonObject o = data.toObject();
    const QJsonValue items = o.value(u"items"_s);
    if (!items.isArray())
        return parseError(items.isUndefined() ? u"the list has no items"_s
                                              : u"the list's items are not an array"_s);
    Page<QJsonValue> page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return parseError(u"item %1 is not a JSON object"_s.arg(i));
        page.items.append(item);
    }
    const QJsonValue cursor = o.value(u"next_cursor"_s);
    if (cursor.isString())
        page.nextCursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull())
        return parseError(u"next_cursor is not text"_s);
    return page;
}

QJsonObject toJson(const NewUser &user)
{
    QJsonObject o;
    o.insert(u"email"_s, user.email);
    o.insert(u"given_name"_s, user.givenName);
    o.insert(u"family_name"_s, user.familyName);
    if (user.phone)
        o.insert(u"phone"_s, *user.phone);
    if (user.picture)
        o.insert(u"picture"_s, *user.picture);
    if (user.role)
        o.insert(u"role"_s, *user.role);
    return o;
}

QJsonObject toJson(const UserUpdate &update)
{
    QJsonObject o;
    if (update.givenName)
        o.insert(u"given_name"_s, *update.givenName);
    if (update.familyName)
        o.insert(u"family_name"_s, *update.familyName);
    if (update.role)
        o.insert(u"role"_s, *update.role);
    if (update.phone)
        o.insert(u"phone"_s, nullable(*update.phone));
    if (update.picture)
        o.insert(u"picture"_s, nullable(*update.picture));
    return o;
}

QJsonObject membershipRequestJson(const QString &targetId, const QString &role)
{
    QJsonObject o;
    o.insert(u"id"_s, targetId);
    o.insert(u"role"_s, role);
    return o;
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const User &user)
{
    QJsonObject o;
    o.insert(u"id"_s, user.id);
    o.insert(u"email"_s, user.email);
    o.insert(u"given_name"_s, user.givenName);
    o.insert(u"family_name"_s, user.familyName);
    o.insert(u"phone"_s, nullable(user.phone));
    o.insert(u"picture"_s, nullable(user.picture));
    o.insert(u"role"_s, nullable(user.role));
    o.insert(u"verified"_s, user.verified);
    o.insert(u"invited"_s, user.invited);
    o.insert(u"active"_s, user.active);
    o.insert(u"created_at"_s,
             user.createdAt.isValid() ? QJsonValue(formatTimestamp(user.createdAt))
                                      : QJsonValue(QJsonValue::Null));
    o.insert(u"logged_in_at"_s,
             user.loggedInAt ? QJsonValue(formatTimestamp(*user.loggedInAt))
                             : QJsonValue(QJsonValue::Null));
    if (!user.userType.isEmpty())
        o.insert(u"user_type"_s, user.userType);
    return o;
}

QJsonObject toJson(const Membership &membership)
{
    QJsonObject o;
    o.insert(u"id"_s, membership.id);
    o.insert(u"role"_s,
             membership.role.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(membership.role));
    if (membership.createdAt)
        o.insert(u"created_at"_s, formatTimestamp(*membership.createdAt));
    return o;
}

QString firstDuplicateId(const QVector<QJsonValue> &items, QSet<QString> *seen)
{
    for (const QJsonValue &item : items) {
        const QJsonValue id = item.toObject().value(QLatin1String("id"));
        if (!id.isString())
            continue;
        const QString text = id.toString();
        if (seen->contains(text))
            return text;
        seen->insert(text);
    }
    return QString();
}

} // namespace ftapi

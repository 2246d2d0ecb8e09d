#include "sandboxjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ftsandbox::SandboxJson {

using namespace Qt::StringLiterals;

namespace {

// Writes one JSON object member by member, in the order given.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    ObjectWriter &string(const char *key, QStringView value)
    {
        name(key);
        appendString(m_out, value);
        return *this;
    }
    ObjectWriter &nullable(const char *key, const std::optional<QString> &value)
    {
        name(key);
        if (value)
            appendString(m_out, *value);
        else
            m_out += "null";
        return *this;
    }
    ObjectWriter &boolean(const char *key, bool value)
    {
        name(key);
        m_out += value ? "true" : "false";
        return *this;
    }
    ObjectWriter &number(const char *key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
        return *this;
    }
    ObjectWriter &strings(const char *key, const QStringList &values)
    {
        name(key);
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            appendString(m_out, values.at(i));
        }
        m_out += ']';
        return *this;
    }
    ObjectWriter &raw(const char *key, const QByteArray &json)
    {
        name(key);
        m_out += json;
        return *this;
    }
    void end() { m_out += '}'; }

private:
    void name(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    });
    if (plain) { // the usual case: one copy, no per-byte appends
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte >= 0x20) {
            out += c;
        } else if (byte == '\n') {
            out += "\\n";
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte == '\r') {
            out += "\\r";
        } else {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    out += '"';
}

void appendUser(QByteArray &out, const SandboxUser &user)
{
    ObjectWriter(out)
        .string("id", user.id)
        .string("email", user.email)
        .string("given_name", user.givenName)
        .string("family_name", user.familyName)
        .boolean("verified", user.verified)
        .boolean("invited", user.invited)
        .nullable("picture", user.picture)
        .nullable("phone", user.phone)
        .nullable("role", user.role)
        .nullable("logged_in_at", user.loggedInAt)
        .string("created_at", user.createdAt)
        .boolean("active", user.active)
        .string("user_type", user.userType)
        .end();
}

void appendGroup(QByteArray &out, const SandboxGroup &group)
{
    ObjectWriter(out)
        .string("id", group.id)
        .string("name", group.name)
        .string("created_at", group.createdAt)
        .end();
}

void appendConnection(QByteArray &out, const SandboxConnection &connection)
{
    ObjectWriter(out)
        .string("id", connection.id)
        .string("group_id", connection.groupId)
        .string("service", connection.service)
        .string("schema", connection.schema)
        .boolean("paused", connection.paused)
        .number("sync_frequency", connection.syncFrequency)
        .string("created_at", connection.createdAt)
        .end();
}

void appendMembership(QByteArray &out, const SandboxMembership &membership)
{
    ObjectWriter(out)
        .string("id", membership.id)
        .string("role", membership.role)
        .string("created_at", membership.createdAt)
        .end();
}

void appendRole(QByteArray &out, const SandboxRole &role)
{
    ObjectWriter(out)
        .string("name", role.name)
        .string("description", role.description)
        .strings("scope", role.scope)
        .boolean("is_custom", role.isCustom)
        .boolean("is_deprecated", role.isDeprecated)
        .nullable("replacement_role_name",
                  role.replacementRoleName.isEmpty()
                      ? std::nullopt
                      : std::optional<QString>(role.replacementRoleName))
        .end();
}

void appendTeam(QByteArray &out, const SandboxTeam &team)
{
    ObjectWriter(out)
        .string("id", team.id)
        .string("name", team.name)
        .string("description", team.description)
        .nullable("role", team.role)
        .end();
}

void appendTeamMember(QByteArray &out, const SandboxTeamMember &member)
{
    ObjectWriter(out).string("user_id", member.userId).string("role", member.role).end();
}

QByteArray success(const QByteArray &data, const QString &message)
{
    QByteArray out;
    out.reserve(data.size() + message.size() + 48);
    ObjectWriter envelope(out);
    envelope.string("code", u"Success");
    if (!message.isEmpty())
        envelope.string("message", message);
    if (!data.isEmpty())
        envelope.raw("data", data);
    envelope.end();
    return out;
}

QByteArray error(const QString &code, const QString &message)
{
    QByteArray out;
    ObjectWriter(out).string("code", code).string("message", message).end();
    return out;
}

QString encodeCursor(const QString &list, qint64 after)
{
    QByteArray json;
    ObjectWriter(json).number("after", after).string("list", list).end();
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, const QString &list, qint64 *after)
{
    if (cursor.size() > 4096)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue position = object.value(u"after"_s);
    if (object.value(u"list"_s).toString() != list || !position.isDouble())
        return false;
    const double value = position.toDouble();
    if (value < 0 || value > 9e15 || value != double(qint64(value)))
        return false;
    *after = qint64(value);
    return true;
}

} // namespace ftsandbox::SandboxJson

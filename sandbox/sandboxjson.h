#pragma once

#include "sandboxtypes.h"

#include <QByteArray>

namespace ftsandbox {

// The API's JSON (../shared/API.md): objects, the envelope and the opaque cursors. Objects are
// written straight into a byte array rather than built as QJsonObjects: a page of a thousand
// users is then a few milliseconds instead of tens.
namespace SandboxJson {

void appendString(QByteArray &out, QStringView text); // a JSON string literal, escaped
void appendUser(QByteArray &out, const SandboxUser &user);
void appendGroup(QByteArray &out, const SandboxGroup &group);
void appendConnection(QByteArray &out, const SandboxConnection &connection);
void appendMembership(QByteArray &out, const SandboxMembership &membership);
void appendRole(QByteArray &out, const SandboxRole &role);
void appendTeam(QByteArray &out, const SandboxTeam &team);
void appendTeamMember(QByteArray &out, const SandboxTeamMember &member);

// An object or any other JSON text as a standalone document.
template<typename T>
QByteArray toJson(const T &item, void (*append)(QByteArray &, const T &))
{
    QByteArray out;
    append(out, item);
    return out;
}

// {"code":"Success","message":...,"data":<data>}: `data` is JSON text, left out when empty,
// and so is an empty message.
QByteArray success(const QByteArray &data, const QString &message = {});
// {"code":...,"message":...}
QByteArray error(const QString &code, const QString &message);

// A cursor names the list it belongs to (e.g. "users", "group_memberships:<user id>") and the
// position (the last item's key) after which the next page starts; it is base64url JSON, which
// clients must treat as opaque. decodeCursor() is false for anything it did not make for
// `list`, so a cursor of another list or a forged one is refused.
QString encodeCursor(const QString &list, qint64 after);
bool decodeCursor(const QString &cursor, const QString &list, qint64 *after);

} // namespace SandboxJson

} // namespace ftsandbox

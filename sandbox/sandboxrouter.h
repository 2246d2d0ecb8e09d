#pragma once

#include "sandboxoptions.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace ftsandbox {

// One HTTP request as the sandbox sees it: copied out of the socket's request object so it can
// be answered later (latency) after the socket has moved on.
struct SandboxRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded, e.g. /v1/users/abc
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct SandboxReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body; // JSON
};

// Maps a request to one of the API's routes (served under /v1 and at the root) and answers it
// from a SandboxStore: Basic auth, paging, body checks, then the store's rules.
class SandboxRouter
{
public:
    SandboxRouter(SandboxStore &store, QString apiKey, QString apiSecret);

    // Where a request goes. `pattern` is the route with ids replaced by {id}, {groupId},
    // {connectionId} and without the /v1 prefix, e.g. "/users/{id}/groups/{groupId}"; it is
    // empty when no route has this path. The stats key is "<METHOD> <pattern>".
    struct Match
    {
        int route = -1; // index in the table, -1: no route for this method (see pattern)
        QString pattern;
        QStringList parameters;
        QByteArrayList allowedMethods; // methods of the pattern, for 405
    };
    Match match(const QByteArray &method, const QString &path) const;

    SandboxReply handle(const SandboxRequest &request, const Match &match);

    void setTeamsAnswer(TeamsAnswer answer) { m_teamsAnswer = answer; }
    TeamsAnswer teamsAnswer() const { return m_teamsAnswer; }

    static SandboxReply errorReply(int status, const QString &code, const QString &message);
    static SandboxReply errorReply(const SandboxError &error);

private:
    // What a handler gets: the request, the ids from the path, the membership collection the
    // route addresses and, for POST and PATCH, the body already parsed as a JSON object.
    struct Call
    {
        const SandboxRequest &request;
        QStringList parameters;
        MembershipKind kind;
        QJsonObject body;
    };
    using Handler = SandboxReply (SandboxRouter::*)(const Call &);
    struct Route
    {
        QByteArray method;
        QStringList segments; // literal or a {placeholder}
        Handler handler;
        MembershipKind kind = MembershipKind::Group;
    };
    void add(const char *method, const QString &pattern, Handler handler,
             MembershipKind kind = MembershipKind::Group);
    bool authorized(const SandboxRequest &request) const;

    SandboxReply listUsers(const Call &call);
    SandboxReply createUser(const Call &call);
    SandboxReply getUser(const Call &call);
    SandboxReply updateUser(const Call &call);
    SandboxReply deleteUser(const Call &call);
    SandboxReply deleteAccountRole(const Call &call);
    SandboxReply listMemberships(const Call &call);
    SandboxReply addMembership(const Call &call);
    SandboxReply getMembership(const Call &call);
    SandboxReply updateMembership(const Call &call);
    SandboxReply deleteMembership(const Call &call);
    SandboxReply listRoles(const Call &call);
    SandboxReply listGroups(const Call &call);
    SandboxReply listGroupConnections(const Call &call);
    SandboxReply listTeams(const Call &call);
    SandboxReply listTeamUsers(const Call &call);
    SandboxReply listTeamGrants(const Call &call);

    SandboxStore &m_store;
    QString m_apiKey;
    QString m_apiSecret;
    QVector<Route> m_routes;
    TeamsAnswer m_teamsAnswer = TeamsAnswer::Served;
};

} // namespace ftsandbox

// libFuzzer target for every JSON reader of ftapi: the reply interpreter (envelopes, error
// envelopes, HTML pages, truncated bodies), the page reader, each item parser (users,
// memberships, roles, groups, connections, teams, team members and team roles), timestamps and
// Retry-After. The first input byte picks the HTTP status, the rest is the body. A crash, a
// sanitizer report or a leak here is a bug: hostile answers must only ever become ApiErrors.

#include "jsonparsers.h"
#include "replyinterpreter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

const int kStatuses[] = { 200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 503, 302 };

template<typename T>
void parseAsPageAndItem(const QJsonValue &data, ftapi::ItemParser<T> parser)
{
    (void)parser(data);
    (void)ftapi::parsePage<T>(data, parser);
}

void parseEverything(const QJsonValue &data)
{
    parseAsPageAndItem<ftapi::User>(data, ftapi::parseUser);
    parseAsPageAndItem<ftapi::Membership>(data, ftapi::parseMembership);
    parseAsPageAndItem<ftapi::Role>(data, ftapi::parseRole);
    parseAsPageAndItem<ftapi::Group>(data, ftapi::parseGroup);
    parseAsPageAndItem<ftapi::Connection>(data, ftapi::parseConnection);
    parseAsPageAndItem<ftapi::Team>(data, ftapi::parseTeam);
    parseAsPageAndItem<ftapi::TeamMember>(data, ftapi::parseTeamMember);
    parseAsPageAndItem<ftapi::TeamGrant>(data, ftapi::parseTeamGrant);
    (void)ftapi::parseRawPage(data);
    (void)ftapi::parseTimestamp(data, QStringLiteral("created_at"));
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            (void)ftapi::parseTimestamp(it.value(), it.key());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ftapi::RawReply reply;
    reply.transport = ftapi::RawReply::Transport::Completed;
    reply.httpStatus = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    reply.body =
        QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    reply.retryAfter = reply.body.left(32);

    const ftapi::ApiResult<ftapi::ApiResponse> result =
        ftapi::interpretReply(reply, (data[0] & 0x80) != 0);
    if (result) {
        parseEverything(result.value().data);
    } else {
        (void)result.error().userText();
        (void)result.error().toString();
        (void)ftapi::isRouteNotFound(result.error());
    }
    (void)ftapi::parseRetryAfter(reply.retryAfter, QDateTime::currentDateTimeUtc());

    // The body as a bare value too, without the envelope check in the way.
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (document.isObject())
        parseEverything(document.object());
    else if (document.isArray())
        for (const QJsonValue &item : document.array())
            parseEverything(item);
    return 0;
}

// libFuzzer target for every reader of what a server sends, in ftapi: the reply interpreter
// (envelopes, error envelopes, HTML pages, truncated bodies, and each bound that can end an
// exchange), the page reader and its duplicate-id check, each item parser (users,
// memberships, roles, groups, connections, teams, team members and team roles), timestamps,
// Retry-After (seconds and dates), the secret mask over server messages, and the words for
// waits. The first input byte picks the HTTP status, the second a bound, the rest is the body.
// A crash, a sanitizer report or a leak here is a bug: hostile answers must only ever become
// ApiErrors.

#include "jsonparsers.h"
#include "replyinterpreter.h"
#include "secretmask.h"

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
    const ftapi::ApiResult<ftapi::Page<QJsonValue>> page = ftapi::parseRawPage(data);
    if (page) {
        QSet<QString> seen;
        (void)ftapi::firstDuplicateId(page.value().items, &seen);
    }
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
    if (size < 2)
        return 0;
    using Stop = ftapi::ApiError::Stop;
    const Stop stops[] = { Stop::None,           Stop::None,           Stop::Silence,
                           Stop::Deadline,       Stop::AnswerTooLarge, Stop::WaitTooLong,
                           Stop::WaitUnreadable, Stop::RedirectRefused };
    ftapi::RawReply reply;
    reply.transport = ftapi::RawReply::Transport::Completed;
    reply.httpStatus = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    reply.body =
        QByteArray(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    reply.retryAfter = reply.body.left(32);
    reply.stop = stops[data[1] % (sizeof(stops) / sizeof(stops[0]))];
    reply.limit = static_cast<qint64>(data[1]) << (data[0] % 40);
    reply.subject = QString::fromUtf8(reply.body.left(64));

    // A server's words pass the secret mask; the "secret" is taken from the input itself.
    ftapi::SecretMask mask;
    mask.setCredentials(QString::fromUtf8(reply.body.mid(0, 8)),
                        QString::fromUtf8(reply.body.mid(8, 12)));

    const ftapi::ApiResult<ftapi::ApiResponse> result =
        ftapi::interpretReply(reply, (data[0] & 0x80) != 0);
    if (result) {
        (void)mask.apply(result.value());
        parseEverything(result.value().data);
    } else {
        const ftapi::ApiError masked = mask.apply(result.error());
        (void)masked.userText();
        (void)masked.toString();
        (void)masked.effectUnknown();
        (void)masked.problem();
        (void)ftapi::isRouteNotFound(masked);
    }
    const int wait = ftapi::parseRetryAfter(reply.retryAfter, QDateTime::currentDateTimeUtc());
    (void)ftapi::ApiError::durationText(wait);
    (void)ftapi::ApiError::durationText(reply.limit);

    // The body as a bare value too, without the envelope check in the way.
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (document.isObject())
        parseEverything(document.object());
    else if (document.isArray())
        for (const QJsonValue &item : document.array())
            parseEverything(item);
    return 0;
}

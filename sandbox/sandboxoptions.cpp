#include "sandboxoptions.h"

#include <QCommandLineParser>

#include <cmath>

namespace ftsandbox {

namespace {

constexpr int kMaxUsers = 1'000'000;
constexpr int kMaxGroups = 10'000;
constexpr int kMaxConnections = 100'000;
constexpr int kMaxMembershipsPerUser = 100;
constexpr int kMaxTeams = 10'000;
constexpr int kMaxLatencyMs = 600'000;
constexpr double kMaxRateLimit = 1e6;
constexpr int kMaxHourlyLimit = 1'000'000;
constexpr int kMaxWindowSeconds = 86'400;
constexpr double kMaxTimeScale = 100'000;

// Each reader returns an error message, or an empty string when the value was stored.
QString readInteger(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                    qint64 *out)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return u"--%1 expects a whole number from %2 to %3, not '%4'"_s.arg(name)
            .arg(min)
            .arg(max)
            .arg(text);
    *out = value;
    return {};
}

QString readNumber(const QCommandLineParser &parser, const QString &name, double min, double max,
                   double *out)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const QString text = parser.value(name);
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return u"--%1 expects a number from %2 to %3, not '%4'"_s.arg(name).arg(min).arg(max).arg(
            text);
    *out = value;
    return {};
}

} // namespace

QString sandboxUsage()
{
    return uR"(Usage: fivetran-sandbox [options]

A local, in-memory server speaking the Fivetran user-management API on 127.0.0.1.
Prints "LISTENING <port>" once ready; the base URL is http://127.0.0.1:<port>/v1.

  --port P                  port to listen on, 0 picks a free one (default 0)
  --api-key K               API key clients must send (default sandbox-key;
                            or the FIVETRAN_APIKEY environment variable)
  --api-secret S            API secret (default sandbox-secret; or FIVETRAN_APISECRET)
  --seed N                  seed of the generated account (default 1)
  --users U                 generate U users; without it a small fixed demo account
  --groups G                destinations to generate (default 3)
  --connections C           connections to generate (default 8)
  --memberships-per-user M  average memberships per generated user (default 2)
  --teams T                 teams to generate, with members, an account role now and
                            then, and destination and connection roles (default 0)
  --teams-not-found         answer 404 NotFound to /teams and its lists, as a server
                            without teams does
  --teams-forbidden         answer 403 Forbidden to /teams and its lists
  --latency-ms L            delay every answer by L ms, without serialising requests
  --rate-limit R            allow R requests per second, answer 429 above (0 = off)
  --hourly-limit N          allow N requests per rolling window (Fivetran's hourly
                            budget; 0 = off); every answer says X-Rate-Limit and
                            X-Rate-Limit-Remaining, 429 with Retry-After above
  --window-seconds S        length of that rolling window (default 3600)
  --time-scale F            the window's clock runs F times as fast as the wall
                            clock, Retry-After in its seconds (default 1)
  --fail-rate P             answer a fraction P (0..1) of requests with 500 or 503
  --drop-rate P             cut off a fraction P (0..1) of answers mid-body
  --lose-rate P             carry out a fraction P (0..1) of writes, then lose the
                            answer (the change is made, the connection closes mid-body)
  --help                    show this text
)"_s;
}

SandboxCommandLine parseSandboxCommandLine(const QStringList &arguments, const QString &envApiKey,
                                           const QString &envApiSecret)
{
    SandboxCommandLine result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList valued {
        u"port"_s,       u"api-key"_s,      u"api-secret"_s,     u"seed"_s,
        u"users"_s,      u"groups"_s,       u"connections"_s,    u"memberships-per-user"_s,
        u"latency-ms"_s, u"rate-limit"_s,   u"fail-rate"_s,      u"drop-rate"_s,
        u"lose-rate"_s,  u"hourly-limit"_s, u"window-seconds"_s, u"time-scale"_s,
        u"teams"_s
    };
    for (const QString &name : valued)
        parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
    for (const QString &name : { u"help"_s, u"teams-not-found"_s, u"teams-forbidden"_s })
        parser.addOption(QCommandLineOption(name));

    if (!parser.parse(QStringList { u"fivetran-sandbox"_s } + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = u"Unexpected argument '%1'"_s.arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.helpRequested = true;
        return result;
    }

    SandboxOptions &options = result.options;
    if (!envApiKey.isEmpty())
        options.apiKey = envApiKey;
    if (!envApiSecret.isEmpty())
        options.apiSecret = envApiSecret;
    if (parser.isSet(u"api-key"_s))
        options.apiKey = parser.value(u"api-key"_s);
    if (parser.isSet(u"api-secret"_s))
        options.apiSecret = parser.value(u"api-secret"_s);
    if (options.apiKey.isEmpty() || options.apiSecret.isEmpty()) {
        result.error = u"The API key and secret must not be empty"_s;
        return result;
    }

    qint64 port = 0;
    qint64 seed = options.seed;
    qint64 users = options.users;
    qint64 groups = options.groups;
    qint64 connections = options.connections;
    qint64 memberships = options.membershipsPerUser;
    qint64 latency = options.latencyMs;
    qint64 hourlyLimit = options.hourlyLimit;
    qint64 windowSeconds = options.windowSeconds;
    qint64 teams = options.teams;
    const QString errors[] = {
        readInteger(parser, u"port"_s, 0, 65535, &port),
        readInteger(parser, u"seed"_s, 0, 4294967295LL, &seed),
        readInteger(parser, u"users"_s, 0, kMaxUsers, &users),
        readInteger(parser, u"groups"_s, 0, kMaxGroups, &groups),
        readInteger(parser, u"connections"_s, 0, kMaxConnections, &connections),
        readInteger(parser, u"memberships-per-user"_s, 0, kMaxMembershipsPerUser, &memberships),
        readInteger(parser, u"latency-ms"_s, 0, kMaxLatencyMs, &latency),
        readInteger(parser, u"teams"_s, 0, kMaxTeams, &teams),
        readNumber(parser, u"rate-limit"_s, 0, kMaxRateLimit, &options.rateLimit),
        readNumber(parser, u"fail-rate"_s, 0, 1, &options.failRate),
        readNumber(parser, u"drop-rate"_s, 0, 1, &options.dropRate),
        readNumber(parser, u"lose-rate"_s, 0, 1, &options.loseRate),
        readInteger(parser, u"hourly-limit"_s, 0, kMaxHourlyLimit, &hourlyLimit),
        readInteger(parser, u"window-seconds"_s, 1, kMaxWindowSeconds, &windowSeconds),
        readNumber(parser, u"time-scale"_s, 1, kMaxTimeScale, &options.timeScale),
    };
    for (const QString &error : errors) {
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    result.port = quint16(port);
    options.seed = quint32(seed);
    options.users = int(users);
    options.groups = int(groups);
    options.connections = int(connections);
    options.membershipsPerUser = int(memberships);
    options.latencyMs = int(latency);
    options.hourlyLimit = int(hourlyLimit);
    options.windowSeconds = int(windowSeconds);
    options.teams = int(teams);
    if (parser.isSet(u"teams-not-found"_s) && parser.isSet(u"teams-forbidden"_s)) {
        result.error = u"--teams-not-found and --teams-forbidden exclude each other"_s;
        return result;
    }
    if (parser.isSet(u"teams-not-found"_s))
        options.teamsAnswer = TeamsAnswer::NotFound;
    else if (parser.isSet(u"teams-forbidden"_s))
        options.teamsAnswer = TeamsAnswer::Forbidden;
    return result;
}

} // namespace ftsandbox

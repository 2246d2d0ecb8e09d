#pragma once

#include <QString>
#include <QStringList>

namespace ftsandbox {

using namespace Qt::StringLiterals;

// How the sandbox answers the /teams routes: as documented, or as a server (or an API key)
// without teams access does, so a client can be shown carrying on without teams.
enum class TeamsAnswer {
    Served,
    NotFound, // 404 NotFound, "No such route", as if the routes did not exist
    Forbidden, // 403 Forbidden
};

// Everything that shapes one sandbox: credentials, seeding and fault injection. Every flag of
// the fivetran-sandbox executable has a field here, so tests and the app's --demo can start an
// identical server in-process.
struct SandboxOptions
{
    QString apiKey = u"sandbox-key"_s;
    QString apiSecret = u"sandbox-secret"_s;
    quint32 seed = 1;
    int users = -1; // -1: the small fixed demo account (groups/connections/memberships ignored)
    int groups = 3;
    int connections = 8;
    int membershipsPerUser = 2; // average number of group + connection memberships per user
    int teams = 0; // teams to generate, with members and grants (the demo has its own)
    TeamsAnswer teamsAnswer = TeamsAnswer::Served;
    int latencyMs = 0; // every answer is delayed this long, without serialising requests
    int writeLatencyMs = 0; // and answers to writes this much more (the change is made at once)
    double rateLimit = 0; // requests per second, 0 = off; above it: 429 with Retry-After
    // Fivetran's hourly budget: requests per rolling window of windowSeconds, 0 = off; every
    // answer then says X-Rate-Limit and X-Rate-Limit-Remaining, and over it comes 429 with
    // Retry-After until the oldest request leaves the window.
    int hourlyLimit = 0;
    int windowSeconds = 3600;
    // How many of the budget's seconds pass in one second of the wall clock (1000: its hour in
    // 3.6 s), so tests can wait out an hour's Retry-After; latency is not scaled.
    double timeScale = 1.0;
    double failRate = 0; // fraction 0..1 of requests answered 500 or 503
    double dropRate = 0; // fraction 0..1 of requests whose connection is closed mid-answer
    // Fraction 0..1 of writes (POST, PATCH, DELETE) carried out whose answer is then lost: the
    // change is made, the connection closes mid-answer. The case where a careless client writes
    // twice.
    double loseRate = 0;
    // Generated timestamps are spread before this instant (ms since the epoch); 0 means
    // SandboxSeeder::referenceMSecs(), a fixed date, so that a seed always gives the same data.
    // The console's demo passes today so that "last login" reads as recent.
    qint64 referenceMSecs = 0;
};

// The outcome of reading a command line: options, or a message for stderr (exit code 2), or a
// request for help (exit code 0).
struct SandboxCommandLine
{
    SandboxOptions options;
    quint16 port = 0;
    bool helpRequested = false;
    QString error; // empty when the command line is valid
};

// Parses the fivetran-sandbox flags. `arguments` excludes the program name. FIVETRAN_APIKEY and
// FIVETRAN_APISECRET (passed in, so tests need not touch the real environment) supply the
// credentials when the flags are absent, so they need not appear on a visible command line.
SandboxCommandLine parseSandboxCommandLine(const QStringList &arguments,
                                           const QString &envApiKey = {},
                                           const QString &envApiSecret = {});

QString sandboxUsage();

} // namespace ftsandbox

// The access audit against servers that limit how much they take: (1) a server that admits
// two requests at once and answers 429 (no Retry-After) above that, a HostileServer in front
// of a fivetran-sandbox process with 1,000 users and 20 ms latency; the audit runs at an
// in-flight cap of 2, at the default 8 and at 64, and prints for each the requests that
// arrived, the 429s, the wall time and its ratio to the run at 2 (target: within 3 x, 429s
// under 10%). (2) the sandbox's own rate limit (requests per second, 429 with Retry-After),
// audited at 64 in flight: refused requests per useful one.
//
//   bench_hostile_audit [--users N] [--latency-ms L] [--rate R]

#include "apiclient.h"
#include "auditcollector.h"
#include "benchsandbox.h"
#include "hostileserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int users = 1000;
    int latencyMs = 20;
    double rate = 100;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--users"_s && i + 1 < arguments.size())
            options.users = qMax(1, arguments.at(++i).toInt());
        else if (arg == u"--latency-ms"_s && i + 1 < arguments.size())
            options.latencyMs = qMax(0, arguments.at(++i).toInt());
        else if (arg == u"--rate"_s && i + 1 < arguments.size())
            options.rate = qMax(1.0, arguments.at(++i).toDouble());
    }
    return options;
}

struct Sandbox
{
    QProcess process;
    QUrl baseUrl;
    ftsandbox::SandboxOptions options;
};

bool startSandbox(const Options &options, double rate, Sandbox *sandbox)
{
    sandbox->options.apiKey = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    sandbox->options.apiSecret =
        u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());
    sandbox->options.users = options.users;
    sandbox->options.groups = 10;
    sandbox->options.connections = 60;
    sandbox->options.latencyMs = options.latencyMs;
    sandbox->options.rateLimit = rate;
    sandbox->baseUrl = ftbench::startSandboxProcess(&sandbox->process, sandbox->options);
    return sandbox->baseUrl.isValid();
}

struct Outcome
{
    qint64 ms = 0;
    bool complete = false;
    int rows = 0;
};

Outcome audit(const QUrl &url, const Sandbox &sandbox, int inFlight)
{
    QNetworkAccessManager manager;
    ftapi::ApiClient client(&manager, url, { sandbox.options.apiKey, sandbox.options.apiSecret });
    client.scheduler()->setMaxInFlight(inFlight);
    ftmodels::AuditCollector collector(&client);
    QEventLoop loop;
    QObject::connect(&collector, &ftmodels::AuditCollector::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    collector.start();
    if (collector.isRunning())
        loop.exec();
    Outcome outcome;
    outcome.ms = clock.elapsed();
    outcome.complete = collector.result().isComplete();
    outcome.rows = int(collector.result().rows.size());
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());

    Sandbox sandbox;
    if (!startSandbox(options, 0, &sandbox)) {
        std::fprintf(stderr, "bench_hostile_audit: the sandbox did not start\n");
        return 1;
    }
    std::printf("(1) a server that admits 2 requests at once (429 above, no Retry-After); %d "
                "users, %d ms latency\n",
                options.users, options.latencyMs);
    std::printf("  %-10s %9s %7s %7s %10s %8s %s\n", "in flight", "requests", "429s", "share",
                "wall", "x at 2", "complete");
    qint64 atTwo = 0;
    for (int inFlight : { 2, 8, 64 }) {
        HostileServer hostile(sandbox.baseUrl);
        if (!hostile.listen())
            return 1;
        hostile.setMode(HostileServer::Mode::ConcurrencyCap);
        hostile.setConcurrencyCap(2);
        const Outcome outcome = audit(hostile.baseUrl(), sandbox, inFlight);
        if (inFlight == 2)
            atTwo = outcome.ms;
        const int arrived = hostile.arrived("GET");
        std::printf("  %-10d %9d %7d %6.1f%% %8lld ms %7.2fx %s (%d rows)\n", inFlight, arrived,
                    hostile.refused(), 100.0 * hostile.refused() / qMax(1, arrived), outcome.ms,
                    double(outcome.ms) / double(qMax<qint64>(1, atTwo)),
                    outcome.complete ? "yes" : "NO", outcome.rows);
    }
    sandbox.process.terminate();
    sandbox.process.waitForFinished();

    Sandbox limited;
    if (!startSandbox(options, options.rate, &limited)) {
        std::fprintf(stderr, "bench_hostile_audit: the rate-limited sandbox did not start\n");
        return 1;
    }
    std::printf("(2) the sandbox's rate limit of %.0f requests/s (429 with Retry-After), 64 in "
                "flight\n",
                options.rate);
    const Outcome outcome = audit(limited.baseUrl, limited, 64);
    const QJsonObject stats = ftbench::fetchSandboxStats(limited.baseUrl);
    const int total = stats.value(u"requests_total"_s).toInt();
    const int refused = stats.value(u"responses_429"_s).toInt();
    std::printf("  %d requests, %d answered 429: %.2f refused per useful one; %lld ms; %s\n", total,
                refused, double(refused) / qMax(1, total - refused), outcome.ms,
                outcome.complete ? "complete" : "INCOMPLETE");
    limited.process.terminate();
    limited.process.waitForFinished();
    return 0;
}

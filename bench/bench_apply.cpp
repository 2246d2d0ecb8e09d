// Applying a plan of 1,000 membership additions (each to another person) to a sandbox with
// 20 ms latency at the default in-flight cap, the sandbox in its own process. Prints the wall
// time, the requests the server saw (the check's reads and the writes) and the ratio of the
// wall time to requests x latency / cap (target: at most 1.15); then applies the same plan
// again, which must send no write.
//
//   bench_apply [--changes N] [--latency-ms L] [--concurrency C]

#include "apiclient.h"
#include "benchsandbox.h"
#include "planrun.h"
#include "sandboxseeder.h"
#include "sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int changes = 1000;
    int latencyMs = 20;
    int concurrency = 0; // 0: the scheduler's default
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--changes"_s)
            options.changes = qMax(1, arguments.at(++i).toInt());
        else if (arg == u"--latency-ms"_s)
            options.latencyMs = qMax(0, arguments.at(++i).toInt());
        else if (arg == u"--concurrency"_s)
            options.concurrency = qMax(1, arguments.at(++i).toInt());
    }
    return options;
}

struct Run
{
    qint64 ms = 0;
    qint64 requests = 0;
    qint64 writes = 0;
    int peakInFlight = 0;
    int applied = 0;
    int inEffect = 0;
    bool succeeded = false;
};

Run apply(ftapi::ApiClient *client, const QUrl &baseUrl, const ftmodels::Plan &plan)
{
    const QJsonObject before = ftbench::fetchSandboxStats(baseUrl);
    ftmodels::PlanRun run(client, plan, nullptr);
    QEventLoop loop;
    QObject::connect(&run, &ftmodels::PlanRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (!run.isFinished())
        loop.exec();
    Run r;
    r.ms = clock.elapsed();
    const QJsonObject after = ftbench::fetchSandboxStats(baseUrl);
    r.requests = qint64(after.value(u"requests_total"_s).toDouble()
                        - before.value(u"requests_total"_s).toDouble());
    r.writes = ftbench::writesIn(after) - ftbench::writesIn(before);
    r.peakInFlight = after.value(u"peak_in_flight"_s).toInt();
    r.succeeded = run.succeeded();
    for (const auto &result : run.results()) {
        r.applied += result.outcome == ftmodels::PlanRun::Outcome::Applied ? 1 : 0;
        r.inEffect += result.outcome == ftmodels::PlanRun::Outcome::AlreadyInEffect ? 1 : 0;
    }
    for (const auto &problem : run.check().problems)
        std::fprintf(stderr, "  problem: %s\n", qPrintable(problem.text));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    const QLocale c(QLocale::English);

    ftsandbox::SandboxOptions sandbox;
    sandbox.users = options.changes;
    sandbox.groups = 10;
    sandbox.connections = 10;
    sandbox.membershipsPerUser = 0; // nobody is a member yet: every addition is new
    sandbox.latencyMs = options.latencyMs;
    sandbox.apiKey = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    sandbox.apiSecret = u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());

    // The plan, from an identically seeded store: each person into one destination.
    ftsandbox::SandboxStore store;
    ftsandbox::SandboxSeeder::seed(store, sandbox);
    ftmodels::Plan plan;
    for (int i = 0; i < store.users().size(); ++i) {
        plan.append(ftmodels::Change::addMembership(
            ftapi::MembershipKind::Group, store.users().at(i).id,
            store.groups().at(i % store.groups().size()).id, u"View Destination"_s));
    }

    QProcess process;
    const QUrl baseUrl = ftbench::startSandboxProcess(&process, sandbox);
    if (!baseUrl.isValid()) {
        std::fprintf(stderr, "bench_apply: could not start the sandbox\n");
        return 1;
    }
    QNetworkAccessManager manager;
    ftapi::ApiClient client(&manager, baseUrl, { sandbox.apiKey, sandbox.apiSecret });
    if (options.concurrency > 0)
        client.scheduler()->setMaxInFlight(options.concurrency);
    const int cap = client.scheduler()->maxInFlight();

    std::printf("bench_apply: %s membership additions for %s people, %d ms latency, in-flight "
                "cap %d, sandbox in its own process\n",
                qPrintable(c.toString(plan.size())), qPrintable(c.toString(store.users().size())),
                options.latencyMs, cap);
    std::fflush(stdout);

    const Run first = apply(&client, baseUrl, plan);
    const double bound = double(first.requests) * options.latencyMs / cap;
    std::printf("apply: %.2f s wall, %s requests (%s writes, the rest the check's reads), peak %d "
                "in flight, %d applied, %s\n",
                double(first.ms) / 1000.0, qPrintable(c.toString(first.requests)),
                qPrintable(c.toString(first.writes)), first.peakInFlight, first.applied,
                first.succeeded ? "all done" : "NOT all done");
    std::printf("ratio to requests x %d ms / %d = %.2f s: %.3f (target <= 1.15: %s)\n",
                options.latencyMs, cap, bound / 1000.0, double(first.ms) / qMax(1.0, bound),
                double(first.ms) <= 1.15 * bound ? "met" : "NOT met");
    std::fflush(stdout);

    const Run again = apply(&client, baseUrl, plan);
    std::printf("apply again: %.2f s wall, %s requests, %s writes, %d already in effect, %s\n",
                double(again.ms) / 1000.0, qPrintable(c.toString(again.requests)),
                qPrintable(c.toString(again.writes)), again.inEffect,
                again.writes == 0 && again.succeeded ? "converged" : "NOT converged");

    process.kill();
    process.waitForFinished(5000);
    return first.succeeded && again.succeeded && again.writes == 0 ? 0 : 1;
}

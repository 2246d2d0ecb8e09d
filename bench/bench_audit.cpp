// The access audit against a large, slow account: a sandbox (its own process, so its work does
// not share our event loop) with 2,000 users, 20 destinations, 300 connections, about 6
// memberships per user, 40 teams and 20 ms latency. Runs the audit at concurrency 1, at the
// default (8), and at in-flight caps of 6 and 32 in one run and prints, for each, the requests
// the server saw, the wall time and the ratio; also the minimum request count computed from the
// data (an identically seeded store), the target of the default run (within 1.3 x (requests x
// latency / 8)), and for the caps of 6 and 32 the ratio to requests x latency / cap (target at
// most 1.05). Each run also prints its timeline: when the users were listed, when the last
// answer came and how long the result took after it, and how full the pipe was (the requests
// in flight over time, against the cap over the wall time); and the CPU time of this process
// and of the sandbox's.
//
//   bench_audit [--users N] [--teams T] [--latency-ms L] [--in-process] [--skip-serial]
//
// --skip-serial leaves out the run at concurrency 1 (about 90 s) and its ratio.

#include "apiclient.h"
#include "auditcollector.h"
#include "sandboxlistening.h"
#include "sandboxseeder.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int users = 2000;
    int groups = 20;
    int connections = 300;
    int memberships = 6;
    int teams = 40;
    int latencyMs = 20;
    bool inProcess = false;
    bool skipSerial = false;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--users"_s && i + 1 < arguments.size())
            options.users = qMax(1, arguments.at(++i).toInt());
        else if (arg == u"--teams"_s && i + 1 < arguments.size())
            options.teams = qMax(0, arguments.at(++i).toInt());
        else if (arg == u"--latency-ms"_s && i + 1 < arguments.size())
            options.latencyMs = qMax(0, arguments.at(++i).toInt());
        else if (arg == u"--in-process"_s)
            options.inProcess = true;
        else if (arg == u"--skip-serial"_s)
            options.skipSerial = true;
    }
    return options;
}

ftsandbox::SandboxOptions sandboxOptions(const Options &options)
{
    ftsandbox::SandboxOptions sandbox;
    sandbox.users = options.users;
    sandbox.groups = options.groups;
    sandbox.connections = options.connections;
    sandbox.membershipsPerUser = options.memberships;
    sandbox.teams = options.teams;
    sandbox.latencyMs = options.latencyMs;
    sandbox.apiKey = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    sandbox.apiSecret = u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());
    return sandbox;
}

struct Server
{
    std::unique_ptr<ftsandbox::SandboxServer> inProcess;
    std::unique_ptr<QProcess> process;
    QUrl baseUrl;
};

bool startServer(const Options &options, const ftsandbox::SandboxOptions &sandbox, Server *server)
{
    if (options.inProcess) {
        server->inProcess = std::make_unique<ftsandbox::SandboxServer>(sandbox);
        if (!server->inProcess->listen(0))
            return false;
        server->baseUrl = server->inProcess->baseUrl();
        return true;
    }
    server->process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, sandbox.apiKey); // not on the command line
    environment.insert(u"FIVETRAN_APISECRET"_s, sandbox.apiSecret);
    server->process->setProcessEnvironment(environment);
    server->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server->process->start(
        QStringLiteral(FT_SANDBOX_EXECUTABLE),
        { u"--seed"_s, QString::number(sandbox.seed), u"--users"_s, QString::number(sandbox.users),
          u"--groups"_s, QString::number(sandbox.groups), u"--connections"_s,
          QString::number(sandbox.connections), u"--memberships-per-user"_s,
          QString::number(sandbox.membershipsPerUser), u"--teams"_s, QString::number(sandbox.teams),
          u"--latency-ms"_s, QString::number(sandbox.latencyMs) });
    server->baseUrl = ftbench::waitForSandboxListening(server->process.get());
    return server->baseUrl.isValid();
}

QJsonObject fetchStats(const QUrl &baseUrl)
{
    QNetworkAccessManager manager;
    QUrl url = baseUrl;
    url.setPath(u"/__stats"_s);
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return stats;
}

struct Minimum
{
    int total = 0;
    int roles = 0;
    int userPages = 0;
    int groupPages = 0;
    int connectionLists = 0;
    int membershipLists = 0;
    int teamLists = 0; // GET /teams and each team's users, groups and connections
    int rows = 0;
};

// The fewest requests an audit can make, from the same data the server holds.
Minimum minimumRequests(const ftsandbox::SandboxOptions &options, int limit = 1000)
{
    ftsandbox::SandboxStore store;
    ftsandbox::SandboxSeeder::seed(store, options);
    auto pages = [limit](qsizetype items) {
        return int(qMax<qsizetype>(1, (items + limit - 1) / limit));
    };
    Minimum m;
    m.roles = pages(store.roles().size());
    m.userPages = pages(store.users().size());
    m.groupPages = pages(store.groups().size());
    for (const ftsandbox::SandboxGroup &group : store.groups())
        m.connectionLists += pages(store.connectionsOfGroup(group.id).size());
    for (const ftsandbox::SandboxUser &user : store.users()) {
        const qsizetype groups = store.groupMemberships(user.id).size();
        const qsizetype connections = store.connectionMemberships(user.id).size();
        m.membershipLists += pages(groups) + pages(connections);
        m.rows += 1 + int(groups + connections);
    }
    m.teamLists = pages(store.teams().list().size());
    for (const ftsandbox::SandboxTeam &team : store.teams().list())
        m.teamLists += pages(store.teams().members(team.id).size())
            + pages(store.teams().groups(team.id).size())
            + pages(store.teams().connections(team.id).size());
    m.total =
        m.roles + m.userPages + m.groupPages + m.connectionLists + m.membershipLists + m.teamLists;
    return m;
}

// CPU time (user + system) of this process, in milliseconds.
double ownCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0)
        + (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
}

// CPU time of another process of ours (the sandbox), from /proc; -1 when it cannot be read.
double processCpuMs(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / ticks;
}

// The machine's load average (1, 5, 15 minutes), for the figures' context.
QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return "unknown";
    const QList<QByteArray> fields = file.readAll().split(' ');
    if (fields.size() < 3)
        return "unknown";
    return fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2);
}

struct Run
{
    qint64 ms = 0;
    double usersListedMs = -1; // the last page of users arrived
    double lastAnswerMs = 0; // the last attempt finished
    double finishedMs = 0;
    double inFlightMs = 0; // requests in flight integrated over the run, in request-ms
    double cpuMs = 0;
    double sandboxCpuMs = -1;
    qint64 requests = 0;
    int peakInFlight = 0;
    bool complete = false;
    QVector<ftmodels::AuditRow> rows;
    qsizetype effectiveRows = 0;
};

Run runAudit(const QUrl &baseUrl, const ftsandbox::SandboxOptions &sandbox, int concurrency,
             qint64 sandboxPid)
{
    const QJsonObject before = fetchStats(baseUrl);
    QNetworkAccessManager manager;
    ftapi::ApiClient client(&manager, baseUrl, { sandbox.apiKey, sandbox.apiSecret });
    client.scheduler()->setMaxInFlight(concurrency);
    ftmodels::AuditCollector audit(&client);
    QEventLoop loop;
    QObject::connect(&audit, &ftmodels::AuditCollector::finished, &loop, &QEventLoop::quit);
    Run run;
    QElapsedTimer clock;
    auto nowMs = [&clock] {
        return double(clock.nsecsElapsed()) / 1e6;
    };
    double lastChange = 0;
    int inFlight = 0;
    QObject::connect(client.scheduler(), &ftapi::RequestScheduler::activityChanged, &loop,
                     [&](int now, int) {
                         const double t = nowMs();
                         run.inFlightMs += double(inFlight) * (t - lastChange);
                         lastChange = t;
                         inFlight = now;
                         // This run's own peak: the sandbox's counts since it started.
                         run.peakInFlight = qMax(run.peakInFlight, now);
                     });
    QObject::connect(client.scheduler(), &ftapi::RequestScheduler::attemptFinished, &loop,
                     [&] { run.lastAnswerMs = nowMs(); });
    QObject::connect(&audit, &ftmodels::AuditCollector::progressChanged, &loop, [&] {
        if (run.usersListedMs < 0 && audit.usersListed())
            run.usersListedMs = nowMs();
    });
    const double cpuBefore = ownCpuMs();
    const double sandboxBefore = processCpuMs(sandboxPid);
    clock.start();
    audit.start();
    if (audit.isRunning())
        loop.exec();
    run.finishedMs = nowMs();
    run.ms = clock.elapsed();
    run.cpuMs = ownCpuMs() - cpuBefore;
    if (sandboxBefore >= 0)
        run.sandboxCpuMs = processCpuMs(sandboxPid) - sandboxBefore;
    const QJsonObject after = fetchStats(baseUrl);
    run.requests = qint64(after.value(u"requests_total"_s).toDouble()
                          - before.value(u"requests_total"_s).toDouble());
    run.complete = audit.result().isComplete();
    run.rows = audit.result().rows;
    run.effectiveRows = audit.result().effective.rows().size();
    for (const QString &missing : audit.result().missing)
        std::fprintf(stderr, "  missing: %s\n", qPrintable(missing));
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    const ftsandbox::SandboxOptions sandbox = sandboxOptions(options);
    const QLocale c(QLocale::English);

    std::printf("bench_audit: %s users, %d destinations, %d connections, ~%d memberships per "
                "user, %d teams, %d ms latency, sandbox %s\n",
                qPrintable(c.toString(options.users)), options.groups, options.connections,
                options.memberships, options.teams, options.latencyMs,
                options.inProcess ? "in-process" : "in its own process");
    const Minimum minimum = minimumRequests(sandbox);
    std::printf("data: %s access rows; minimum requests %s = %d roles + %d user pages + %d "
                "group pages + %d group connection lists + %s membership lists + %d team "
                "lists\n",
                qPrintable(c.toString(minimum.rows)), qPrintable(c.toString(minimum.total)),
                minimum.roles, minimum.userPages, minimum.groupPages, minimum.connectionLists,
                qPrintable(c.toString(minimum.membershipLists)), minimum.teamLists);
    std::fflush(stdout);

    Server server;
    if (!startServer(options, sandbox, &server)) {
        std::fprintf(stderr, "bench_audit: could not start the sandbox\n");
        return 1;
    }

    // 1 and the default (8) for the speed-up; 6 and 32 against the latency bound.
    QVector<int> levels { 1, 8, 6, 32 };
    if (options.skipSerial)
        levels.removeFirst();
    const qsizetype firstCap = levels.size() - 2;
    const qint64 sandboxPid = server.process ? server.process->processId() : 0;
    QVector<Run> runs;
    for (int concurrency : std::as_const(levels)) {
        const Run run = runAudit(server.baseUrl, sandbox, concurrency, sandboxPid);
        std::printf(
            "[load %s] concurrency %d: %s requests (%s the minimum), %.2f s wall, %.1f ms per "
            "request, peak %d in flight, %s, %s rows, %s effective rows\n",
            loadAverage().constData(), concurrency, qPrintable(c.toString(run.requests)),
            run.requests == minimum.total ? "equals" : "NOT", double(run.ms) / 1000.0,
            double(run.ms) / double(qMax<qint64>(1, run.requests)), run.peakInFlight,
            run.complete ? "complete" : "INCOMPLETE", qPrintable(c.toString(run.rows.size())),
            qPrintable(c.toString(run.effectiveRows)));
        const double pipe = run.inFlightMs / (double(concurrency) * qMax(1.0, run.finishedMs));
        std::printf("  timeline: users listed at %.0f ms, last answer at %.0f ms, result %.1f ms "
                    "after it; pipe %.1f %% full; CPU %.0f ms here, %s in the sandbox\n",
                    run.usersListedMs, run.lastAnswerMs, run.finishedMs - run.lastAnswerMs,
                    100.0 * pipe, run.cpuMs,
                    run.sandboxCpuMs < 0 ? "not measured"
                                         : qPrintable(u"%1 ms"_s.arg(run.sandboxCpuMs, 0, 'f', 0)));
        std::fflush(stdout);
        runs.append(run);
    }
    const Run &serial = runs.at(0);
    const Run &parallel = runs.at(firstCap - 1);
    const double target = 1.3 * double(parallel.requests) * options.latencyMs / 8.0;
    if (!options.skipSerial)
        std::printf("ratio concurrency 1 / concurrency 8: %.2f x faster\n",
                    double(serial.ms) / double(qMax<qint64>(1, parallel.ms)));
    std::printf("target for the default run: <= 1.3 x (%s x %d ms / 8) = %.2f s; measured "
                "%.2f s = %.2f of the target: %s\n",
                qPrintable(c.toString(parallel.requests)), options.latencyMs, target / 1000.0,
                double(parallel.ms) / 1000.0, double(parallel.ms) / target,
                double(parallel.ms) <= target ? "met" : "NOT met");
    bool sameRows = true;
    bool complete = true;
    for (const Run &run : std::as_const(runs)) {
        sameRows = sameRows && run.rows == serial.rows;
        complete = complete && run.complete;
    }
    // The latency bound: every request's answer time, spread over the cap, nothing else.
    for (qsizetype i = firstCap; i < runs.size(); ++i) {
        const int cap = levels.at(i);
        const Run &run = runs.at(i);
        const double bound = double(run.requests) * options.latencyMs / cap;
        const double ratio = double(run.ms) / qMax(1.0, bound);
        std::printf("in-flight cap %d: %.2f s wall, bound %s x %d ms / %d = %.2f s, ratio %.3f "
                    "(target <= 1.05: %s)\n",
                    cap, double(run.ms) / 1000.0, qPrintable(c.toString(run.requests)),
                    options.latencyMs, cap, bound / 1000.0, ratio,
                    ratio <= 1.05 ? "met" : "NOT met");
    }
    std::printf("all runs produced the same rows: %s\n", sameRows ? "yes" : "NO");

    if (server.process) {
        server.process->kill();
        server.process->waitForFinished(5000);
    }
    return complete ? 0 : 1;
}

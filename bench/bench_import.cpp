// Importing people from CSV through `fivetran-admin import` (the built binary, as a script runs
// it) into a sandbox with 20 ms latency in its own process: 500 new people with 4 memberships
// each (2 destinations and 2 connections, by name). Prints the wall time of the command, the
// requests the server saw (the reads the import needs and the writes), and the ratio of the
// wall time to requests x latency / in-flight cap (target: at most 1.15); then imports the same
// file again, which must send no write.
//
//   bench_import [--people N] [--latency-ms L] [--concurrency C]

#include "benchsandbox.h"
#include "sandboxseeder.h"
#include "sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultCap = 8; // the scheduler's default in-flight cap

struct Options
{
    int people = 500;
    int latencyMs = 20;
    int concurrency = 0; // 0: the command's default
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--people"_s)
            options.people = qMax(1, arguments.at(++i).toInt());
        else if (arg == u"--latency-ms"_s)
            options.latencyMs = qMax(0, arguments.at(++i).toInt());
        else if (arg == u"--concurrency"_s)
            options.concurrency = qMax(1, arguments.at(++i).toInt());
    }
    return options;
}

// A CSV field in quotes (names may hold the delimiter).
QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return "\"" + escaped.toUtf8() + "\"";
}

// A name that finds one target, else its id.
template<typename Items, typename NameOf>
QHash<QString, QString> targetWords(const Items &items, NameOf nameOf)
{
    QHash<QString, int> uses;
    for (const auto &item : items)
        ++uses[nameOf(item).toCaseFolded()];
    QHash<QString, QString> words;
    for (const auto &item : items) {
        const QString name = nameOf(item);
        words.insert(item.id, uses.value(name.toCaseFolded()) == 1 ? name : item.id);
    }
    return words;
}

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    qint64 requests = 0;
    qint64 writes = 0;
    int lines = 0;
    double cpuSeconds = 0; // the command's user + system time, every thread of it
    QByteArray err;
};

// User + system time of the children waited for so far: the command's CPU, which a machine
// busy with other work does not inflate the way it inflates the wall time.
double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Run runImport(const QUrl &baseUrl, const ftsandbox::SandboxOptions &sandbox, const QString &file,
              const QString &dataDir, int concurrency)
{
    const QJsonObject before = ftbench::fetchSandboxStats(baseUrl);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, sandbox.apiKey);
    environment.insert(u"FIVETRAN_APISECRET"_s, sandbox.apiSecret);
    environment.insert(u"FIVETRAN_API_URL"_s, baseUrl.toString());
    // The change journal (an import journals every write) goes to the bench's own directory.
    environment.insert(u"XDG_DATA_HOME"_s, dataDir);
    process.setProcessEnvironment(environment);
    QStringList arguments { u"import"_s, file };
    if (concurrency > 0)
        arguments << u"--concurrency"_s << QString::number(concurrency);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(FT_ADMIN_BINARY), arguments);
    process.waitForFinished(-1);
    Run r;
    r.ms = clock.elapsed();
    r.cpuSeconds = childCpuSeconds() - cpuBefore;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.lines = int(process.readAllStandardOutput().count('\n'));
    r.err = process.readAllStandardError();
    const QJsonObject after = ftbench::fetchSandboxStats(baseUrl);
    r.requests = qint64(after.value(u"requests_total"_s).toDouble()
                        - before.value(u"requests_total"_s).toDouble());
    r.writes = ftbench::writesIn(after) - ftbench::writesIn(before);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    const QLocale c(QLocale::English);

    ftsandbox::SandboxOptions sandbox;
    sandbox.users = 20; // a small account; the file's people are all new to it
    sandbox.groups = 8;
    sandbox.connections = 16;
    sandbox.membershipsPerUser = 1;
    sandbox.latencyMs = options.latencyMs;
    sandbox.apiKey = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    sandbox.apiSecret = u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());

    // The file, from an identically seeded store: each person in 2 destinations and 2
    // connections, named as a person would name them.
    ftsandbox::SandboxStore store;
    ftsandbox::SandboxSeeder::seed(store, sandbox);
    const auto groups = store.groups();
    const auto connections = store.connections();
    const QHash<QString, QString> groupWords =
        targetWords(groups, [](const auto &g) { return g.name; });
    const QHash<QString, QString> connectionWords =
        targetWords(connections, [](const auto &x) { return x.schema; });
    QByteArray csv = "email,given_name,family_name,role,destinations,connections\r\n";
    for (int i = 0; i < options.people; ++i) {
        const QString g1 = groupWords.value(groups.at(i % groups.size()).id);
        const QString g2 = groupWords.value(groups.at((i + 1) % groups.size()).id);
        const QString c1 = connectionWords.value(connections.at(i % connections.size()).id);
        const QString c2 = connectionWords.value(connections.at((i + 3) % connections.size()).id);
        csv += "bench.person." + QByteArray::number(i) + "@example.org,Person,Number "
            + QByteArray::number(i) + ",Account Reviewer,"
            + quoted(g1 + u"=View Destination;"_s + g2 + u"=Edit Destination"_s) + ","
            + quoted(c1 + u"=View Connection;"_s + c2 + u"=View Connection"_s) + "\r\n";
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"people.csv"_s);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }

    QProcess process;
    const QUrl baseUrl = ftbench::startSandboxProcess(&process, sandbox);
    if (!baseUrl.isValid()) {
        std::fprintf(stderr, "bench_import: could not start the sandbox\n");
        return 1;
    }
    const int cap = options.concurrency > 0 ? options.concurrency : kDefaultCap;
    std::printf("bench_import: %s people x 4 memberships from CSV through fivetran-admin import, "
                "%d ms latency, in-flight cap %d, sandbox in its own process\n",
                qPrintable(c.toString(options.people)), options.latencyMs, cap);
    std::fflush(stdout);

    const Run first = runImport(baseUrl, sandbox, file, dir.path(), options.concurrency);
    const double bound = double(first.requests) * options.latencyMs / cap;
    std::printf("import: %.2f s wall (the whole command, start to exit, journal included), "
                "%.2f s CPU (user + system), %s requests (%s writes, the rest the reads the rows "
                "need), %d outcome lines, exit %d\n",
                double(first.ms) / 1000.0, first.cpuSeconds, qPrintable(c.toString(first.requests)),
                qPrintable(c.toString(first.writes)), first.lines, first.exitCode);
    std::printf("ratio to requests x %d ms / %d = %.2f s: %.3f (target <= 1.15: %s)\n",
                options.latencyMs, cap, bound / 1000.0, double(first.ms) / qMax(1.0, bound),
                double(first.ms) <= 1.15 * bound ? "met" : "NOT met");
    if (first.exitCode != 0)
        std::fprintf(stderr, "%s", first.err.constData());
    std::fflush(stdout);

    const Run again = runImport(baseUrl, sandbox, file, dir.path(), options.concurrency);
    std::printf("import again: %.2f s wall, %.2f s CPU, %s requests, %s writes, exit %d, %s\n",
                double(again.ms) / 1000.0, again.cpuSeconds, qPrintable(c.toString(again.requests)),
                qPrintable(c.toString(again.writes)), again.exitCode,
                again.writes == 0 && again.exitCode == 0 ? "converged" : "NOT converged");

    process.kill();
    process.waitForFinished(5000);
    return first.exitCode == 0 && again.exitCode == 0 && again.writes == 0 ? 0 : 1;
}

// How well the sandbox overlaps slow answers: a sandbox with 50 ms latency receives 64
// concurrent GETs spread over several QNetworkAccessManagers (one opens at most 6 connections
// to a host). Prints the wall time of each round and its ratio to 3 x 50 ms, the target.
//
//   bench_sandbox_latency [--requests N] [--latency-ms L] [--managers M] [--rounds R]

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int intArgument(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    bool ok = false;
    const int value = arguments.at(at + 1).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

struct Round
{
    qint64 elapsedMs = 0;
    int ok = 0;
    int failed = 0;
};

Round runRound(ftsandbox::SandboxServer &server,
               const std::vector<std::unique_ptr<QNetworkAccessManager>> &managers, int requests)
{
    const QByteArray authorization = "Basic "
        + (server.options().apiKey + u':' + server.options().apiSecret).toUtf8().toBase64();
    Round round;
    int pending = requests;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < requests; ++i) {
        QNetworkRequest request(QUrl(server.baseUrl().toString() + u"/users?limit=5"_s));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = managers.at(size_t(i) % managers.size())->get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            (status == 200 ? round.ok : round.failed)++;
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // never wait forever
    loop.exec();
    round.elapsedMs = timer.elapsed();
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int requests = intArgument(arguments, u"--requests"_s, 64);
    const int latencyMs = intArgument(arguments, u"--latency-ms"_s, 50);
    const int managerCount = intArgument(arguments, u"--managers"_s, (requests + 5) / 6);
    const int rounds = intArgument(arguments, u"--rounds"_s, 5);

    ftsandbox::SandboxOptions options;
    options.users = 200;
    options.latencyMs = latencyMs;
    ftsandbox::SandboxServer server(options);
    if (!server.listen()) {
        std::fprintf(stderr, "bench_sandbox_latency: cannot listen\n");
        return 1;
    }
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < managerCount; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());

    const double target = 3.0 * latencyMs;
    std::printf("sandbox latency %d ms, %d concurrent GETs over %d managers; target %.0f ms\n",
                latencyMs, requests, managerCount, target);
    qint64 best = -1;
    for (int r = 1; r <= rounds; ++r) {
        server.resetStats();
        const Round round = runRound(server, managers, requests);
        const int peak = server.stats().value(u"peak_in_flight"_s).toInt();
        std::printf("round %d%s: %lld ms for %d answers (%d failed), %.2f x target, "
                    "peak in flight %d\n",
                    r, r == 1 ? " (opens connections)" : "", round.elapsedMs, round.ok,
                    round.failed, double(round.elapsedMs) / target, peak);
        if (best < 0 || round.elapsedMs < best)
            best = round.elapsedMs;
    }
    std::printf("best: %lld ms = %.2f x (3 x %d ms)\n", best, double(best) / target, latencyMs);
    return 0;
}

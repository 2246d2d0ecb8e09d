// How fast the sandbox seeds and serves a large account: seeds N users (50,000 by default)
// and lists them all at limit=1000 through one QNetworkAccessManager, as the console does.
//
//   bench_sandbox_paging [--users N]

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int users = 50000;
    if (const qsizetype at = arguments.indexOf(u"--users"_s); at >= 0 && at + 1 < arguments.size())
        users = std::max(1, arguments.at(at + 1).toInt());

    ftsandbox::SandboxOptions options;
    options.users = users;
    options.groups = 10;
    options.connections = 60;
    QElapsedTimer timer;
    timer.start();
    ftsandbox::SandboxServer server(options);
    const qint64 seedMs = timer.elapsed();
    if (!server.listen()) {
        std::fprintf(stderr, "bench_sandbox_paging: cannot listen\n");
        return 1;
    }
    std::printf("seeded %d users in %lld ms\n", users, seedMs);

    QNetworkAccessManager manager;
    const QByteArray authorization =
        "Basic " + (options.apiKey + u':' + options.apiSecret).toUtf8().toBase64();
    for (int run = 1; run <= 3; ++run) {
        timer.restart();
        int fetched = 0;
        int pages = 0;
        qint64 bytes = 0;
        QString cursor;
        do {
            QString path = server.baseUrl().toString() + u"/users?limit=1000"_s;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            QNetworkRequest request { QUrl(path) };
            request.setRawHeader("Authorization", authorization);
            QNetworkReply *reply = manager.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            bytes += body.size();
            const QJsonObject data =
                QJsonDocument::fromJson(body).object().value(u"data"_s).toObject();
            fetched += int(data.value(u"items"_s).toArray().size());
            cursor = data.value(u"next_cursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100000);
        const qint64 ms = timer.elapsed();
        std::printf("run %d: listed %d users in %d pages, %.1f MB, %lld ms (%.1f ms per page, "
                    "client parsing included)\n",
                    run, fetched, pages, double(bytes) / 1e6, ms, double(ms) / pages);
    }
    return 0;
}

// Effective access on a large account, without the network's time: an in-process sandbox
// (5,000 users, 30 destinations, 400 connections, ~6 memberships per user, 60 teams, no
// latency) is audited once, then what follows the audit is timed on its data: the effective
// rows for everyone (EffectiveAccess::build), the direct rows (AuditBuilder, with the
// redundant-grant flag), the effective export (CSV and JSON), the window's model, filters
// and both pivots, and one person's "Can reach" (AccessGraph::reach). Prints figures and the
// peak RSS; never passes or fails on time.
//
//   bench_effective [--users N] [--teams T] [--runs R]

#include "accessgraph.h"
#include "apiclient.h"
#include "auditbuilder.h"
#include "auditcollector.h"
#include "auditexporter.h"
#include "effectiveaccess.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"
#include "effectivepivotmodel.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int users = 5000;
    int teams = 60;
    int runs = 3;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"--users"_s)
            options.users = qMax(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == u"--teams"_s)
            options.teams = qMax(0, arguments.at(++i).toInt());
        else if (arguments.at(i) == u"--runs"_s)
            options.runs = qMax(1, arguments.at(++i).toInt());
    }
    return options;
}

// The best and the worst of `runs` timings of `work`, in milliseconds.
QPair<double, double> time(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    double worst = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        best = std::min(best, ms);
        worst = std::max(worst, ms);
    }
    return { best, worst };
}

void print(const char *what, const QPair<double, double> &ms, const QString &extra = {})
{
    std::printf("  %-52s %9.1f ms (worst %.1f)%s%s\n", what, ms.first, ms.second,
                extra.isEmpty() ? "" : ", ", qPrintable(extra));
}

// "VmHWM:" the peak, "VmRSS:" now, in MB.
double rssMb(const QByteArray &field = "VmHWM:")
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    const QLocale c(QLocale::English);

    ftsandbox::SandboxOptions sandbox;
    sandbox.users = options.users;
    sandbox.groups = 30;
    sandbox.connections = 400;
    sandbox.membershipsPerUser = 6;
    sandbox.teams = options.teams;
    ftsandbox::SandboxServer server(sandbox);
    if (!server.listen(0)) {
        std::fprintf(stderr, "bench_effective: could not start the sandbox\n");
        return 1;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("bench_effective: %s users, %d destinations, %d connections, ~%d memberships "
                "per user, %d teams\n",
                qPrintable(c.toString(options.users)), sandbox.groups, sandbox.connections,
                sandbox.membershipsPerUser, options.teams);

    QNetworkAccessManager manager;
    ftapi::ApiClient client(&manager, server.baseUrl(), { sandbox.apiKey, sandbox.apiSecret });
    ftmodels::AuditCollector audit(&client);
    QEventLoop loop;
    QObject::connect(&audit, &ftmodels::AuditCollector::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    audit.start();
    if (audit.isRunning())
        loop.exec();
    const ftmodels::AuditResult &result = audit.result();
    if (!result.isComplete()) {
        std::fprintf(stderr, "bench_effective: the audit is incomplete\n");
        return 1;
    }
    const ftmodels::AuditData &data = audit.data();
    const QDateTime now = result.generatedAt;
    std::printf("audit (in-process, no latency): %s requests, %.1f s, %s direct rows, %s "
                "effective rows\n",
                qPrintable(c.toString(result.requests)), double(clock.elapsed()) / 1000.0,
                qPrintable(c.toString(result.rows.size())),
                qPrintable(c.toString(result.effective.rows().size())));

    std::printf("RSS after the audit: %.1f MB (the sandbox's data, the audit's and its result)\n",
                rssMb("VmRSS:"));
    std::printf("after the audit, best of %d runs:\n", options.runs);
    ftmodels::EffectiveAccess effective;
    const auto built =
        time(options.runs, [&] { effective = ftmodels::EffectiveAccess::build(data, now); });
    print("effective rows for everyone (EffectiveAccess::build)", built,
          u"%1 rows"_s.arg(c.toString(effective.rows().size())));
    QVector<ftmodels::AuditRow> direct;
    print("direct rows with redundant grants (AuditBuilder)",
          time(options.runs, [&] { direct = ftmodels::AuditBuilder::build(data, now); }));
    const QVector<int> all = ftmodels::AuditExporter::allRows(effective);
    QByteArray csv;
    const auto csvTime =
        time(options.runs, [&] { csv = ftmodels::AuditExporter::toEffectiveCsv(effective, all); });
    print("effective CSV export", csvTime, u"%1 MB"_s.arg(double(csv.size()) / 1e6, 0, 'f', 1));
    QByteArray json;
    const auto jsonTime = time(options.runs, [&] {
        json = ftmodels::AuditExporter::toEffectiveJson(effective, all, result);
    });
    print("effective JSON export", jsonTime, u"%1 MB"_s.arg(double(json.size()) / 1e6, 0, 'f', 1));

    ftmodels::EffectiveModel model;
    ftmodels::EffectiveFilterProxy proxy;
    proxy.setSourceModel(&model);
    ftmodels::EffectivePivotModel byPerson(ftmodels::EffectivePivotModel::Mode::ByPerson);
    ftmodels::EffectivePivotModel byTarget(ftmodels::EffectivePivotModel::Mode::ByTarget);
    byPerson.setSourceModel(&proxy);
    byTarget.setSourceModel(&proxy);
    const double beforeModel = rssMb("VmRSS:");
    const auto setResult = time(options.runs, [&] { model.setResult(result); });
    print("window: new result into the model, filter and both pivots", setResult,
          u"RSS +%1 MB"_s.arg(rssMb("VmRSS:") - beforeModel, 0, 'f', 1));
    print("window: level filter Edit (both pivots follow)",
          time(options.runs,
               [&] {
                   proxy.setLevelFilter(ftmodels::AccessLevel::Edit);
                   proxy.setLevelFilter(std::nullopt);
               }),
          u"twice: on and off"_s);
    print("window: path filter Team",
          time(options.runs,
               [&] {
                   proxy.setViaFilter(ftmodels::AccessPath::Via::Team);
                   proxy.setViaFilter(std::nullopt);
               }),
          u"twice: on and off"_s);
    print("window: role filter Account Reviewer (asks every row's paths)",
          time(options.runs,
               [&] {
                   proxy.setRoleFilter(u"Account Reviewer"_s);
                   proxy.setRoleFilter(std::nullopt);
               }),
          u"twice: on and off"_s);
    print("window: user text filter \"smith\"",
          time(options.runs,
               [&] {
                   proxy.setUserFilter(u"smith"_s);
                   proxy.setUserFilter(QString());
               }),
          u"twice: on and off"_s);
    print("window: the reasons of every row in words", time(1, [&] {
              qsizetype characters = 0;
              for (int r = 0; r < model.rowCount(); ++r)
                  characters += model.reasonsAt(r).join(u"; "_s).size();
              Q_UNUSED(characters)
          }));

    // One person's Can reach, as the details panel works it out: the graph and their reach.
    const ftapi::User *someone = nullptr;
    for (const ftapi::User &user : data.users) {
        if (user.role == u"Account Administrator"_s) {
            someone = &user;
            break;
        }
    }
    if (someone) {
        const ftmodels::AccessPerson person = ftmodels::EffectiveAccess::personOf(data, *someone);
        int reached = 0;
        const auto reach = time(options.runs, [&] {
            const ftmodels::AccessGraph graph = ftmodels::EffectiveAccess::graphOf(data);
            reached = int(graph.reach(person).size());
        });
        print("Can reach of an Account Administrator (graph + reach)", reach,
              u"%1 targets"_s.arg(reached));
    }
    std::printf("peak RSS: %.1f MB (the sandbox's data and both exports held at once included)\n",
                rssMb());
    return 0;
}

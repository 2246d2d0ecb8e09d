// What the change journal costs: 1,000 changes (a membership each, to 1,000 people) applied to
// a sandbox without latency (its own process), once without the journal and once with it
// (a fresh SQLite file), and the difference per change; then the journal alone, 1,000 entries
// written and completed without any network. Target: at most 1 ms per entry.
//
//   bench_journal [--changes N]

#include "apiclient.h"
#include "benchsandbox.h"
#include "journal.h"
#include "planrun.h"
#include "sandboxseeder.h"
#include "sandboxstore.h"
#include "storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

ftmodels::Plan membershipPlan(const ftsandbox::SandboxStore &store, const QString &role)
{
    ftmodels::Plan plan;
    for (int i = 0; i < store.users().size(); ++i)
        plan.append(
            ftmodels::Change::addMembership(ftapi::MembershipKind::Group, store.users().at(i).id,
                                            store.groups().at(i % store.groups().size()).id, role));
    return plan;
}

qint64 applyMs(ftapi::ApiClient *client, const ftmodels::Plan &plan, ftmodels::Journal *journal,
               bool *ok)
{
    ftmodels::PlanRun run(client, plan, nullptr);
    run.setJournal(journal);
    QEventLoop loop;
    QObject::connect(&run, &ftmodels::PlanRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    run.start();
    if (!run.isFinished())
        loop.exec();
    *ok = run.succeeded();
    return clock.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int changes = 1000;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--changes"_s)
            changes = qMax(1, args.at(++i).toInt());
    }
    const QLocale c(QLocale::English);

    ftsandbox::SandboxOptions sandbox;
    sandbox.users = changes;
    sandbox.groups = 10;
    sandbox.connections = 10;
    sandbox.membershipsPerUser = 0;
    sandbox.apiKey = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    sandbox.apiSecret = u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());
    ftsandbox::SandboxStore store;
    ftsandbox::SandboxSeeder::seed(store, sandbox);

    QProcess process;
    const QUrl baseUrl = ftbench::startSandboxProcess(&process, sandbox);
    if (!baseUrl.isValid()) {
        std::fprintf(stderr, "bench_journal: could not start the sandbox\n");
        return 1;
    }
    QNetworkAccessManager manager;
    ftapi::ApiClient client(&manager, baseUrl, { sandbox.apiKey, sandbox.apiSecret });
    QTemporaryDir dir;
    ftmodels::Storage storage;
    QString error;
    if (!storage.open(dir.filePath(u"journal.sqlite"_s), &error)) {
        std::fprintf(stderr, "bench_journal: %s\n", qPrintable(error));
        return 1;
    }
    ftmodels::Journal journal(&storage,
                              storage.accountId({ u"bench"_s, baseUrl.toString(), u"k"_s }));

    std::printf("bench_journal: %s changes (a membership each), sandbox without latency in its own "
                "process, in-flight cap %d\n",
                qPrintable(c.toString(changes)), client.scheduler()->maxInFlight());
    // Without, then with: two destinations' worth of fresh additions, so neither run finds
    // the other's changes in effect.
    bool okA = false;
    bool okB = false;
    const qint64 without =
        applyMs(&client, membershipPlan(store, u"View Destination"_s), nullptr, &okA);
    // The same people into the next destination each.
    ftmodels::Plan second;
    for (int i = 0; i < store.users().size(); ++i)
        second.append(ftmodels::Change::addMembership(
            ftapi::MembershipKind::Group, store.users().at(i).id,
            store.groups().at((i + 1) % store.groups().size()).id, u"View Destination"_s));
    const qint64 with = applyMs(&client, second, &journal, &okB);
    std::printf("without the journal: %.3f s; with it: %.3f s; difference %.3f ms per change "
                "(%s)\n",
                double(without) / 1000.0, double(with) / 1000.0, double(with - without) / changes,
                okA && okB ? "all applied" : "NOT all applied");
    std::printf("journal: %s entries, chain %s, file %.1f KB (with its WAL)\n",
                qPrintable(c.toString(journal.entries().size())),
                journal.verify().intact ? "intact" : "BROKEN",
                double(QFileInfo(dir.filePath(u"journal.sqlite"_s)).size()
                       + QFileInfo(dir.filePath(u"journal.sqlite-wal"_s)).size())
                    / 1024.0);

    // The journal alone: an entry written before and completed after, as the pipeline does.
    ftmodels::JournalEntry begin;
    begin.batch = u"bench"_s;
    begin.osUser = u"bench"_s;
    begin.version = QStringLiteral(FT_VERSION);
    begin.op = u"add_user_membership_in_group"_s;
    begin.words = u"Give someone the role View Destination in somewhere"_s;
    begin.params = { { u"op"_s, begin.op }, { u"user_id"_s, u"u"_s }, { u"group_id"_s, u"g"_s } };
    begin.before = { { u"member"_s, false } };
    ftmodels::JournalEntry end;
    end.outcome = u"applied"_s;
    end.after = { { u"member"_s, true }, { u"role"_s, u"View Destination"_s } };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < changes; ++i) {
        begin.time = QDateTime::currentDateTimeUtc();
        const qint64 id = journal.begin(begin);
        end.endTime = QDateTime::currentDateTimeUtc();
        journal.end(id, end);
    }
    const double perEntry = double(clock.nsecsElapsed()) / 1e6 / changes;
    std::printf("the journal alone: %.3f ms per entry (two records); target <= 1 ms: %s\n",
                perEntry,
                perEntry <= 1.0 && double(with - without) / changes <= 1.0 ? "met" : "NOT met");

    process.kill();
    process.waitForFinished(5000);
    return okA && okB ? 0 : 1;
}

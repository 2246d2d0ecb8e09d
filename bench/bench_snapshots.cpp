// Snapshots of a large account: 50,000 people with about 100,000 direct grants (an in-process
// sandbox's generated account, read from its store without the network, as the tests do) saved to a
// SQLite file, loaded back, and two of them compared (the second with people added, removed and
// changed). Prints the time of each step (best and worst of the runs), the file's growth per
// snapshot and the bytes per person; never passes or fails on time.
//
//   bench_snapshots [--users N] [--runs R]

#include "auditfixture.h"
#include "diffexporter.h"
#include "diffreport.h"
#include "sandboxserver.h"
#include "snapshotcodec.h"
#include "snapshotdiff.h"
#include "snapshotstore.h"
#include "storage.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using ftmodels::AuditData;

namespace {

// A month later: 1% of people gone, 1% new, 1% with another account role, 2% of grants
// changed in role, 1% of people with one grant fewer.
AuditData later(AuditData data)
{
    const qsizetype n = data.users.size();
    for (qsizetype i = 0; i < n; i += 100) {
        const QString id = data.users[i].id;
        data.destinationMemberships.remove(id);
        data.connectionMemberships.remove(id);
    }
    QVector<ftapi::User> kept;
    for (qsizetype i = 0; i < n; ++i) {
        if (i % 100 == 0)
            continue;
        ftapi::User u = data.users[i];
        if (i % 100 == 1)
            u.role = u.role == u"Account Reviewer"_s ? u"Account Analyst"_s : u"Account Reviewer"_s;
        kept.append(u);
    }
    for (qsizetype i = 0; i < n / 100; ++i) {
        ftapi::User u = data.users[i];
        u.id = u"new_person_%1"_s.arg(i);
        u.email = u"new.person.%1@example.com"_s.arg(i);
        u.invited = true;
        u.verified = false;
        kept.append(u);
    }
    data.users = kept;
    int i = 0;
    for (auto it = data.connectionMemberships.begin(); it != data.connectionMemberships.end();
         ++it, ++i) {
        if (it->isEmpty())
            continue;
        if (i % 50 == 0)
            (*it)[0].role =
                (*it)[0].role == u"View Connection"_s ? u"Edit Connection"_s : u"View Connection"_s;
        else if (i % 100 == 7)
            it->removeFirst();
    }
    return data;
}

qint64 fileBytes(ftmodels::Storage &storage)
{
    QSqlQuery(storage.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return QFileInfo(storage.path()).size() + QFileInfo(storage.path() + u"-wal"_s).size();
}

QPair<double, double> time(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    double worst = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        best = qMin(best, ms);
        worst = qMax(worst, ms);
    }
    return { best, worst };
}

void print(const char *what, QPair<double, double> ms)
{
    std::printf("  %-52s %8.0f ms  (worst %.0f)\n", what, ms.first, ms.second);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a screen
    QGuiApplication app(argc, argv);
    int users = 50000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--users"_s)
            users = qMax(10, args.at(++i).toInt());
        else if (args.at(i) == u"--runs"_s)
            runs = qMax(1, args.at(++i).toInt());
    }

    ftsandbox::SandboxOptions options;
    options.users = users;
    options.groups = 40;
    options.connections = 400;
    options.membershipsPerUser = 2;
    options.teams = 60;
    QElapsedTimer setup;
    setup.start();
    ftsandbox::SandboxServer server(options);
    const AuditData first = fttest::auditDataFromStore(server.store());
    const AuditData second = later(first);
    const QLocale locale(QLocale::English);
    std::printf("bench_snapshots: %s people, %s direct grants, %lld destinations, %lld "
                "connections, %lld teams (generated in %.1f s)\n",
                qPrintable(locale.toString(qlonglong(first.users.size()))),
                qPrintable(locale.toString(ftmodels::SnapshotStore::grantCount(first))),
                qlonglong(first.groups.size()), qlonglong(first.connections.size()),
                qlonglong(first.teams.size()), double(setup.elapsed()) / 1000.0);

    QTemporaryDir dir;
    ftmodels::Storage storage;
    QString error;
    if (!storage.open(dir.filePath(u"bench.sqlite"_s), &error)) {
        std::fprintf(stderr, "bench_snapshots: %s\n", qPrintable(error));
        return 1;
    }
    ftmodels::SnapshotStore store(&storage, storage.accountId({ u"b"_s, u"u"_s, u"f"_s }));
    ftmodels::AuditResult done;
    done.generatedAt = QDateTime::currentDateTimeUtc();

    const qint64 empty = fileBytes(storage);
    QVector<qint64> ids;
    qint64 blob = 0;
    print("encode (SnapshotCodec::encode)",
          time(runs, [&] { blob = ftmodels::SnapshotCodec::encode(first).size(); }));
    print("save (encode + INSERT, one transaction)",
          time(runs, [&] { ids.append(store.save(first, done, &error)); }));
    const qint64 afterSaves = fileBytes(storage);
    const double growth = double(afterSaves - empty) / double(ids.size());
    std::printf("  %-52s %8.2f MB  (%.0f bytes per person, blob %.2f MB)\n",
                "file growth per snapshot", growth / 1e6, growth / double(first.users.size()),
                double(blob) / 1e6);

    std::optional<ftmodels::Snapshot> loaded;
    print("load (SELECT + decode)", time(runs, [&] { loaded = store.load(ids.first(), &error); }));
    ftmodels::DiffSide older;
    print("load + its access graph (a side of a diff)", time(runs, [&] {
              std::optional<ftmodels::Snapshot> s = store.load(ids.first(), &error);
              older = ftmodels::DiffSide::of(std::move(s->data), s->info.time, ids.first());
          }));
    done.generatedAt = done.generatedAt.addDays(30);
    const qint64 newerId = store.save(second, done, &error);
    std::optional<ftmodels::Snapshot> s2 = store.load(newerId, &error);
    const ftmodels::DiffSide newer =
        ftmodels::DiffSide::of(std::move(s2->data), s2->info.time, newerId);
    ftmodels::SnapshotDiff diff;
    print("compare (SnapshotDiff::compare)",
          time(runs, [&] { diff = ftmodels::SnapshotDiff::compare(older, newer); }));
    std::printf("  changes: %s for %s people (%s effective)\n",
                qPrintable(locale.toString(qlonglong(diff.changes().size()))),
                qPrintable(locale.toString(diff.peopleChanged())),
                qPrintable(locale.toString(
                    diff.count(ftmodels::AccessChange::Type::EffectiveGained)
                    + diff.count(ftmodels::AccessChange::Type::EffectiveLost)
                    + diff.count(ftmodels::AccessChange::Type::EffectiveLevelChanged))));
    print("compare a snapshot with an unchanged copy",
          time(runs, [&] { ftmodels::SnapshotDiff::compare(older, older); }));
    print("diff as a command does it (load both, compare)", time(runs, [&] {
              std::optional<ftmodels::Snapshot> a = store.load(ids.first(), &error);
              std::optional<ftmodels::Snapshot> b = store.load(newerId, &error);
              const ftmodels::DiffSide sa =
                  ftmodels::DiffSide::of(std::move(a->data), a->info.time);
              const ftmodels::DiffSide sb =
                  ftmodels::DiffSide::of(std::move(b->data), b->info.time);
              ftmodels::SnapshotDiff::compare(sa, sb);
          }));
    QByteArray json;
    print("diff JSON export",
          time(runs, [&] { json = ftmodels::DiffExporter::toJson(older, newer, diff); }));
    print("PDF report", time(1, [&] {
              ftmodels::DiffReport(u"bench"_s, older, newer, diff)
                  .write(dir.filePath(u"r.pdf"_s), &error);
          }));
    std::printf("  report %.2f MB, JSON %.2f MB\n",
                double(QFileInfo(dir.filePath(u"r.pdf"_s)).size()) / 1e6,
                double(json.size()) / 1e6);
    return 0;
}

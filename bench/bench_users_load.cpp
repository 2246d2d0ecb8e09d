// Loading a large account into the real window: a sandbox with N users (50,000 by default),
// the real Session, models, UsersFilterProxy and MainWindow (offscreen), and prints
//   - time to first rows (the first page in the table) and to all rows,
//   - the longest event-loop stall while pages arrive (a 5 ms heartbeat timer's worst gap),
//   - the time per filter keystroke over all rows (filter, then the event loop's pass, the
//     layout and the paint of whatever it left to be laid out and repainted: the frame),
//   - the time of a click on each column's header (sort, layout and paint, the same way), and
//     the peak RSS (VmHWM).
// Targets: no stall over 16 ms, a keystroke and a sort within 16 ms, peak RSS <= 100 MB.
//
//   bench_users_load [--users N] [--in-process] [--runs R]
//
// By default the sandbox runs as a separate fivetran-sandbox process, so its work (seeding,
// serialising pages) counts neither in the stall nor in the RSS; --in-process runs it on this
// process's event loop instead (a harsher stall figure: the server's work blocks the same
// loop).

#include "apiclient.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "sandboxlistening.h"
#include "sandboxserver.h"
#include "session.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    int users = 50000;
    int runs = 1;
    bool inProcess = false;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--users"_s && i + 1 < arguments.size())
            options.users = std::max(1, arguments.at(++i).toInt());
        else if (arg == u"--runs"_s && i + 1 < arguments.size())
            options.runs = std::max(1, arguments.at(++i).toInt());
        else if (arg == u"--in-process"_s)
            options.inProcess = true;
    }
    return options;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time of this thread: on a machine busy with other work, wall time also counts the
// time the scheduler gave to others; this counts only our own work.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The worst gap between ticks of a timer that asks to run every 5 ms, and how much of that gap
// this thread spent running (the rest is the machine's other work).
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (m_verbose && now - m_last > 10'000'000)
                std::printf("    heartbeat gap %.1f ms (%.1f ms CPU) at %.0f ms\n",
                            double(now - m_last) / 1e6, cpu - m_lastCpuMs, double(now) / 1e6);
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstCpuMs = cpu - m_lastCpuMs;
            }
            m_last = now;
            m_lastCpuMs = cpu;
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstCpuMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worst) / 1e6;
    }
    double worstCpuMs() const { return m_worstCpuMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    double m_lastCpuMs = 0;
    double m_worstCpuMs = 0;
    bool m_verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
};

// With BENCH_VERBOSE: every event that takes this thread more than 4 ms, with its receiver,
// so a long stall can be told apart into its pieces.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_verbose || m_depth > 0)
            return QApplication::notify(receiver, event);
        const double start = threadCpuMs();
        const int type = int(event->type());
        // Read before: a DeferredDelete (or a slot) may delete the receiver.
        const char *className = receiver->metaObject()->className();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = threadCpuMs() - start;
        if (ms > 4)
            std::printf("    event %d to %s took %.1f ms CPU\n", type, className, ms);
        return result;
    }

private:
    int m_depth = 0;
    bool m_verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
};

struct Server
{
    std::unique_ptr<ftsandbox::SandboxServer> inProcess;
    std::unique_ptr<QProcess> process;
    QUrl baseUrl;
    QString key;
    QString secret;
};

bool startServer(const Options &options, Server *server)
{
    server->key = u"bench-"_s + QString::number(QRandomGenerator::system()->generate());
    server->secret = u"bench-"_s + QString::number(QRandomGenerator::system()->generate64());
    const QStringList arguments { u"--users"_s,       QString::number(options.users),
                                  u"--groups"_s,      u"10"_s,
                                  u"--connections"_s, u"60"_s };
    if (options.inProcess) {
        ftsandbox::SandboxOptions sandbox;
        sandbox.users = options.users;
        sandbox.groups = 10;
        sandbox.connections = 60;
        sandbox.apiKey = server->key;
        sandbox.apiSecret = server->secret;
        server->inProcess = std::make_unique<ftsandbox::SandboxServer>(sandbox);
        if (!server->inProcess->listen(0))
            return false;
        server->baseUrl = server->inProcess->baseUrl();
        return true;
    }
    server->process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, server->key); // not on the command line
    environment.insert(u"FIVETRAN_APISECRET"_s, server->secret);
    server->process->setProcessEnvironment(environment);
    server->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server->process->start(QStringLiteral(FT_SANDBOX_EXECUTABLE), arguments);
    server->baseUrl = ftbench::waitForSandboxListening(server->process.get());
    return server->baseUrl.isValid();
}

struct KeystrokeFigures
{
    double average = 0;
    double worst = 0;
    double cpuAverage = 0;
    double cpuWorst = 0;
    int count = 0;
};

// What the event loop does after an input event before the frame is on screen: one pass over
// what is waiting (the views' delayed item layouts are zero timers; a network answer that
// came meanwhile is counted too), the layouts that invalidated, then the paint of every
// widget left dirty (the window's one UpdateRequest).
void finishFrame(QWidget *window)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
}

// Types `word` letter by letter into the filter box, then deletes it letter by letter; each
// keystroke is timed until its frame is painted.
KeystrokeFigures typeAndErase(QLineEdit *filter, QTableView *table, const QString &word)
{
    KeystrokeFigures figures;
    double total = 0;
    double cpu = 0;
    const auto time = [&](const std::function<void()> &keystroke) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        keystroke();
        const double filterMs = double(timer.nsecsElapsed()) / 1e6;
        finishFrame(table->window());
        const double cpuMs = threadCpuMs() - cpuStart;
        cpu += cpuMs;
        figures.cpuWorst = std::max(figures.cpuWorst, cpuMs);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("    '%s' %.1f ms (%.1f ms CPU; filter %.1f ms), %d rows\n",
                        qPrintable(filter->text()), ms, cpuMs, filterMs,
                        table->model()->rowCount());
        total += ms;
        figures.worst = std::max(figures.worst, ms);
        ++figures.count;
        QCoreApplication::processEvents();
    };
    for (const QChar c : word)
        time([&] { filter->insert(QString(c)); });
    for (qsizetype i = 0; i < word.size(); ++i)
        time([&] { filter->backspace(); });
    figures.average = total / std::max(1, figures.count);
    figures.cpuAverage = cpu / std::max(1, figures.count);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"fivetran-admin-bench"_s); // settings kept apart
    const Options options = parse(QCoreApplication::arguments());

    QElapsedTimer clock;
    clock.start();
    Server server;
    if (!startServer(options, &server)) {
        std::fprintf(stderr, "bench_users_load: the sandbox did not start\n");
        return 1;
    }
    std::printf("sandbox: %s, %d users, ready in %lld ms\n",
                options.inProcess ? "in this process" : "separate fivetran-sandbox process",
                options.users, clock.elapsed());

    QNetworkAccessManager manager;
    for (int run = 1; run <= options.runs; ++run) {
        ftapi::ApiClient client(&manager, server.baseUrl, { server.key, server.secret });
        // demo: no remote avatar fetching, as on the demo account.
        ftmodels::Session session(&client, { u"bench"_s, server.baseUrl, true });
        ftmodels::UsersModel *users = session.users();
        // Where the time goes: each page into the model and views, and the sort that follows
        // the first load. Connected before the window so these run before the views' slots.
        QElapsedTimer phase;
        double worstPageMs = 0;
        double finalSortMs = 0;
        QObject::connect(users, &QAbstractItemModel::rowsAboutToBeInserted, users,
                         [&] { phase.start(); });
        ftui::MainWindow window(&session);
        QObject::connect(users, &QAbstractItemModel::rowsInserted, users, [&] {
            const double pageMs = double(phase.nsecsElapsed()) / 1e6;
            worstPageMs = std::max(worstPageMs, pageMs);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("    rows up to %d into model and views: %.1f ms (%d received)\n",
                            users->rowCount(), pageMs, users->receivedThisLoad());
        });
        // The sort of the complete list is the proxy's first layout change once loaded.
        ftmodels::UsersFilterProxy *proxy = window.usersView()->proxy();
        bool loaded = false;
        QObject::connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, proxy, [&] {
            if (loaded && finalSortMs == 0)
                phase.start();
        });
        QObject::connect(proxy, &QAbstractItemModel::layoutChanged, proxy, [&] {
            if (loaded && finalSortMs == 0)
                finalSortMs = double(phase.nsecsElapsed()) / 1e6;
        });
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();

        QTableView *table = window.usersView()->table();
        qint64 firstRowsNs = -1;
        QObject::connect(proxy, &QAbstractItemModel::rowsInserted, &window, [&] {
            if (firstRowsNs < 0) {
                table->viewport()->repaint(); // the rows are on screen
                firstRowsNs = clock.nsecsElapsed();
            }
        });
        QObject::connect(&session, &ftmodels::Session::usersLoaded, &window,
                         [&] { loaded = true; });
        bool failed = false;
        QObject::connect(&session, &ftmodels::Session::errorOccurred, &window,
                         [&](ftmodels::Session::Part, const ftapi::ApiError &error) {
                             std::fprintf(stderr, "error: %s\n", qPrintable(error.toString()));
                             failed = true;
                         });

        Heartbeat heartbeat;
        heartbeat.start();
        clock.restart();
        const double loadCpuStart = threadCpuMs();
        session.start();
        // All rows, in the order asked for (the first load's sort comes right after the list).
        while (!(loaded && !proxy->isSortDeferred()) && !failed)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        table->viewport()->repaint();
        const qint64 allRowsNs = clock.nsecsElapsed();
        const double loadCpuMs = threadCpuMs() - loadCpuStart;
        QCoreApplication::processEvents();
        const double stallMs = heartbeat.stop();
        if (failed)
            return 1;
        while (session.isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

        std::printf("\nrun %d: %d rows in the table (sorted by name, a user selected later)\n", run,
                    proxy->rowCount());
        std::printf("  time to first rows        %8.1f ms\n", double(firstRowsNs) / 1e6);
        std::printf("  time to all rows, sorted  %8.1f ms   (%.0f ms of CPU in this process)\n",
                    double(allRowsNs) / 1e6, loadCpuMs);
        std::printf(
            "  longest event-loop stall  %8.1f ms   (target <= 16); this thread ran %.1f ms "
            "of it\n",
            stallMs, heartbeat.worstCpuMs());
        std::printf("    worst page into model and views %.1f ms, the sort once all rows are in "
                    "%.1f ms\n",
                    worstPageMs, finalSortMs);

        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("    peak RSS after loading %.1f MB\n", peakRssMb());
        // A person has someone selected while typing.
        window.usersView()->selectUser(proxy->userIdAt(proxy->rowCount() / 3));
        QCoreApplication::processEvents();
        QLineEdit *filter = window.usersView()->filterBar()->lineEdit();
        KeystrokeFigures all;
        double total = 0;
        double cpuTotal = 0;
        for (const QString &word : { u"anna"_s, u"smith"_s, u"example.org"_s }) {
            const KeystrokeFigures f = typeAndErase(filter, table, word);
            total += f.average * f.count;
            cpuTotal += f.cpuAverage * f.count;
            all.count += f.count;
            all.worst = std::max(all.worst, f.worst);
            all.cpuWorst = std::max(all.cpuWorst, f.cpuWorst);
        }
        all.average = total / std::max(1, all.count);
        all.cpuAverage = cpuTotal / std::max(1, all.count);
        std::printf("  filter keystroke          %8.1f ms average, %.1f ms worst over %d "
                    "keystrokes (target <= 16)\n"
                    "    CPU per keystroke %.1f ms average, %.1f ms worst\n",
                    all.average, all.worst, all.count, all.cpuAverage, all.cpuWorst);

        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("    peak RSS after typing %.1f MB\n", peakRssMb());
        // A click on each column's header (the header sets the sort indicator, the view
        // sorts), then the name's header again for the descending order; each timed until
        // the table has repainted, which is the event loop's stall for the click.
        double worstSort = 0;
        double worstSortCpu = 0;
        double totalSort = 0;
        QString worstColumn;
        const std::pair<int, Qt::SortOrder> clicks[] = {
            { ftmodels::UsersModel::LastLoginColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::EmailColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::RoleColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::StatusColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::CreatedColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::NameColumn, Qt::AscendingOrder },
            { ftmodels::UsersModel::NameColumn, Qt::DescendingOrder },
        };
        for (const auto &[column, order] : clicks) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            table->sortByColumn(column, order);
            finishFrame(table->window());
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double cpuMs = threadCpuMs() - cpuStart;
            const QString name = proxy->headerData(column, Qt::Horizontal).toString()
                + (order == Qt::AscendingOrder ? u" (ascending)"_s : u" (descending)"_s);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("    sort by %s: %.1f ms (%.1f ms CPU)\n", qPrintable(name), ms, cpuMs);
            totalSort += ms;
            if (ms > worstSort) {
                worstSort = ms;
                worstColumn = name;
            }
            worstSortCpu = std::max(worstSortCpu, cpuMs);
            QCoreApplication::processEvents();
        }
        std::printf("  sort by a column          %8.1f ms average, %.1f ms worst (%s) over %d "
                    "header clicks (target <= 16)\n"
                    "    CPU per click %.1f ms worst\n",
                    totalSort / int(std::size(clicks)), worstSort, qPrintable(worstColumn),
                    int(std::size(clicks)), worstSortCpu);
        std::printf("  peak RSS (VmHWM)          %8.1f MB   (target <= 100)\n", peakRssMb());
    }
    if (server.process) {
        server.process->terminate();
        server.process->waitForFinished(5000);
    }
    return 0;
}

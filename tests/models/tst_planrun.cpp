// PlanRun against the sandbox over loopback: every write operation applied and read back from
// the sandbox's store, a re-applied plan that sends no write, a refused plan that sends
// nothing, a lockout only at a middle step, invitations with their memberships, cancel, and a
// 40-change plan under injected failures, drops and lost answers that ends in exactly the
// intended state without a duplicated POST, the journal's record of every write in the
// file before the write leaves, and a pause that takes back the write waiting in the
// scheduler's queue.
#include "journal.h"
#include "modelfixture.h"
#include "planrun.h"
#include "storage.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;
using Outcome = PlanRun::Outcome;
using SandboxKind = ftsandbox::MembershipKind;

namespace {

int statOf(fttest::TestSandbox &sandbox, const QString &group, const QString &key)
{
    return sandbox.server().stats().value(group).toObject().value(key).toInt();
}

std::optional<QString> membershipRole(fttest::TestSandbox &sandbox, SandboxKind kind,
                                      const QString &userId, const QString &targetId)
{
    for (const ftsandbox::SandboxMembership &m : sandbox.store().memberships(kind, userId)) {
        if (m.id == targetId)
            return m.role;
    }
    return std::nullopt;
}

QString report(const PlanRun &run)
{
    QStringList lines;
    for (const PlanProblem &p : run.check().problems)
        lines.append(u"problem %1: %2"_s.arg(p.change).arg(p.text));
    for (int i = 0; i < run.total(); ++i)
        lines.append(u"%1 %2: %3"_s.arg(i).arg(PlanRun::outcomeKey(run.result(i).outcome),
                                               run.result(i).message));
    return lines.join(u"\n"_s);
}

// Every change of the run's batch journalled once, ended as applied, in an intact chain of a
// begin and an end record each; empty when so, else what is not.
QString journalledApplied(const Journal &journal, const PlanRun &run)
{
    const QVector<JournalEntry> entries = journal.entries({ {}, {}, {}, run.batch() });
    if (entries.size() != run.total())
        return u"%1 entries for %2 changes"_s.arg(entries.size()).arg(run.total());
    for (const JournalEntry &e : entries) {
        if (!e.ended || e.outcome != u"applied"_s)
            return u"an entry ended %1 (%2)"_s.arg(e.ended).arg(e.outcome);
    }
    const auto verified = journal.verify();
    if (!verified.intact || verified.records != 2 * run.total())
        return u"the chain: intact %1, %2 records"_s.arg(verified.intact).arg(verified.records);
    return {};
}

ftapi::NewUser newPerson(int n, std::optional<QString> role = std::nullopt)
{
    return { u"new%1@example.com"_s.arg(n),
             u"New%1"_s.arg(n),
             u"Person"_s,
             std::nullopt,
             std::nullopt,
             std::move(role) };
}

} // namespace

class TestPlanRun : public QObject
{
    Q_OBJECT

    // Runs `plan` to its end and returns the run (owned by the caller).
    std::unique_ptr<PlanRun> apply(ftapi::ApiClient *client, const Plan &plan,
                                   int timeoutMs = 30000)
    {
        auto run = std::make_unique<PlanRun>(client, plan, nullptr);
        run->setRetryDelay(5);
        QSignalSpy finished(run.get(), &PlanRun::finished);
        run->start();
        if (!run->isFinished())
            finished.wait(timeoutMs);
        return run;
    }

private Q_SLOTS:
    void everyOperationLandsInTheSandbox()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(20));
        QVERIFY(sandbox.isListening());
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        const auto &users = sandbox.store().users();
        QString plain; // a user without a role and without memberships in group g
        const QString group = sandbox.store().groups().at(0).id;
        const QString connection = sandbox.store().connections().at(0).id;
        for (const auto &u : users) {
            if (!u.role && !membershipRole(sandbox, SandboxKind::Group, u.id, group)
                && !membershipRole(sandbox, SandboxKind::Connection, u.id, connection)) {
                plain = u.id;
                break;
            }
        }
        QVERIFY(!plain.isEmpty());
        ftapi::UserUpdate names;
        names.givenName = u"Renamed"_s;
        names.setPhone(u"+49 30 1234"_s);
        // A plan changes each thing once, so the membership's add and change go in two plans.
        const Plan first(
            { Change::createUser(newPerson(1, u"Account Reviewer"_s)),
              Change::modifyUser(plain, names),
              Change::addMembership(MembershipKind::Group, plain, group, u"View Destination"_s),
              Change::addMembership(MembershipKind::Connection, plain, connection,
                                    u"View Connection"_s) });
        auto run = apply(client.get(), first);
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        const auto *invited = sandbox.store().userByEmail(u"new1@example.com"_s);
        QVERIFY(invited);
        QCOMPARE(invited->role, u"Account Reviewer"_s);
        QCOMPARE(run->result(0).userId, invited->id);
        QVERIFY(run->result(0).user);
        QCOMPARE(sandbox.store().user(plain)->givenName, u"Renamed"_s);
        QCOMPARE(sandbox.store().user(plain)->phone, u"+49 30 1234"_s);
        QCOMPARE(membershipRole(sandbox, SandboxKind::Group, plain, group), u"View Destination"_s);
        QCOMPARE(membershipRole(sandbox, SandboxKind::Connection, plain, connection),
                 u"View Connection"_s);
        QVERIFY(run->result(2).membership);

        const Plan second(
            { Change::updateMembership(MembershipKind::Group, plain, group, u"Edit Destination"_s),
              Change::deleteMembership(MembershipKind::Connection, plain, connection),
              Change::removeAccountRole({}).namedByEmail(u"NEW1@example.com"_s) });
        run = apply(client.get(), second);
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        QCOMPARE(membershipRole(sandbox, SandboxKind::Group, plain, group), u"Edit Destination"_s);
        QVERIFY(!membershipRole(sandbox, SandboxKind::Connection, plain, connection));
        QVERIFY(!sandbox.store().userByEmail(u"new1@example.com"_s)->role);

        run = apply(client.get(), Plan({ Change::deleteUser(invited->id) }));
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        QVERIFY(!sandbox.store().userByEmail(u"new1@example.com"_s));
        for (int i = 0; i < run->total(); ++i)
            QCOMPARE(run->result(i).outcome, Outcome::Applied);
    }

    void everyWriteIsJournalledBeforeItLeaves()
    {
        // Invitations with their memberships against a slow server, eight at a time: the
        // records of writes that leave together share a transaction, and whenever a request
        // leaves, every change sent so far has its first record in the file (read through a
        // second connection, as another console would).
        fttest::TestSandbox sandbox(fttest::generatedAccount(10));
        sandbox.server().setLatencyMs(10);
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.sqlite"_s);
        Storage storage;
        Storage other;
        QString error;
        QVERIFY2(storage.open(path, &error) && other.open(path, &error), qPrintable(error));
        Journal journal(&storage,
                        storage.accountId({ u"t"_s, sandbox.server().baseUrl().toString(), {} }));
        const QString group = sandbox.store().groups().at(1).id;
        Plan plan;
        for (int i = 0; i < 12; ++i) {
            plan.append(Change::createUser(newPerson(i)));
            plan.append(
                Change::addMembership(MembershipKind::Group, {}, group, u"View Destination"_s)
                    .namedByEmail(newPerson(i).email));
        }
        PlanRun run(client.get(), plan, nullptr);
        run.setJournal(&journal);
        int looked = 0;
        QStringList late;
        connect(client->scheduler(), &ftapi::RequestScheduler::requestSent, this, [&] {
            if (!run.isChecked())
                return; // the reads of the check
            int sent = 0;
            for (int i = 0; i < run.total(); ++i)
                sent += run.result(i).attempts > 0 ? 1 : 0;
            QSqlQuery q(other.database());
            q.prepare(u"SELECT COUNT(*) FROM journal WHERE kind = 'begin' AND batch = ?"_s);
            q.addBindValue(run.batch());
            const int begun = q.exec() && q.next() ? q.value(0).toInt() : -1;
            ++looked;
            if (begun < sent)
                late.append(u"%1 sent, %2 in the journal"_s.arg(sent).arg(begun));
        });
        QSignalSpy finished(&run, &PlanRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(run.succeeded(), qPrintable(report(run)));
        QVERIFY2(late.isEmpty(), qPrintable(late.join(u"; "_s)));
        QCOMPARE(looked, plan.size());

        const QString journalled = journalledApplied(journal, run);
        QVERIFY2(journalled.isEmpty(), qPrintable(journalled));
    }

    void pauseTakesBackWhatWaitsAndResumeSendsItOnce()
    {
        // One write on the wire and one more journalled and waiting in the scheduler's queue
        // (so a freed slot is used at once). Pause takes the waiting one back unsent; Resume
        // sends it, under the entry it was journalled with, and nothing goes twice.
        fttest::TestSandbox sandbox(fttest::generatedAccount(20));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        client->scheduler()->setMaxInFlight(1);
        QTemporaryDir dir;
        Storage storage;
        QString error;
        QVERIFY2(storage.open(dir.filePath(u"journal.sqlite"_s), &error), qPrintable(error));
        Journal journal(&storage,
                        storage.accountId({ u"t"_s, sandbox.server().baseUrl().toString(), {} }));
        const QString group = sandbox.store().groups().at(2).id;
        Plan plan;
        for (const auto &u : sandbox.store().users()) {
            if (plan.size() < 6 && !membershipRole(sandbox, SandboxKind::Group, u.id, group))
                plan.append(Change::addMembership(MembershipKind::Group, u.id, group,
                                                  u"View Destination"_s));
        }
        QCOMPARE(plan.size(), 6);
        PlanRun run(client.get(), plan, nullptr);
        run.setJournal(&journal);
        connect(&run, &PlanRun::checked, this, [&] { sandbox.server().setLatencyMs(150); });
        int queuedAtPause = -1;
        connect(client->scheduler(), &ftapi::RequestScheduler::requestSent, this, [&] {
            if (!run.isChecked() || queuedAtPause >= 0)
                return;
            queuedAtPause = 0;
            QMetaObject::invokeMethod(
                this,
                [&] {
                    queuedAtPause = client->scheduler()->queued();
                    run.pause();
                },
                Qt::QueuedConnection);
        });
        run.start();
        QVERIFY(QTest::qWaitFor([&] { return run.isPaused(); }, 10000));
        QCOMPARE(queuedAtPause, 1);
        // The write on its way finishes; the one taken back never leaves.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return run.done() == 1 && client->scheduler()->inFlight() == 0
                    && client->scheduler()->queued() == 0;
            },
            10000));
        QCOMPARE(fttest::writesHandled(sandbox), 1);
        QCOMPARE(run.done(), 1);
        int unsent = 0;
        for (int i = 0; i < run.total(); ++i) {
            if (run.result(i).outcome == Outcome::Pending) {
                QCOMPARE(run.result(i).attempts, 0);
                ++unsent;
            }
        }
        QCOMPARE(unsent, 5);
        // Journalled: the one sent (its end follows its answer) and the one taken back (open
        // until it is sent).
        QVector<JournalEntry> entries;
        const auto ended = [&] {
            entries = journal.entries({ {}, {}, {}, run.batch() });
            return int(std::count_if(entries.begin(), entries.end(),
                                     [](const JournalEntry &e) { return e.ended; }));
        };
        QVERIFY(QTest::qWaitFor([&] { return ended() == 1; }, 5000));
        QCOMPARE(entries.size(), 2);

        sandbox.server().setLatencyMs(0);
        QSignalSpy finished(&run, &PlanRun::finished);
        run.resume();
        QVERIFY(finished.wait(30000));
        QVERIFY2(run.succeeded(), qPrintable(report(run)));
        QCOMPARE(fttest::writesHandled(sandbox), plan.size());
        for (int i = 0; i < run.total(); ++i)
            QCOMPARE(run.result(i).attempts, 1);
        const QString journalled = journalledApplied(journal, run);
        QVERIFY2(journalled.isEmpty(), qPrintable(journalled));
    }

    void reapplyingSendsNoWrite()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(30));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        const QString group = sandbox.store().groups().at(1).id;
        Plan plan;
        plan.append(Change::createUser(newPerson(2)));
        plan.append(Change::addMembership(MembershipKind::Group, {}, group, u"View Destination"_s)
                        .namedByEmail(u"new2@example.com"_s));
        for (const auto &u : sandbox.store().users()) {
            if (plan.size() >= 8)
                break;
            if (!membershipRole(sandbox, SandboxKind::Group, u.id, group))
                plan.append(Change::addMembership(MembershipKind::Group, u.id, group,
                                                  u"View Destination"_s));
        }
        auto run = apply(client.get(), plan);
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        const int writes = fttest::writesHandled(sandbox);
        QCOMPARE(writes, plan.size());

        sandbox.server().resetStats();
        run = apply(client.get(), plan);
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        for (int i = 0; i < run->total(); ++i)
            QCOMPARE(run->result(i).outcome, Outcome::AlreadyInEffect);
        QCOMPARE(run->check().requests, 0);
        QCOMPARE(fttest::writesHandled(sandbox), 0);
        QVERIFY(statOf(sandbox, u"handled"_s, u"GET /users"_s) >= 1); // it did read
    }

    void refusedPlanSendsNothing()
    {
        fttest::TestSandbox sandbox; // the demo account: two Account Administrators
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        QStringList admins;
        QString other;
        for (const auto &u : sandbox.store().users()) {
            if (u.role == accountAdministratorRole())
                admins.append(u.id);
            else if (other.isEmpty())
                other = u.id;
        }
        QCOMPARE(admins.size(), 2);
        // Fine after step 1, nobody left after step 2, fine again after step 3: refused.
        const Plan plan(
            { Change::removeAccountRole(admins.at(0)), Change::deleteUser(admins.at(1)),
              Change::modifyUser(
                  other, ftapi::UserUpdate { {}, {}, accountAdministratorRole(), {}, {} }) });
        sandbox.server().resetStats();
        auto run = apply(client.get(), plan);
        QVERIFY(run->isFinished());
        QVERIFY(run->wasRefused());
        QVERIFY(!run->succeeded());
        bool lockoutAtStep2 = false;
        for (const PlanProblem &p : run->check().problems)
            lockoutAtStep2 =
                lockoutAtStep2 || (p.change == 1 && p.kind == PlanProblem::Kind::Lockout);
        QVERIFY2(lockoutAtStep2, qPrintable(report(*run)));
        for (int i = 0; i < run->total(); ++i)
            QCOMPARE(run->result(i).outcome, Outcome::NotAttempted);
        QCOMPARE(fttest::writesHandled(sandbox), 0);
        QCOMPARE(sandbox.store().accountAdministratorCount(), 2);
    }

    // The check, with the state read from the sandbox (the fixed demo account), finds each
    // kind of problem; a plan with any error sends nothing.
    void everyKindOfProblemAgainstTheSandbox()
    {
        fttest::TestSandbox sandbox;
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        using Kind = PlanProblem::Kind;
        const QString james = u"keen_walnut"_s; // Production Snowflake as Manage Destination
        const QString priya = u"candid_atlas"_s; // Account Analyst
        ftapi::UserUpdate wrongScope;
        wrongScope.role = u"View Destination"_s;
        const Change add = Change::addMembership(MembershipKind::Group, priya, u"quiet_summit"_s,
                                                 u"View Destination"_s);
        const Plan plan({
            /* 0 */ Change::deleteUser(u"nozzle_eat"_s),
            /* 1 */ Change::removeAccountRole(u"decorum_mantle"_s), // the last one by now
            /* 2 */
            Change::addMembership(MembershipKind::Group, priya, u"amber_meadow"_s, u"Owner"_s),
            /* 3 */ Change::modifyUser(u"gentle_canyon"_s, wrongScope),
            /* 4 */
            Change::addMembership(MembershipKind::Connection, priya, u"brisk_falcon"_s,
                                  u"Connector Reviewer"_s), // deprecated: a warning
            /* 5 */ Change::removeAccountRole(u"no_such_user"_s),
            /* 6 */
            Change::addMembership(MembershipKind::Group, priya, u"no_such_group"_s,
                                  u"View Destination"_s),
            /* 7 */
            Change::addMembership(MembershipKind::Connection, priya, u"no_such_conn"_s,
                                  u"View Connection"_s),
            /* 8 */
            Change::createUser({ u"emma.larsson@example.com"_s, u"Em"_s, u"L"_s, {}, {}, {} }),
            /* 9 */
            Change::addMembership(MembershipKind::Group, james, u"warm_harbor"_s,
                                  u"View Destination"_s),
            /* 10 */ add,
            /* 11 */ add,
            /* 12 */ Change::deleteMembership(MembershipKind::Group, priya, u"quiet_summit"_s),
        });
        sandbox.server().resetStats();
        auto run = apply(client.get(), plan);
        QVERIFY(run->wasRefused());
        const QVector<QPair<int, Kind>> expected {
            { 1, Kind::Lockout },        { 2, Kind::UnknownRole },    { 3, Kind::WrongScope },
            { 4, Kind::DeprecatedRole }, { 5, Kind::UnknownUser },    { 6, Kind::UnknownTarget },
            { 7, Kind::UnknownTarget },  { 8, Kind::AlreadyUser },    { 9, Kind::AlreadyMember },
            { 11, Kind::Duplicate },     { 12, Kind::Contradiction },
        };
        for (const auto &[change, kind] : expected) {
            bool found = false;
            for (const PlanProblem &p : run->check().problemsOf(change))
                found = found || p.kind == kind;
            QVERIFY2(found, qPrintable(u"change %1:\n"_s.arg(change) + report(*run)));
        }
        // One administrator is left after it: allowed, with the warning that says so.
        const auto first = run->check().problemsOf(0);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.constFirst().kind, Kind::LastAdministrator);
        QCOMPARE(first.constFirst().severity, PlanProblem::Severity::Warning);
        QCOMPARE(fttest::writesHandled(sandbox), 0);
        QVERIFY(sandbox.store().user(u"nozzle_eat"_s));
    }

    void lostAnswersAreSettledByReading()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(40));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        const QString group = sandbox.store().groups().at(0).id;
        QString member; // someone in `group`
        QString outsider;
        for (const auto &u : sandbox.store().users()) {
            const bool in = membershipRole(sandbox, SandboxKind::Group, u.id, group).has_value();
            if (in && member.isEmpty())
                member = u.id;
            if (!in && outsider.isEmpty() && u.role != accountAdministratorRole())
                outsider = u.id;
        }
        QVERIFY(!member.isEmpty() && !outsider.isEmpty());
        // Reads answer normally; every write is carried out and its answer lost (and the
        // verifying reads that follow answer normally).
        auto run = std::make_unique<PlanRun>(
            client.get(),
            Plan({ Change::createUser(newPerson(3)),
                   Change::addMembership(MembershipKind::Group, outsider, group,
                                         u"View Destination"_s),
                   Change::deleteMembership(MembershipKind::Group, member, group),
                   Change::modifyUser(outsider, ftapi::UserUpdate { u"Lost"_s, {}, {}, {}, {} }) }),
            nullptr);
        run->setRetryDelay(5);
        connect(run.get(), &PlanRun::checked, this, [&] { sandbox.server().setLoseRate(1.0); });
        QSignalSpy finished(run.get(), &PlanRun::finished);
        run->start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(run->succeeded(), qPrintable(report(*run)));
        QCOMPARE(run->result(0).outcome, Outcome::Applied);
        QCOMPARE(run->result(1).outcome, Outcome::Applied);
        QCOMPARE(run->result(2).outcome, Outcome::AlreadyInEffect); // gone: as the issue says
        QCOMPARE(run->result(3).outcome, Outcome::Applied);
        QVERIFY(sandbox.store().userByEmail(u"new3@example.com"_s));
        QVERIFY(run->result(0).user);
        // Not one POST went twice: a second would have been refused as a duplicate (409).
        QCOMPARE(statOf(sandbox, u"handled"_s, u"POST /users"_s), 1);
        QCOMPARE(statOf(sandbox, u"handled"_s, u"POST /users/{id}/groups"_s), 1);
        QCOMPARE(statOf(sandbox, u"status"_s, u"409"_s), 0);
    }

    void cancelLeavesTheRestUnsent()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(40));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        const QString group = sandbox.store().groups().at(2).id;
        Plan plan;
        for (const auto &u : sandbox.store().users()) {
            if (!membershipRole(sandbox, SandboxKind::Group, u.id, group))
                plan.append(Change::addMembership(MembershipKind::Group, u.id, group,
                                                  u"View Destination"_s));
        }
        QVERIFY(plan.size() > 10);
        auto run = std::make_unique<PlanRun>(client.get(), plan, nullptr);
        run->setConcurrency(2);
        int cancelledAt = -1;
        connect(run.get(), &PlanRun::checked, this, [&] { sandbox.server().setLatencyMs(50); });
        connect(run.get(), &PlanRun::changeFinished, this, [&](int) {
            if (cancelledAt < 0 && run->done() >= 3) {
                cancelledAt = run->done();
                run->cancel();
            }
        });
        QSignalSpy finished(run.get(), &PlanRun::finished);
        run->start();
        QVERIFY(finished.wait(30000));
        QVERIFY(run->wasCancelled());
        int applied = 0;
        int notAttempted = 0;
        for (int i = 0; i < run->total(); ++i) {
            const auto &r = run->result(i);
            const bool inStore =
                membershipRole(sandbox, SandboxKind::Group, plan.at(i).userId, group).has_value();
            if (r.outcome == Outcome::Applied) {
                ++applied;
                QVERIFY(inStore);
            } else {
                QCOMPARE(r.outcome, Outcome::NotAttempted);
                QVERIFY2(!inStore, qPrintable(report(*run)));
                ++notAttempted;
            }
        }
        // What was on its way when Cancel came (at most the two in flight) still finished.
        QVERIFY2(applied >= 3 && applied <= cancelledAt + 2, qPrintable(report(*run)));
        QCOMPARE(applied + notAttempted, run->total());
        QVERIFY(notAttempted > 0);
    }

    void fortyChangesUnderFaultsEndInTheIntendedState()
    {
        fttest::TestSandbox sandbox(fttest::generatedAccount(80, 4, 12, 3));
        std::unique_ptr<ftapi::ApiClient> client(fttest::newClient(sandbox));
        const auto groups = sandbox.store().groups();
        Plan plan;
        int posts = 0;
        // 10 invitations, each with a destination (20 changes).
        for (int n = 0; n < 10; ++n) {
            plan.append(Change::createUser(newPerson(100 + n)));
            plan.append(Change::addMembership(MembershipKind::Group, {},
                                              groups.at(n % groups.size()).id,
                                              u"View Destination"_s)
                            .namedByEmail(u"new%1@example.com"_s.arg(100 + n)));
            posts += 2;
        }
        // 8 additions, 4 role changes, 4 removals, 4 renames, over existing people.
        int additions = 0, updates = 0, removals = 0, renames = 0;
        for (const auto &u : sandbox.store().users()) {
            const QString g = groups.at(0).id;
            const auto role = membershipRole(sandbox, SandboxKind::Group, u.id, g);
            if (!role && additions < 8) {
                plan.append(
                    Change::addMembership(MembershipKind::Group, u.id, g, u"Edit Destination"_s));
                ++additions;
                ++posts;
            } else if (role && *role != u"Manage Destination"_s && updates < 4) {
                plan.append(Change::updateMembership(MembershipKind::Group, u.id, g,
                                                     u"Manage Destination"_s));
                ++updates;
            } else if (role && removals < 4) {
                plan.append(Change::deleteMembership(MembershipKind::Group, u.id, g));
                ++removals;
            } else if (renames < 4) {
                plan.append(
                    Change::modifyUser(u.id, ftapi::UserUpdate { u"Renamed"_s, {}, {}, {}, {} }));
                ++renames;
            }
        }
        QCOMPARE(plan.size(), 40);
        const Plan intended = plan;

        sandbox.server().setFailRate(0.3);
        sandbox.server().setDropRate(0.1);
        sandbox.server().setLoseRate(0.2);
        int applies = 0;
        bool done = false;
        while (!done && applies < 6) {
            ++applies;
            auto run = apply(client.get(), plan, 120000);
            QVERIFY(run->isFinished());
            done = run->succeeded();
        }
        QVERIFY2(done, qPrintable(u"still not applied after %1 applies"_s.arg(applies)));
        QVERIFY2(applies <= 4, qPrintable(QString::number(applies)));
        const QJsonObject stats = sandbox.server().stats();
        qInfo("applied in %d run(s); %d failures, %d drops, %d lost answers injected", applies,
              stats.value(u"failures_injected"_s).toInt(), stats.value(u"drops_injected"_s).toInt(),
              stats.value(u"answers_lost"_s).toInt());
        QVERIFY(stats.value(u"failures_injected"_s).toInt() > 0);
        QVERIFY(stats.value(u"answers_lost"_s).toInt() > 0);

        // Exactly the intended state.
        for (const Change &c : intended.changes()) {
            const QString id =
                c.userId.isEmpty() ? sandbox.store().userByEmail(c.email)->id : c.userId;
            switch (c.op) {
            case ChangeOp::CreateUser:
                QVERIFY(sandbox.store().userByEmail(c.email));
                QCOMPARE(sandbox.store().userByEmail(c.email)->givenName, c.invitation.givenName);
                break;
            case ChangeOp::AddMembership:
            case ChangeOp::UpdateMembership:
                QCOMPARE(membershipRole(sandbox, SandboxKind::Group, id, c.targetId), c.role);
                break;
            case ChangeOp::DeleteMembership:
                QVERIFY(!membershipRole(sandbox, SandboxKind::Group, id, c.targetId));
                break;
            case ChangeOp::ModifyUser:
                QCOMPARE(sandbox.store().user(id)->givenName, u"Renamed"_s);
                break;
            default:
                QFAIL("unexpected change");
            }
        }
        int invited = 0;
        for (const auto &u : sandbox.store().users())
            invited += u.email.startsWith(u"new1"_s) ? 1 : 0;
        QCOMPARE(invited, 10);
        // No POST reached the operation twice: each was carried out once, none refused as a
        // duplicate.
        const QJsonObject handled = stats.value(u"handled"_s).toObject();
        QCOMPARE(handled.value(u"POST /users"_s).toInt(), 10);
        QCOMPARE(handled.value(u"POST /users/{id}/groups"_s).toInt(), posts - 10);
        QCOMPARE(stats.value(u"status"_s).toObject().value(u"409"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanRun)
#include "tst_planrun.moc"

// PendingChanges and SelectionReach against an in-process sandbox (the fixed demo account),
// under QAbstractItemModelTester: rows added, removed and discarded; the check completed by
// reading other people's memberships; Apply refused while the check finds an error; an apply
// whose changes that went through leave the list and whose failure stays with the service's
// words; the time estimate; what several people reach together. ImportPreviewModel too.
#include "importpreviewmodel.h"
#include "membershipsmodel.h"
#include "modelfixture.h"
#include "namedirectory.h"
#include "pendingchanges.h"
#include "sandboxstore.h"
#include "selectionreach.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;

namespace {

const QString kJames = u"keen_walnut"_s; // no account role; Production Snowflake (Manage)
const QString kHannah = u"frosty_paddle"_s; // Marketing BigQuery (View)
const QString kOlivia = u"nozzle_eat"_s; // Account Administrator
const QString kMarcus = u"decorum_mantle"_s; // Account Administrator

struct Fixture
{
    Fixture()
    {
        client = fttest::newClient(sandbox, &owner);
        client->scheduler()->setMaxAttempts(1);
        session = std::make_unique<Session>(
            client, AccountInfo { u"Test"_s, sandbox.server().baseUrl(), true });
    }

    bool start()
    {
        QSignalSpy loaded(session.get(), &Session::usersLoaded);
        session->start();
        session->names()->ensureLoaded();
        return loaded.wait(20000)
            && QTest::qWaitFor(
                   [&] { return !session->isBusy() && session->names()->connectionsComplete(); },
                   10000);
    }

    int writes() { return fttest::writesHandled(sandbox); }

    fttest::TestSandbox sandbox;
    QObject owner;
    ftapi::ApiClient *client = nullptr;
    std::unique_ptr<Session> session;
};

bool waitChecked(PendingChanges &pending)
{
    return QTest::qWaitFor([&] { return !pending.isReading(); }, 10000);
}

} // namespace

class TestPendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsComeAndGo()
    {
        Fixture f;
        QVERIFY(f.start());
        PendingChanges pending(f.session.get());
        QAbstractItemModelTester tester(&pending,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&pending, &QAbstractItemModel::rowsInserted);
        pending.add(Plan({ Change::removeAccountRole(kOlivia),
                           Change::addMembership(MembershipKind::Group, kJames, u"amber_meadow"_s,
                                                 u"View Destination"_s),
                           Change::deleteUser(kHannah) }));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(pending.rowCount(), 3);
        QCOMPARE(pending.index(1, PendingChanges::ChangeColumn).data().toString(),
                 u"Give James Walker the role View Destination in Finance Redshift"_s);
        QVERIFY(waitChecked(pending));
        QCOMPARE(pending.check().requests, 3);
        QCOMPARE(pending.index(1, PendingChanges::StatusColumn).data().toString(), u"Ready"_s);

        QVERIFY(pending.removeChanges({ 0, 2 }));
        QCOMPARE(pending.rowCount(), 1);
        QCOMPARE(pending.changeAt(0).targetId, u"amber_meadow"_s);
        QCOMPARE(pending.plan().size(), 1);
        QVERIFY(!pending.removeChanges({ 5 })); // no such row: nothing removed
        QCOMPARE(pending.rowCount(), 1);
        QVERIFY(pending.clear());
        QVERIFY(pending.isEmpty());
        QCOMPARE(f.writes(), 0); // holding changes sends nothing
    }

    void changesSayNamesTheWindowHadNotListedYet()
    {
        // The window lists destinations and connections only when something needs them: the
        // changes are worded with the names the check reads, not with their ids.
        Fixture f;
        QSignalSpy loaded(f.session.get(), &Session::usersLoaded);
        f.session->start();
        QVERIFY(loaded.wait(20000));
        QVERIFY(!f.session->names()->connectionsComplete());
        PendingChanges pending(f.session.get());
        pending.add(Plan({ Change::addMembership(MembershipKind::Group, kJames, u"amber_meadow"_s,
                                                 u"View Destination"_s),
                           Change::addMembership(MembershipKind::Connection, kJames,
                                                 f.sandbox.store().connections().first().id,
                                                 u"View Connection"_s) }));
        QVERIFY(waitChecked(pending));
        QTRY_COMPARE(pending.index(0, PendingChanges::ChangeColumn).data().toString(),
                     u"Give James Walker the role View Destination in Finance Redshift"_s);
        const QString connection = pending.index(1, PendingChanges::ChangeColumn).data().toString();
        QVERIFY2(!connection.contains(f.sandbox.store().connections().first().id),
                 qPrintable(connection));
        QVERIFY2(connection.contains(f.sandbox.store().connections().first().schema),
                 qPrintable(connection));
    }

    void nothingPendingIsNotCheckedAgain()
    {
        // With nothing pending, a person's memberships loading (every click on someone) checks
        // nothing; once changes were pending and are gone, the check says so once.
        Fixture f;
        QVERIFY(f.start());
        PendingChanges pending(f.session.get());
        QSignalSpy checked(&pending, &PendingChanges::checkChanged);
        QSignalSpy loaded(f.session->memberships(), &MembershipsModel::loadFinished);
        f.session->setCurrentUser(kJames);
        QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 2; }, 10000));
        QCOMPARE(checked.size(), 0);

        pending.add(Plan({ Change::removeAccountRole(kOlivia) }));
        QVERIFY(waitChecked(pending));
        QCOMPARE(pending.check().requests, 1);
        QVERIFY(pending.clear());
        QCOMPARE(pending.check().requests, 0);
        QVERIFY(pending.check().changes.isEmpty());
        checked.clear();
        loaded.clear();
        f.session->setCurrentUser(kHannah);
        QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 2; }, 10000));
        QCOMPARE(checked.size(), 0);
    }

    void checkReadsWhatTheModelsLack()
    {
        Fixture f;
        QVERIFY(f.start());
        PendingChanges pending(f.session.get());
        // Hannah is not the selected user: her memberships are not in the models, so the first
        // check cannot know; the complete one reads them and finds the removal needless.
        pending.add(
            Plan({ Change::deleteMembership(MembershipKind::Group, kHannah, u"warm_harbor"_s) }));
        QVERIFY(pending.isReading() || pending.check().warningCount() > 0);
        QVERIFY(waitChecked(pending));
        QCOMPARE(pending.check().warningCount(), 0);
        QVERIFY(pending.check().changes.at(0).inEffect);
        QCOMPARE(pending.check().requests, 0);
        QVERIFY(pending.index(0, 0).data(PendingChanges::InEffectRole).toBool());
        QVERIFY(pending.index(0, PendingChanges::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"Already in effect"_s));
    }

    void applyIsRefusedWhileTheCheckFindsAnError()
    {
        Fixture f;
        QVERIFY(f.start());
        PendingChanges pending(f.session.get());
        pending.add(
            Plan({ Change::removeAccountRole(kOlivia), Change::removeAccountRole(kMarcus) }));
        QVERIFY(waitChecked(pending));
        QVERIFY(pending.check().hasErrors());
        QCOMPARE(pending.index(1, 0).data(PendingChanges::SeverityRole).toInt(),
                 int(PendingChanges::Severity::Error));
        QVERIFY(pending.index(1, PendingChanges::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"no Account Administrator"_s));
        QString why;
        QVERIFY(!pending.apply(&why));
        QVERIFY(why.contains(u"nothing was sent"_s));
        QVERIFY(!pending.isRunning());
        QCOMPARE(f.writes(), 0);
        QVERIFY(f.sandbox.store().user(kOlivia)->role);
    }

    void appliedChangesLeaveAndFailuresStay()
    {
        Fixture f;
        QVERIFY(f.start());
        PendingChanges pending(f.session.get());
        QAbstractItemModelTester tester(&pending,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pending.add(Plan({ Change::addMembership(MembershipKind::Group, kJames, u"amber_meadow"_s,
                                                 u"View Destination"_s),
                           Change::addMembership(MembershipKind::Connection, kJames,
                                                 u"lucid_beacon"_s, u"View Connection"_s),
                           Change::removeAccountRole(u"candid_atlas"_s) }));
        QVERIFY(waitChecked(pending));
        QVERIFY(!pending.check().hasErrors());
        // Gone behind the window's back: the check still knows it, the service does not.
        f.sandbox.store().removeConnection(u"lucid_beacon"_s);

        QSignalSpy finished(&pending, &PendingChanges::runFinished);
        QString why;
        PlanRun *run = pending.apply(&why);
        QVERIFY2(run, qPrintable(why));
        QVERIFY(pending.isRunning());
        QVERIFY(!pending.clear()); // not while it runs
        QVERIFY(!pending.removeChanges({ 0 }));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2); // succeeded
        QCOMPARE(finished.at(0).at(1).toInt(), 1); // failed
        QCOMPARE(pending.rowCount(), 1);
        QCOMPARE(pending.changeAt(0).targetId, u"lucid_beacon"_s);
        QCOMPARE(pending.index(0, 0).data(PendingChanges::OutcomeRole).toInt(),
                 int(PlanRun::Outcome::Failed));
        const QString status = pending.index(0, PendingChanges::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(u"Failed: "_s) && status.contains(u"lucid_beacon"_s),
                 qPrintable(status));
        QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 2);
        QVERIFY(!f.sandbox.store().user(u"candid_atlas"_s)->role);
    }

    void estimateFollowsTheAnswerTime()
    {
        QCOMPARE(PendingChanges::estimateMs(10, 1, 8, -1), qint64(-1)); // nothing measured
        QCOMPARE(PendingChanges::estimateMs(0, 0, 8, 20), qint64(0));
        QCOMPARE(PendingChanges::estimateMs(16, 1, 8, 20), qint64(40)); // two rounds of 8
        QCOMPARE(PendingChanges::estimateMs(17, 1, 8, 20), qint64(60));
        QCOMPARE(PendingChanges::estimateMs(5, 5, 8, 20), qint64(100)); // one person's, in a row

        Fixture f;
        QVERIFY(f.start()); // answers measured
        PendingChanges pending(f.session.get());
        pending.add(Plan({ Change::removeAccountRole(u"candid_atlas"_s) }));
        QVERIFY(f.client->scheduler()->averageAnswerMs() >= 0);
        QVERIFY(pending.estimatedMs() >= 0);
    }

    void whatSeveralPeopleReach()
    {
        Fixture f;
        QVERIFY(f.start());
        SelectionReach reach(f.session.get());
        QAbstractItemModelTester tester(&reach,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        reach.setUsers({ kJames, kHannah, u"candid_atlas"_s });
        QVERIFY(QTest::qWaitFor([&] { return !reach.isLoading(); }, 10000));
        QCOMPARE(reach.peopleKnown(), 3);
        // From the store itself: every distinct target any of them is a member of.
        QSet<QString> groups;
        QSet<QString> connections;
        for (const QString &id : reach.users()) {
            for (const auto &m : f.sandbox.store().groupMemberships(id))
                groups.insert(m.id);
            for (const auto &m : f.sandbox.store().connectionMemberships(id))
                connections.insert(m.id);
        }
        QCOMPARE(reach.count(MembershipKind::Group), groups.size());
        QCOMPARE(reach.count(MembershipKind::Connection), connections.size());
        QCOMPARE(reach.rowCount(), int(groups.size() + connections.size()));
        QCOMPARE(reach.roleOf(kJames, MembershipKind::Group, u"warm_harbor"_s),
                 std::optional<QString>(u"Manage Destination"_s));
        QCOMPARE(reach.roleOf(kJames, MembershipKind::Group, u"amber_meadow"_s),
                 std::optional<QString>(QString()));
        QCOMPARE(reach.roleOf(kOlivia, MembershipKind::Group, u"warm_harbor"_s), std::nullopt);

        reach.setMaxPeople(2);
        reach.setUsers({ kJames, kHannah, kOlivia });
        QVERIFY(reach.isTooMany());
        QVERIFY(!reach.isLoading());
        QCOMPARE(reach.rowCount(), 0);
    }

    void previewRowsSayWhatTheyBecome()
    {
        Fixture f;
        QVERIFY(f.start());
        // James selected: his memberships are in the models, so his row is known to be done.
        f.session->setCurrentUser(kJames);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.session->accountView().memberships(kJames, MembershipKind::Group)
                    && f.session->accountView().memberships(kJames, MembershipKind::Connection);
            },
            10000));
        PeopleImport import = PeopleImport::read(
            "email,given_name,family_name,destinations\n"
            "ann.lee@example.com,Ann,Lee,Finance Redshift=View Destination\n"
            "bad-address,Cid,Roe,\n"
            "james.walker@example.com,James,Walker,Production Snowflake=Manage Destination\n");
        import.resolve(f.session->accountView(), nullptr);
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImport(import, f.session->accountView());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ImportPreviewModel::LineColumn).data().toInt(), 2);
        QVERIFY(model.index(0, ImportPreviewModel::BecomesColumn)
                    .data()
                    .toString()
                    .contains(u"Invite Ann Lee"_s));
        QVERIFY(!model.index(1, 0).data(ImportPreviewModel::ValidRole).toBool());
        QCOMPARE(model.index(1, ImportPreviewModel::BecomesColumn).data().toString(),
                 u"Not imported"_s);
        QVERIFY(model.index(1, ImportPreviewModel::ProblemsColumn)
                    .data()
                    .toString()
                    .contains(u"not an e-mail"_s));
        QCOMPARE(model.index(2, 0).data(ImportPreviewModel::ChangeCountRole).toInt(), 0);
        QVERIFY(model.index(2, ImportPreviewModel::BecomesColumn)
                    .data()
                    .toString()
                    .contains(u"already as the file says"_s));
    }
};

QTEST_GUILESS_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"

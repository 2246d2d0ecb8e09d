// TeamDirectory against the sandbox: every team with its members and roles in one listing
// plus three lists a team; 404/403 make it Unreadable without a failure; other failures are
// Failed and tried again; a refresh reads again only what was read; cancel.
#include "modelfixture.h"
#include "teamdirectory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::TeamDirectory;
using State = ftmodels::TeamDirectory::State;

namespace {

ftsandbox::SandboxOptions account(int teams)
{
    ftsandbox::SandboxOptions options = fttest::generatedAccount(30, 3, 10, 2);
    options.teams = teams;
    return options;
}

int requests(fttest::TestSandbox &sandbox)
{
    return sandbox.server().stats().value(u"requests_total"_s).toInt();
}

bool waitIdle(TeamDirectory &teams)
{
    return QTest::qWaitFor([&teams] { return !teams.isLoading(); }, 20000);
}

} // namespace

class TestTeamDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryTeam()
    {
        fttest::TestSandbox sandbox(account(6));
        QObject owner;
        TeamDirectory teams;
        teams.setClient(fttest::newClient(sandbox, &owner));
        QCOMPARE(teams.state(), State::NotLoaded);
        QSignalSpy changed(&teams, &TeamDirectory::teamsChanged);
        QSignalSpy loading(&teams, &TeamDirectory::loadingChanged);
        teams.ensureLoaded();
        QVERIFY(teams.isLoading());
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.state(), State::Loaded);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(loading.count(), 2);
        const auto &truth = sandbox.store().teams();
        QCOMPARE(teams.teams().size(), truth.list().size());
        for (qsizetype i = 0; i < truth.list().size(); ++i) {
            const ftmodels::TeamAccess &team = teams.teams().at(i);
            QCOMPARE(team.team.id, truth.list().at(i).id);
            QCOMPARE(team.team.role, truth.list().at(i).role);
            QCOMPARE(team.members.size(), truth.members(team.team.id).size());
            QCOMPARE(team.destinations.size(), truth.groups(team.team.id).size());
            QCOMPARE(team.connections.size(), truth.connections(team.team.id).size());
            for (qsizetype m = 0; m < team.members.size(); ++m)
                QCOMPARE(team.members.at(m).userId, truth.members(team.team.id).at(m).userId);
        }
        QCOMPARE(requests(sandbox), 1 + 3 * int(truth.list().size()));
        // Loaded: asking again costs nothing.
        teams.ensureLoaded();
        QVERIFY(!teams.isLoading());
        QCOMPARE(requests(sandbox), 1 + 3 * int(truth.list().size()));
    }

    void noTeamsIsOneRequest()
    {
        fttest::TestSandbox sandbox(account(0));
        QObject owner;
        TeamDirectory teams;
        teams.setClient(fttest::newClient(sandbox, &owner));
        teams.ensureLoaded();
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.state(), State::Loaded);
        QVERIFY(teams.teams().isEmpty());
        QCOMPARE(requests(sandbox), 1);
    }

    void refusalIsUnreadable_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("404") << int(ftsandbox::TeamsAnswer::NotFound);
        QTest::newRow("403") << int(ftsandbox::TeamsAnswer::Forbidden);
    }

    void refusalIsUnreadable()
    {
        QFETCH(int, answer);
        fttest::TestSandbox sandbox(account(4));
        sandbox.server().setTeamsAnswer(ftsandbox::TeamsAnswer(answer));
        QObject owner;
        TeamDirectory teams;
        teams.setClient(fttest::newClient(sandbox, &owner));
        QSignalSpy failed(&teams, &TeamDirectory::loadFailed);
        teams.ensureLoaded();
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.state(), State::Unreadable);
        QVERIFY(!teams.problem().isEmpty());
        QVERIFY(teams.teams().isEmpty());
        QCOMPARE(failed.count(), 0); // not a failure
        QCOMPARE(requests(sandbox), 1);
        teams.ensureLoaded(); // and not asked again on every look
        QCOMPARE(requests(sandbox), 1);
    }

    void failureIsTriedAgain()
    {
        fttest::TestSandbox sandbox(account(3));
        QObject owner;
        ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
        client->scheduler()->setMaxAttempts(1);
        TeamDirectory teams;
        teams.setClient(client);
        QSignalSpy failed(&teams, &TeamDirectory::loadFailed);
        sandbox.server().setFailRate(1.0);
        teams.ensureLoaded();
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.state(), State::Failed);
        QCOMPARE(failed.count(), 1);
        sandbox.server().setFailRate(0);
        teams.ensureLoaded();
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.state(), State::Loaded);
        QCOMPARE(teams.teams().size(), 3);
    }

    void refreshReadsAgainOnlyWhatWasRead()
    {
        fttest::TestSandbox sandbox(account(2));
        QObject owner;
        TeamDirectory teams;
        teams.setClient(fttest::newClient(sandbox, &owner));
        teams.reloadIfLoaded();
        QCOMPARE(teams.state(), State::NotLoaded);
        QCOMPARE(requests(sandbox), 0);
        teams.ensureLoaded();
        QVERIFY(waitIdle(teams));
        ftsandbox::SandboxTeam extra;
        extra.name = u"Late"_s;
        sandbox.store().addTeam(extra);
        teams.reloadIfLoaded();
        QVERIFY(waitIdle(teams));
        QCOMPARE(teams.teams().size(), 3);
    }

    void cancelStopsTheLoad()
    {
        fttest::TestSandbox sandbox(account(5));
        sandbox.server().setLatencyMs(50);
        QObject owner;
        TeamDirectory teams;
        teams.setClient(fttest::newClient(sandbox, &owner));
        QSignalSpy changed(&teams, &TeamDirectory::teamsChanged);
        teams.ensureLoaded();
        teams.cancel();
        QCOMPARE(teams.state(), State::NotLoaded);
        QTest::qWait(150); // the answer that arrives now is not taken
        QCOMPARE(changed.count(), 0);
        QCOMPARE(teams.state(), State::NotLoaded);
        teams.setTeams(
            { ftmodels::TeamAccess { ftapi::Team { u"t"_s, u"T"_s, {}, {} }, {}, {}, {} } });
        QCOMPARE(teams.state(), State::Loaded);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamDirectory)
#include "tst_teamdirectory.moc"

// The client's team calls against the sandbox: every team and each team's members,
// destination roles and connection roles as the store holds them, under both spellings of
// the connections route and with small pages; refusals (404 NotFound, 403) arrive as errors a
// caller can tell apart; a bad team id never reaches the server.
#include "apitestutil.h"
#include "testsandbox.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using fttest::waitFor;

namespace {

void compareGrants(const QVector<TeamGrant> &grants,
                   const QVector<ftsandbox::SandboxMembership> &truth)
{
    QCOMPARE(grants.size(), truth.size());
    for (qsizetype i = 0; i < grants.size(); ++i) {
        QCOMPARE(grants.at(i).id, truth.at(i).id);
        QCOMPARE(grants.at(i).role, truth.at(i).role);
        QVERIFY(grants.at(i).createdAt.has_value());
        QCOMPARE(formatTimestamp(*grants.at(i).createdAt), truth.at(i).createdAt);
    }
}

} // namespace

class TestApiClientTeams : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    ftsandbox::SandboxStore &store() { return m_sandbox->store(); }

    int requests(const QString &route) const
    {
        return m_sandbox->server().stats().value(u"requests"_s).toObject().value(route).toInt();
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options;
        options.users = 50;
        options.groups = 5;
        options.connections = 25;
        options.teams = 8;
        options.seed = 9;
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_sandbox->server().baseUrl(),
                                               Credentials { options.apiKey, options.apiSecret });
        m_client->scheduler()->setRetryBaseDelay(20);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    void everyTeamAsTheStoreHoldsIt_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("connectors");
        QTest::newRow("connections, limit 1000") << 1000 << false;
        QTest::newRow("connectors, limit 2") << 2 << true;
    }

    void everyTeamAsTheStoreHoldsIt()
    {
        QFETCH(int, limit);
        QFETCH(bool, connectors);
        m_client->setPageLimit(limit);
        if (connectors)
            m_client->setConnectorRoute(ApiClient::ConnectorRoute::Connectors);
        m_sandbox->server().resetStats();

        const auto teams =
            waitFor<QVector<Team>>([&](auto done) { return m_client->listTeams(this, done); });
        FT_VERIFY_OK(teams);
        const auto &truth = store().teams().list();
        QCOMPARE(teams.value().size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const Team &team = teams.value().at(i);
            QCOMPARE(team.id, truth.at(i).id);
            QCOMPARE(team.name, truth.at(i).name);
            QCOMPARE(team.description, truth.at(i).description);
            QCOMPARE(team.role, truth.at(i).role);

            const auto members = waitFor<QVector<TeamMember>>(
                [&](auto done) { return m_client->listTeamUsers(team.id, this, done); });
            FT_VERIFY_OK(members);
            const auto people = store().teams().members(team.id);
            QCOMPARE(members.value().size(), people.size());
            for (qsizetype m = 0; m < people.size(); ++m) {
                QCOMPARE(members.value().at(m).userId, people.at(m).userId);
                QCOMPARE(members.value().at(m).role, people.at(m).role);
            }
            const auto groups = waitFor<QVector<TeamGrant>>(
                [&](auto done) { return m_client->listTeamGroups(team.id, this, done); });
            FT_VERIFY_OK(groups);
            compareGrants(groups.value(), store().teams().groups(team.id));
            const auto connections = waitFor<QVector<TeamGrant>>(
                [&](auto done) { return m_client->listTeamConnections(team.id, this, done); });
            FT_VERIFY_OK(connections);
            compareGrants(connections.value(), store().teams().connections(team.id));
        }
        // Every list paged at `limit`: one request per page, nothing more.
        auto pages = [limit](qsizetype items) {
            return int(qMax<qsizetype>(1, (items + limit - 1) / limit));
        };
        int connectionPages = 0;
        int memberPages = 0;
        for (const auto &team : truth) {
            connectionPages += pages(store().teams().connections(team.id).size());
            memberPages += pages(store().teams().members(team.id).size());
        }
        QCOMPARE(requests(u"GET /teams"_s), pages(truth.size()));
        QCOMPARE(requests(u"GET /teams/{teamId}/users"_s), memberPages);
        QCOMPARE(requests(connectors ? u"GET /teams/{teamId}/connectors"_s
                                     : u"GET /teams/{teamId}/connections"_s),
                 connectionPages);
        QCOMPARE(requests(connectors ? u"GET /teams/{teamId}/connections"_s
                                     : u"GET /teams/{teamId}/connectors"_s),
                 0);
    }

    void refusalsAreErrorsWithTheirStatus_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("404") << int(ftsandbox::TeamsAnswer::NotFound) << 404 << u"NotFound"_s;
        QTest::newRow("403") << int(ftsandbox::TeamsAnswer::Forbidden) << 403 << u"Forbidden"_s;
    }

    void refusalsAreErrorsWithTheirStatus()
    {
        QFETCH(int, answer);
        QFETCH(int, status);
        QFETCH(QString, code);
        m_sandbox->server().setTeamsAnswer(ftsandbox::TeamsAnswer(answer));
        m_sandbox->server().resetStats();
        const auto teams =
            waitFor<QVector<Team>>([&](auto done) { return m_client->listTeams(this, done); });
        QVERIFY(!teams.ok());
        QCOMPARE(teams.error().kind, ApiError::Kind::Http);
        QCOMPARE(teams.error().httpStatus, status);
        QCOMPARE(teams.error().code, code);
        QVERIFY(!teams.error().isRetryable());
        QCOMPARE(requests(u"GET /teams"_s), 1); // asked once, not retried
        // A 404 of a team's connections is not taken for the other spelling's absence.
        QCOMPARE(m_client->connectorRoute(), ApiClient::ConnectorRoute::Connections);
    }

    void unknownTeamAndBadIds()
    {
        const auto unknown = waitFor<QVector<TeamMember>>(
            [&](auto done) { return m_client->listTeamUsers(u"no_such_team"_s, this, done); });
        QCOMPARE(unknown.error().httpStatus, 404);
        QCOMPARE(unknown.error().code, u"NotFound_Team"_s);
        // A team's unknown id keeps the connections spelling (NotFound_Team is not a route 404).
        const auto grants = waitFor<QVector<TeamGrant>>([&](auto done) {
            return m_client->listTeamConnections(u"no_such_team"_s, this, done);
        });
        QCOMPARE(grants.error().code, u"NotFound_Team"_s);
        QCOMPARE(m_client->connectorRoute(), ApiClient::ConnectorRoute::Connections);

        m_sandbox->server().resetStats();
        for (const QString &bad : { QString(), u".."_s }) {
            QCOMPARE(waitFor<QVector<TeamMember>>(
                         [&](auto done) { return m_client->listTeamUsers(bad, this, done); })
                         .error()
                         .kind,
                     ApiError::Kind::InvalidRequest);
            QCOMPARE(waitFor<QVector<TeamGrant>>(
                         [&](auto done) { return m_client->listTeamGroups(bad, this, done); })
                         .error()
                         .kind,
                     ApiError::Kind::InvalidRequest);
            QCOMPARE(waitFor<QVector<TeamGrant>>(
                         [&](auto done) { return m_client->listTeamConnections(bad, this, done); })
                         .error()
                         .kind,
                     ApiError::Kind::InvalidRequest);
        }
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientTeams)
#include "tst_apiclientteams.moc"

// ApiClient against the in-process sandbox over loopback HTTP: every operation and look-up,
// success and each refusal the sandbox knows, paging, connector route spellings.
#include "apiclient.h"
#include "apitestutil.h"
#include "testsandbox.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftapi;
using fttest::waitFor;
using Kind = MembershipKind;

namespace {

const QString kAdmin = u"Account Administrator"_s;

ftsandbox::MembershipKind storeKind(Kind kind)
{
    return kind == Kind::Group ? ftsandbox::MembershipKind::Group
                               : ftsandbox::MembershipKind::Connection;
}

// The API's view of a user must equal the store's record, field by field.
void compareUser(const User &u, const ftsandbox::SandboxUser &s)
{
    QCOMPARE(u.id, s.id);
    QCOMPARE(u.email, s.email);
    QCOMPARE(u.givenName, s.givenName);
    QCOMPARE(u.familyName, s.familyName);
    QCOMPARE(u.phone, s.phone);
    QCOMPARE(u.picture, s.picture);
    QCOMPARE(u.role, s.role);
    QCOMPARE(u.verified, s.verified);
    QCOMPARE(u.invited, s.invited);
    QCOMPARE(u.active, s.active);
    QCOMPARE(formatTimestamp(u.createdAt), s.createdAt);
    QCOMPARE(u.loggedInAt.has_value(), s.loggedInAt.has_value());
    if (u.loggedInAt)
        QCOMPARE(formatTimestamp(*u.loggedInAt), *s.loggedInAt);
    QCOMPARE(u.userType, s.userType);
}

int requestsOf(const QJsonObject &stats, const QString &route)
{
    return stats.value(u"requests"_s).toObject().value(route).toInt();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    void start(const ftsandbox::SandboxOptions &options)
    {
        m_client.reset();
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_sandbox->server().baseUrl(),
                                               Credentials { options.apiKey, options.apiSecret });
        m_client->scheduler()->setRetryBaseDelay(20);
    }

    ftsandbox::SandboxStore &store() { return m_sandbox->store(); }

    // A user who is not the last administrator and has memberships of both kinds.
    ftsandbox::SandboxUser someMember()
    {
        for (const auto &u : store().users()) {
            if (!store().groupMemberships(u.id).isEmpty()
                && !store().connectionMemberships(u.id).isEmpty() && u.role != kAdmin)
                return u;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        ftsandbox::SandboxOptions options;
        options.users = 60;
        options.groups = 5;
        options.connections = 20;
        options.membershipsPerUser = 4;
        options.apiKey = u"key-%1"_s.arg(QRandomGenerator::global()->generate());
        options.apiSecret = u"secret-%1"_s.arg(QRandomGenerator::global()->generate());
        start(options);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    void listUsersMatchesTheStore()
    {
        const auto r =
            waitFor<QVector<User>>([&](auto done) { return m_client->listUsers(this, done); });
        FT_VERIFY_OK(r);
        const auto &truth = store().users();
        QCOMPARE(r.value().size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i)
            compareUser(r.value().at(i), truth.at(i));
    }

    void pagingOverSeveralPages()
    {
        m_client->setPageLimit(7);
        m_sandbox->server().resetStats();
        QVector<int> pageSizes;
        QStringList ids;
        const auto r = waitFor<void>([&](auto done) {
            return m_client->listUsersPaged(
                this,
                [&](const QVector<User> &page) {
                    pageSizes.append(int(page.size()));
                    for (const User &u : page)
                        ids.append(u.id);
                },
                done);
        });
        FT_VERIFY_OK(r);
        const int total = int(store().users().size());
        QCOMPARE(ids.size(), total);
        QCOMPARE(pageSizes.size(), (total + 6) / 7);
        for (qsizetype i = 0; i + 1 < pageSizes.size(); ++i)
            QCOMPARE(pageSizes.at(i), 7);
        for (qsizetype i = 0; i < total; ++i)
            QCOMPARE(ids.at(i), store().users().at(i).id);
        QCOMPARE(requestsOf(m_sandbox->server().stats(), u"GET /users"_s), int(pageSizes.size()));
    }

    void onePageAtATime()
    {
        const auto first = waitFor<Page<User>>(
            [&](auto done) { return m_client->listUsersPage({}, 25, this, done); });
        FT_VERIFY_OK(first);
        QCOMPARE(first.value().items.size(), 25);
        QVERIFY(!first.value().isLast());
        const auto second = waitFor<Page<User>>([&](auto done) {
            return m_client->listUsersPage(first.value().nextCursor, 1000, this, done);
        });
        FT_VERIFY_OK(second);
        QVERIFY(second.value().isLast());
        QCOMPARE(second.value().items.size(), store().users().size() - 25);
        QCOMPARE(second.value().items.first().id, store().users().at(25).id);
    }

    void listing2500UsersCostsThreeRequests()
    {
        ftsandbox::SandboxOptions options;
        options.users = 2500;
        options.groups = 2;
        options.connections = 2;
        options.membershipsPerUser = 0;
        start(options);
        m_sandbox->server().resetStats();
        const auto r =
            waitFor<QVector<User>>([&](auto done) { return m_client->listUsers(this, done); });
        FT_VERIFY_OK(r);
        QCOMPARE(r.value().size(), 2500);
        // Read from the server's own counter, over HTTP.
        const fttest::HttpResult stats =
            fttest::sendRequest(m_sandbox->manager(), "GET", m_sandbox->rootUrl(u"/__stats"_s));
        QCOMPARE(stats.status, 200);
        QCOMPARE(requestsOf(stats.json, u"GET /users"_s), 3);
        QCOMPARE(stats.json.value(u"requests_total"_s).toInt(), 3);
    }

    void getUser()
    {
        const auto truth = store().users().at(3);
        const auto r =
            waitFor<User>([&](auto done) { return m_client->getUser(truth.id, this, done); });
        FT_VERIFY_OK(r);
        compareUser(r.value(), truth);

        const auto missing = waitFor<User>(
            [&](auto done) { return m_client->getUser(u"no_such_user"_s, this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ApiError::Kind::Http);
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().code, u"NotFound_User"_s);
        QVERIFY(missing.error().message.contains(u"no_such_user"_s));
    }

    void createUser()
    {
        NewUser n;
        n.email = u"new.person@example.com"_s;
        n.givenName = u"New"_s;
        n.familyName = u"Person"_s;
        n.role = u"Account Reviewer"_s;
        n.phone = u"+1 555 0100"_s;
        const auto r =
            waitFor<User>([&](auto done) { return m_client->createUser(n, this, done); });
        FT_VERIFY_OK(r);
        const ftsandbox::SandboxUser *stored = store().userByEmail(n.email);
        QVERIFY(stored);
        compareUser(r.value(), *stored);
        QCOMPARE(r.value().role, n.role);
        QCOMPARE(r.value().phone, n.phone);

        // The same email again: refused, nothing added, and the POST went out once.
        const qsizetype before = store().users().size();
        m_sandbox->server().resetStats();
        const auto again =
            waitFor<User>([&](auto done) { return m_client->createUser(n, this, done); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().httpStatus, 409);
        QVERIFY(!again.error().message.isEmpty());
        QCOMPARE(store().users().size(), before);
        QCOMPARE(requestsOf(m_sandbox->server().stats(), u"POST /users"_s), 1);
    }

    void createUserRefusals_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("role");
        QTest::newRow("bad email") << u"not-an-email"_s << u"A"_s << u"B"_s << QString();
        QTest::newRow("no given name") << u"a1@example.com"_s << QString() << u"B"_s << QString();
        QTest::newRow("no family name") << u"a2@example.com"_s << u"A"_s << QString() << QString();
        QTest::newRow("unknown role") << u"a3@example.com"_s << u"A"_s << u"B"_s << u"Wizard"_s;
        QTest::newRow("role of another scope")
            << u"a4@example.com"_s << u"A"_s << u"B"_s << u"Manage Destination"_s;
    }

    void createUserRefusals()
    {
        QFETCH(QString, email);
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, role);
        NewUser n;
        n.email = email;
        n.givenName = given;
        n.familyName = family;
        if (!role.isEmpty())
            n.role = role;
        const qsizetype before = store().users().size();
        const auto r =
            waitFor<User>([&](auto done) { return m_client->createUser(n, this, done); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind == ApiError::Kind::Http, qPrintable(r.error().toString()));
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(!r.error().code.isEmpty());
        QVERIFY(!r.error().userText().isEmpty());
        QCOMPARE(store().users().size(), before);
    }

    void modifyUser()
    {
        const auto target = someMember();
        QVERIFY(!target.id.isEmpty());
        { // give a phone first, so clearing it is visible
            UserUpdate u;
            u.setPhone(u"+44 20 7946 0000"_s);
            const auto r = waitFor<User>(
                [&](auto done) { return m_client->modifyUser(target.id, u, this, done); });
            FT_VERIFY_OK(r);
            QCOMPARE(store().user(target.id)->phone, std::optional<QString>(u"+44 20 7946 0000"_s));
        }
        UserUpdate u;
        u.givenName = u"Renamed"_s;
        u.clearPhone();
        const auto r = waitFor<User>(
            [&](auto done) { return m_client->modifyUser(target.id, u, this, done); });
        FT_VERIFY_OK(r);
        const ftsandbox::SandboxUser *stored = store().user(target.id);
        QCOMPARE(stored->givenName, u"Renamed"_s);
        QCOMPARE(stored->familyName, target.familyName); // untouched
        QVERIFY(!stored->phone.has_value());
        compareUser(r.value(), *stored);

        UserUpdate badRole;
        badRole.role = u"No Such Role"_s;
        const auto refused = waitFor<User>(
            [&](auto done) { return m_client->modifyUser(target.id, badRole, this, done); });
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(store().user(target.id)->role, target.role);

        const auto missing = waitFor<User>(
            [&](auto done) { return m_client->modifyUser(u"ghost_user"_s, u, this, done); });
        QCOMPARE(missing.error().httpStatus, 404);
    }

    void deleteUserAndRemoveAccountRole()
    {
        const auto target = someMember();
        const auto removed = waitFor<void>(
            [&](auto done) { return m_client->removeAccountRole(target.id, this, done); });
        FT_VERIFY_OK(removed);
        QVERIFY(store().user(target.id)); // stays in the account
        QVERIFY(!store().user(target.id)->role.has_value());

        const auto deleted =
            waitFor<void>([&](auto done) { return m_client->deleteUser(target.id, this, done); });
        FT_VERIFY_OK(deleted);
        QVERIFY(!store().user(target.id));

        const auto again =
            waitFor<void>([&](auto done) { return m_client->deleteUser(target.id, this, done); });
        QCOMPARE(again.error().httpStatus, 404);
        QCOMPARE(again.error().code, u"NotFound_User"_s);
        const auto roleAgain = waitFor<void>(
            [&](auto done) { return m_client->removeAccountRole(target.id, this, done); });
        QCOMPARE(roleAgain.error().httpStatus, 404);
    }

    void lastAdministratorIsProtected()
    {
        // Leave exactly one administrator.
        QStringList admins;
        for (const auto &u : store().users()) {
            if (u.role == kAdmin)
                admins.append(u.id);
        }
        QVERIFY(!admins.isEmpty());
        for (qsizetype i = 1; i < admins.size(); ++i) {
            const auto r = waitFor<void>(
                [&](auto done) { return m_client->deleteUser(admins.at(i), this, done); });
            FT_VERIFY_OK(r);
        }
        QCOMPARE(store().accountAdministratorCount(), 1);
        const QString last = admins.first();
        const auto del =
            waitFor<void>([&](auto done) { return m_client->deleteUser(last, this, done); });
        QVERIFY(!del.ok());
        QCOMPARE(del.error().kind, ApiError::Kind::Http);
        QVERIFY(del.error().httpStatus >= 400 && del.error().httpStatus < 500);
        QVERIFY(!del.error().message.isEmpty());
        const auto role =
            waitFor<void>([&](auto done) { return m_client->removeAccountRole(last, this, done); });
        QVERIFY(!role.ok());
        QVERIFY(role.error().httpStatus >= 400 && role.error().httpStatus < 500);
        UserUpdate demote;
        demote.role = u"Account Reviewer"_s;
        const auto patch = waitFor<User>(
            [&](auto done) { return m_client->modifyUser(last, demote, this, done); });
        QVERIFY(!patch.ok());
        QVERIFY(store().user(last));
        QCOMPARE(store().user(last)->role, std::optional<QString>(kAdmin));
    }

    void memberships_data()
    {
        QTest::addColumn<int>("kind_");
        QTest::newRow("group") << int(Kind::Group);
        QTest::newRow("connection") << int(Kind::Connection);
    }

    void memberships()
    {
        QFETCH(int, kind_);
        const Kind kind = static_cast<Kind>(kind_);
        const auto user = someMember();
        const auto truth = store().memberships(storeKind(kind), user.id);
        const auto list = waitFor<QVector<Membership>>(
            [&](auto done) { return m_client->listMemberships(kind, user.id, this, done); });
        FT_VERIFY_OK(list);
        QCOMPARE(list.value().size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(list.value().at(i).id, truth.at(i).id);
            QCOMPARE(list.value().at(i).role, truth.at(i).role);
            QCOMPARE(formatTimestamp(*list.value().at(i).createdAt), truth.at(i).createdAt);
        }

        // get one
        const auto one = waitFor<Membership>([&](auto done) {
            return m_client->getMembership(kind, user.id, truth.first().id, this, done);
        });
        FT_VERIFY_OK(one);
        QCOMPARE(one.value().role, truth.first().role);

        // targets the user is not in yet
        QStringList candidates;
        if (kind == Kind::Group) {
            for (const auto &g : store().groups())
                candidates.append(g.id);
        } else {
            for (const auto &c : store().connections())
                candidates.append(c.id);
        }
        for (const auto &m : truth)
            candidates.removeAll(m.id);
        QVERIFY(candidates.size() >= 2);
        const QString target = candidates.at(0);
        const QString viewRole = kind == Kind::Group ? u"View Destination"_s : u"View Connection"_s;
        const QString editRole = kind == Kind::Group ? u"Edit Destination"_s : u"Edit Connection"_s;
        const auto added = waitFor<Membership>([&](auto done) {
            return m_client->addMembership(kind, user.id, target, viewRole, this, done);
        });
        FT_VERIFY_OK(added);
        QCOMPARE(added.value().id, target);
        QCOMPARE(added.value().role, viewRole);
        ftsandbox::SandboxMembership stored;
        QVERIFY(!store().findMembership(storeKind(kind), user.id, target, &stored).isError());
        QCOMPARE(stored.role, viewRole);

        // duplicate: 409
        const auto duplicate = waitFor<Membership>([&](auto done) {
            return m_client->addMembership(kind, user.id, target, viewRole, this, done);
        });
        QCOMPARE(duplicate.error().httpStatus, 409);

        // a role of the wrong scope, an unknown target: refused, nothing stored
        const auto wrongScope = waitFor<Membership>([&](auto done) {
            return m_client->addMembership(kind, user.id, candidates.at(1), kAdmin, this, done);
        });
        QCOMPARE(wrongScope.error().httpStatus, 400);
        QVERIFY(
            store().findMembership(storeKind(kind), user.id, candidates.at(1), &stored).isError());
        const auto unknownTarget = waitFor<Membership>([&](auto done) {
            return m_client->addMembership(kind, user.id, u"nowhere_target"_s, viewRole, this,
                                           done);
        });
        QCOMPARE(unknownTarget.error().httpStatus, 404);
        QVERIFY(unknownTarget.error().code.startsWith(u"NotFound_"_s));

        // update, then delete
        const auto updated = waitFor<void>([&](auto done) {
            return m_client->updateMembership(kind, user.id, target, editRole, this, done);
        });
        FT_VERIFY_OK(updated);
        QVERIFY(!store().findMembership(storeKind(kind), user.id, target, &stored).isError());
        QCOMPARE(stored.role, editRole);
        const auto badUpdate = waitFor<void>([&](auto done) {
            return m_client->updateMembership(kind, user.id, target, u"Wizard"_s, this, done);
        });
        QCOMPARE(badUpdate.error().httpStatus, 400);

        const auto deleted = waitFor<void>([&](auto done) {
            return m_client->deleteMembership(kind, user.id, target, this, done);
        });
        FT_VERIFY_OK(deleted);
        QVERIFY(store().findMembership(storeKind(kind), user.id, target, &stored).isError());

        // gone: get, update and delete answer 404
        const auto gone = waitFor<Membership>(
            [&](auto done) { return m_client->getMembership(kind, user.id, target, this, done); });
        QCOMPARE(gone.error().httpStatus, 404);
        const auto goneUpdate = waitFor<void>([&](auto done) {
            return m_client->updateMembership(kind, user.id, target, viewRole, this, done);
        });
        QCOMPARE(goneUpdate.error().httpStatus, 404);
        const auto goneDelete = waitFor<void>([&](auto done) {
            return m_client->deleteMembership(kind, user.id, target, this, done);
        });
        QCOMPARE(goneDelete.error().httpStatus, 404);
        const auto noUser = waitFor<QVector<Membership>>([&](auto done) {
            return m_client->listMemberships(kind, u"ghost_user"_s, this, done);
        });
        QCOMPARE(noUser.error().code, u"NotFound_User"_s);
    }

    void lookUps()
    {
        const auto roles =
            waitFor<QVector<Role>>([&](auto done) { return m_client->listRoles(this, done); });
        FT_VERIFY_OK(roles);
        QCOMPARE(roles.value().size(), store().roles().size());
        for (qsizetype i = 0; i < roles.value().size(); ++i) {
            const Role &r = roles.value().at(i);
            const auto &s = store().roles().at(i);
            QCOMPARE(r.name, s.name);
            QCOMPARE(r.description, s.description);
            QCOMPARE(r.scope, s.scope);
            QCOMPARE(r.isCustom, s.isCustom);
            QCOMPARE(r.isDeprecated, s.isDeprecated);
            QCOMPARE(r.replacementRoleName.value_or(QString()), s.replacementRoleName);
        }

        const auto groups =
            waitFor<QVector<Group>>([&](auto done) { return m_client->listGroups(this, done); });
        FT_VERIFY_OK(groups);
        QCOMPARE(groups.value().size(), store().groups().size());
        int connectionsSeen = 0;
        for (qsizetype i = 0; i < groups.value().size(); ++i) {
            const Group &g = groups.value().at(i);
            QCOMPARE(g.id, store().groups().at(i).id);
            QCOMPARE(g.name, store().groups().at(i).name);
            const auto connections = waitFor<QVector<Connection>>(
                [&](auto done) { return m_client->listGroupConnections(g.id, this, done); });
            FT_VERIFY_OK(connections);
            const auto truth = store().connectionsOfGroup(g.id);
            QCOMPARE(connections.value().size(), truth.size());
            for (qsizetype j = 0; j < truth.size(); ++j) {
                const Connection &c = connections.value().at(j);
                QCOMPARE(c.id, truth.at(j).id);
                QCOMPARE(c.schema, truth.at(j).schema);
                QCOMPARE(c.service, truth.at(j).service);
                QCOMPARE(c.groupId, g.id);
                QCOMPARE(c.paused, truth.at(j).paused);
            }
            connectionsSeen += int(truth.size());
        }
        QCOMPARE(connectionsSeen, int(store().connections().size()));

        const auto unknown = waitFor<QVector<Connection>>(
            [&](auto done) { return m_client->listGroupConnections(u"no_group"_s, this, done); });
        QCOMPARE(unknown.error().httpStatus, 404);
        QCOMPARE(unknown.error().code, u"NotFound_Group"_s);
    }

    void connectorsSpelling()
    {
        const auto user = someMember();
        m_sandbox->server().resetStats();
        const auto newer = waitFor<QVector<Membership>>([&](auto done) {
            return m_client->listMemberships(Kind::Connection, user.id, this, done);
        });
        FT_VERIFY_OK(newer);
        m_client->setConnectorRoute(ApiClient::ConnectorRoute::Connectors);
        const auto older = waitFor<QVector<Membership>>([&](auto done) {
            return m_client->listMemberships(Kind::Connection, user.id, this, done);
        });
        FT_VERIFY_OK(older);
        QCOMPARE(older.value(), newer.value());
        const QJsonObject stats = m_sandbox->server().stats();
        QCOMPARE(requestsOf(stats, u"GET /users/{id}/connections"_s), 1);
        QCOMPARE(requestsOf(stats, u"GET /users/{id}/connectors"_s), 1);
    }

    void wrongCredentials()
    {
        m_client->setCredentials(Credentials { u"wrong"_s, u"secret"_s });
        const auto r =
            waitFor<QVector<User>>([&](auto done) { return m_client->listUsers(this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(!r.error().isRetryable());
    }

    void localRefusalsNeverReachTheServer()
    {
        m_sandbox->server().resetStats();
        const auto empty =
            waitFor<User>([&](auto done) { return m_client->getUser({}, this, done); });
        QCOMPARE(empty.error().kind, ApiError::Kind::InvalidRequest);
        const auto dots =
            waitFor<void>([&](auto done) { return m_client->deleteUser(u".."_s, this, done); });
        QCOMPARE(dots.error().kind, ApiError::Kind::InvalidRequest);
        const auto noTarget = waitFor<void>([&](auto done) {
            return m_client->deleteMembership(Kind::Group, u"someone"_s, {}, this, done);
        });
        QCOMPARE(noTarget.error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_sandbox->server().stats().value(u"requests_total"_s).toInt(), 0);
    }

    void idsAreOneSegment()
    {
        // "a/b" must not become /users/a/b: the sandbox sees an unknown user, not a route.
        const auto r =
            waitFor<User>([&](auto done) { return m_client->getUser(u"x/groups"_s, this, done); });
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().code, u"NotFound_User"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

// The sandbox's look-ups (roles, groups, a group's connections) and what every route shares:
// Basic auth, the envelope, limit and cursor checks, unknown routes and methods, /v1 and root
// prefixes, timestamps, and the /__stats counters.

#include "testsandbox.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using fttest::HttpResult;
using fttest::TestSandbox;

namespace {

ftsandbox::SandboxOptions account()
{
    ftsandbox::SandboxOptions options;
    options.users = 60;
    options.groups = 7;
    options.connections = 40;
    options.seed = 3;
    return options;
}

bool isTimestamp(const QJsonValue &value)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return iso.match(value.toString()).hasMatch();
}

} // namespace

class TestSandboxLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesMatchStoreWithScopes();
    void rolesPageLikeEveryList();
    void groupsMatchStore();
    void groupConnectionsUnderBothSpellings();
    void unknownGroupIsNotFound();
    void limitChecks_data();
    void limitChecks();
    void garbageCursorsAreRefused_data();
    void garbageCursorsAreRefused();
    void authentication_data();
    void authentication();
    void unknownRouteAndWrongMethod();
    void rootAndV1PrefixesBothServe();
    void timestampsHaveMillisecondsAndZ();
    void statsCountRoutesByPattern();
    void hostileInputNeverCrashes();
};

void TestSandboxLookups::rolesMatchStoreWithScopes()
{
    TestSandbox sandbox;
    const HttpResult result = sandbox.get(u"/roles"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray items = result.items();
    const auto &roles = sandbox.store().roles();
    QCOMPARE(items.size(), roles.size());
    int deprecated = 0;
    int custom = 0;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject role = items.at(i).toObject();
        QCOMPARE(role.value(u"name"_s).toString(), roles.at(i).name);
        QCOMPARE(role.value(u"description"_s).toString(), roles.at(i).description);
        QStringList scope;
        for (const QJsonValue &s : role.value(u"scope"_s).toArray())
            scope.append(s.toString());
        QCOMPARE(scope, roles.at(i).scope);
        QCOMPARE(role.value(u"is_custom"_s).toBool(), roles.at(i).isCustom);
        QCOMPARE(role.value(u"is_deprecated"_s).toBool(), roles.at(i).isDeprecated);
        if (role.value(u"is_deprecated"_s).toBool()) {
            ++deprecated;
            // A replacement names a role that exists and is not deprecated itself.
            const QString replacement = role.value(u"replacement_role_name"_s).toString();
            const ftsandbox::SandboxRole *target = sandbox.store().role(replacement);
            QVERIFY2(target, qPrintable(replacement));
            QVERIFY(!target->isDeprecated);
        } else {
            QVERIFY(role.value(u"replacement_role_name"_s).isNull());
        }
        custom += role.value(u"is_custom"_s).toBool() ? 1 : 0;
    }
    QVERIFY(deprecated >= 6);
    QVERIFY(custom >= 1);
    // The names API.md lists are all there, with the scope it gives them.
    const QPair<QString, QString> documented[] = {
        { u"Account Administrator"_s, u"ACCOUNT"_s }, { u"Account Billing"_s, u"ACCOUNT"_s },
        { u"Account Analyst"_s, u"ACCOUNT"_s },       { u"Account Reviewer"_s, u"ACCOUNT"_s },
        { u"Destination Creator"_s, u"ACCOUNT"_s },   { u"Manage Destination"_s, u"DESTINATION"_s },
        { u"Edit Destination"_s, u"DESTINATION"_s },  { u"View Destination"_s, u"DESTINATION"_s },
        { u"Create Connection"_s, u"DESTINATION"_s }, { u"Manage Connection"_s, u"CONNECTOR"_s },
        { u"Edit Connection"_s, u"CONNECTOR"_s },     { u"View Connection"_s, u"CONNECTOR"_s },
    };
    for (const auto &[name, scope] : documented) {
        const ftsandbox::SandboxRole *role = sandbox.store().role(name);
        QVERIFY2(role && role->scope.contains(scope), qPrintable(name));
    }
}

void TestSandboxLookups::rolesPageLikeEveryList()
{
    TestSandbox sandbox;
    int pages = 0;
    const QJsonArray all = sandbox.getAll(u"/roles"_s, 4, &pages);
    QCOMPARE(all.size(), sandbox.store().roles().size());
    QCOMPARE(pages, int((sandbox.store().roles().size() + 3) / 4));
    QCOMPARE(all, sandbox.get(u"/roles?limit=1000"_s).items());
}

void TestSandboxLookups::groupsMatchStore()
{
    TestSandbox sandbox(account());
    int pages = 0;
    const QJsonArray all = sandbox.getAll(u"/groups"_s, 3, &pages);
    QCOMPARE(pages, 3);
    const auto &groups = sandbox.store().groups();
    QCOMPARE(all.size(), groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject group = all.at(i).toObject();
        QCOMPARE(group.value(u"id"_s).toString(), groups.at(i).id);
        QCOMPARE(group.value(u"name"_s).toString(), groups.at(i).name);
        QCOMPARE(group.value(u"created_at"_s).toString(), groups.at(i).createdAt);
    }
}

void TestSandboxLookups::groupConnectionsUnderBothSpellings()
{
    TestSandbox sandbox(account());
    qsizetype total = 0;
    for (const auto &group : sandbox.store().groups()) {
        const auto truth = sandbox.store().connectionsOfGroup(group.id);
        const QJsonArray connectors = sandbox.getAll(u"/groups/%1/connectors"_s.arg(group.id), 2);
        const QJsonArray connections =
            sandbox.getAll(u"/groups/%1/connections"_s.arg(group.id), 1000);
        QCOMPARE(connectors, connections);
        QCOMPARE(connectors.size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const QJsonObject c = connectors.at(i).toObject();
            QCOMPARE(c.value(u"id"_s).toString(), truth.at(i).id);
            QCOMPARE(c.value(u"group_id"_s).toString(), group.id);
            QCOMPARE(c.value(u"service"_s).toString(), truth.at(i).service);
            QCOMPARE(c.value(u"schema"_s).toString(), truth.at(i).schema);
            QCOMPARE(c.value(u"paused"_s).toBool(), truth.at(i).paused);
        }
        total += truth.size();
    }
    QCOMPARE(total, sandbox.store().connections().size());
}

void TestSandboxLookups::unknownGroupIsNotFound()
{
    TestSandbox sandbox;
    for (const QString &spelling : { u"connectors"_s, u"connections"_s }) {
        const HttpResult result = sandbox.get(u"/groups/no_group/"_s + spelling);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.code(), u"NotFound_Group"_s);
        QVERIFY(result.message().contains(u"no_group"_s));
    }
}

void TestSandboxLookups::limitChecks_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("1") << u"1"_s << 200 << 1;
    QTest::newRow("1000") << u"1000"_s << 200 << 60;
    QTest::newRow("leading zero") << u"007"_s << 200 << 7;
    QTest::newRow("0") << u"0"_s << 400 << 0;
    QTest::newRow("1001") << u"1001"_s << 400 << 0;
    QTest::newRow("negative") << u"-5"_s << 400 << 0;
    QTest::newRow("text") << u"ten"_s << 400 << 0;
    QTest::newRow("fraction") << u"2.5"_s << 400 << 0;
    QTest::newRow("exponent") << u"1e3"_s << 400 << 0;
    QTest::newRow("empty") << QString() << 400 << 0;
    QTest::newRow("huge") << u"99999999999999999999"_s << 400 << 0;
}

void TestSandboxLookups::limitChecks()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(int, count);
    TestSandbox sandbox(account());
    const HttpResult result = sandbox.get(u"/users?limit="_s + limit);
    QCOMPARE(result.status, status);
    if (status == 200) {
        QCOMPARE(result.items().size(), count);
    } else {
        QCOMPARE(result.code(), u"InvalidInput"_s);
        QVERIFY(result.message().contains(u"limit"_s));
    }
}

void TestSandboxLookups::garbageCursorsAreRefused_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("not base64") << u"%%%not-a-cursor!!"_s;
    QTest::newRow("base64 of text") << QString::fromLatin1(QByteArray("hello").toBase64());
    QTest::newRow("base64 of empty object") << QString::fromLatin1(QByteArray("{}").toBase64());
    QTest::newRow("negative position")
        << QString::fromLatin1(QByteArray(R"({"after":-4,"list":"users"})").toBase64());
    QTest::newRow("position as text")
        << QString::fromLatin1(QByteArray(R"({"after":"x","list":"users"})").toBase64());
    QTest::newRow("another list's cursor")
        << QString::fromLatin1(QByteArray(R"({"after":1,"list":"groups"})").toBase64());
    QTest::newRow("very long") << QString(10000, u'A');
}

void TestSandboxLookups::garbageCursorsAreRefused()
{
    QFETCH(QString, cursor);
    TestSandbox sandbox(account());
    const HttpResult result =
        sandbox.get(u"/users?cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"InvalidInput"_s);
    QVERIFY(result.message().contains(u"cursor"_s));
}

void TestSandboxLookups::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("right") << fttest::basicAuthorization(u"sandbox-key"_s, u"sandbox-secret"_s)
                           << 200;
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong secret") << fttest::basicAuthorization(u"sandbox-key"_s, u"nope"_s) << 401;
    QTest::newRow("wrong key") << fttest::basicAuthorization(u"other"_s, u"sandbox-secret"_s)
                               << 401;
    QTest::newRow("no colon") << "Basic " + QByteArray("sandbox-key").toBase64() << 401;
    QTest::newRow("not base64") << QByteArray("Basic ***") << 401;
    QTest::newRow("bearer") << QByteArray("Bearer sandbox-key") << 401;
    QTest::newRow("lower-case scheme")
        << "basic " + QByteArray("sandbox-key:sandbox-secret").toBase64() << 200;
}

void TestSandboxLookups::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    TestSandbox sandbox;
    for (const QString &path : { u"/users"_s, u"/roles"_s, u"/no/such/route"_s }) {
        const HttpResult result =
            fttest::sendRequest(sandbox.manager(), "GET", sandbox.url(path), {}, authorization);
        if (status == 401) {
            QCOMPARE(result.status, 401);
            QCOMPARE(result.code(), u"Unauthorized"_s);
            QVERIFY(!result.message().isEmpty());
            QVERIFY(result.header("WWW-Authenticate").startsWith("Basic"));
        } else {
            QCOMPARE(result.status, path.startsWith(u"/no"_s) ? 404 : 200);
        }
    }
    // A key changed at startup is the one that counts.
    ftsandbox::SandboxOptions options;
    options.apiKey = u"k2"_s;
    options.apiSecret = u"s2"_s;
    TestSandbox other(options);
    QCOMPARE(fttest::sendRequest(other.manager(), "GET", other.url(u"/users"_s), {}, authorization)
                 .status,
             401);
    QCOMPARE(other.get(u"/users"_s).status, 200);
}

void TestSandboxLookups::unknownRouteAndWrongMethod()
{
    TestSandbox sandbox;
    const HttpResult unknown = sandbox.get(u"/destinations"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"NotFound"_s);
    const HttpResult deep = sandbox.get(u"/users/a/groups/b/c"_s);
    QCOMPARE(deep.status, 404);

    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray allowed;
    };
    const QString user = sandbox.store().users().constFirst().id;
    const Case cases[] = {
        { "PUT", u"/users"_s, "GET, POST" },
        { "DELETE", u"/roles"_s, "GET" },
        { "POST", u"/users/%1/role"_s.arg(user), "DELETE" },
        { "POST", u"/users/%1"_s.arg(user), "GET, PATCH, DELETE" },
        { "PATCH", u"/groups"_s, "GET" },
    };
    for (const Case &c : cases) {
        const HttpResult result = sandbox.request(c.method, c.path, QByteArray("{}"));
        QCOMPARE(result.status, 405);
        QCOMPARE(result.code(), u"MethodNotAllowed"_s);
        QCOMPARE(result.header("Allow"), c.allowed);
    }
    QVERIFY(sandbox.store().user(user)); // nothing happened to the user

    // HEAD gets headers only: the kept-alive connection then serves the next request intact.
    QNetworkAccessManager manager;
    QNetworkRequest head(sandbox.url(u"/users"_s));
    head.setRawHeader("Authorization", sandbox.authorization());
    QNetworkReply *reply = manager.head(head);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    reply->deleteLater();
    sandbox.server().resetStats();
    const HttpResult next =
        fttest::sendRequest(manager, "GET", sandbox.url(u"/roles"_s), {}, sandbox.authorization());
    QCOMPARE(next.status, 200);
    QCOMPARE(next.items().size(), sandbox.store().roles().size());
    QCOMPARE(sandbox.server().stats().value(u"connections_opened"_s).toInt(), 0);
}

void TestSandboxLookups::rootAndV1PrefixesBothServe()
{
    TestSandbox sandbox;
    const HttpResult v1 = sandbox.get(u"/users"_s);
    const HttpResult root = fttest::sendRequest(
        sandbox.manager(), "GET", sandbox.rootUrl(u"/users"_s), {}, sandbox.authorization());
    QCOMPARE(v1.status, 200);
    QCOMPARE(root.status, 200);
    QCOMPARE(root.items(), v1.items());
    QCOMPARE(sandbox.get(u"/users/"_s).items(), v1.items()); // a trailing slash is tolerated
    QCOMPARE(sandbox.server().baseUrl().toString(),
             u"http://127.0.0.1:%1/v1"_s.arg(sandbox.server().port()));
}

void TestSandboxLookups::timestampsHaveMillisecondsAndZ()
{
    TestSandbox sandbox(account());
    const HttpResult users = sandbox.get(u"/users?limit=1000"_s);
    int loggedIn = 0;
    for (const QJsonValue &value : users.items()) {
        const QJsonObject user = value.toObject();
        QVERIFY2(isTimestamp(user.value(u"created_at"_s)),
                 qPrintable(user.value(u"created_at"_s).toString()));
        if (!user.value(u"logged_in_at"_s).isNull()) {
            QVERIFY(isTimestamp(user.value(u"logged_in_at"_s)));
            ++loggedIn;
        }
        const QString id = user.value(u"id"_s).toString();
        for (const QString &kind : { u"groups"_s, u"connections"_s }) {
            for (const QJsonValue &m : sandbox.get(u"/users/%1/%2"_s.arg(id, kind)).items())
                QVERIFY(isTimestamp(m.toObject().value(u"created_at"_s)));
        }
    }
    QVERIFY(loggedIn > 0);
    for (const QJsonValue &group : sandbox.get(u"/groups"_s).items())
        QVERIFY(isTimestamp(group.toObject().value(u"created_at"_s)));
    const HttpResult invited = sandbox.request("POST", u"/users"_s,
                                               QJsonObject { { u"email"_s, u"t@example.com"_s },
                                                             { u"given_name"_s, u"T"_s },
                                                             { u"family_name"_s, u"S"_s } });
    QVERIFY(isTimestamp(invited.dataObject().value(u"created_at"_s)));
}

void TestSandboxLookups::statsCountRoutesByPattern()
{
    TestSandbox sandbox;
    // Existing memberships, so that every one of these reads succeeds.
    QString user, group, connectionUser, connection;
    for (const auto &u : sandbox.store().users()) {
        const auto groups = sandbox.store().groupMemberships(u.id);
        if (group.isEmpty() && !groups.isEmpty())
            std::tie(user, group) = std::make_pair(u.id, groups.constFirst().id);
        for (const auto &m : sandbox.store().connectionMemberships(u.id)) {
            if (connection.isEmpty() && sandbox.store().connection(m.id))
                std::tie(connectionUser, connection) = std::make_pair(u.id, m.id);
        }
    }
    QVERIFY(!group.isEmpty() && !connection.isEmpty());
    QCOMPARE(sandbox.get(u"/users"_s).status, 200);
    QCOMPARE(sandbox.get(u"/users?limit=2"_s).status, 200);
    QCOMPARE(sandbox.get(u"/users/"_s + user).status, 200);
    QCOMPARE(sandbox.get(u"/users/%1/groups/%2"_s.arg(user, group)).status, 200);
    QCOMPARE(sandbox.get(u"/users/%1/connectors/%2"_s.arg(connectionUser, connection)).status, 200);
    QCOMPARE(sandbox.get(u"/users/%1/connections/%2"_s.arg(connectionUser, connection)).status,
             200);
    QCOMPARE(sandbox.get(u"/groups/%1/connectors"_s.arg(group)).status, 200);
    fttest::sendRequest(sandbox.manager(), "GET", sandbox.url(u"/roles"_s)); // 401
    sandbox.request("DELETE", u"/roles"_s); // 405
    sandbox.get(u"/nowhere"_s); // 404

    const HttpResult stats = fttest::sendRequest(sandbox.manager(), "GET",
                                                 sandbox.rootUrl(u"/__stats"_s)); // no auth
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json, sandbox.server().stats());
    const QJsonObject requests = stats.json.value(u"requests"_s).toObject();
    QCOMPARE(stats.json.value(u"requests_total"_s).toInt(), 10);
    QCOMPARE(requests.value(u"GET /users"_s).toInt(), 2);
    QCOMPARE(requests.value(u"GET /users/{id}"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /users/{id}/groups/{groupId}"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /users/{id}/connectors/{connectionId}"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /users/{id}/connections/{connectionId}"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /groups/{groupId}/connectors"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET /roles"_s).toInt(), 1);
    QCOMPARE(requests.value(u"DELETE /roles"_s).toInt(), 1);
    QCOMPARE(requests.value(u"GET (unknown)"_s).toInt(), 1);
    const QJsonObject status = stats.json.value(u"status"_s).toObject();
    QCOMPARE(status.value(u"200"_s).toInt(), 7);
    QCOMPARE(status.value(u"401"_s).toInt(), 1);
    QCOMPARE(status.value(u"404"_s).toInt(), 1);
    QCOMPARE(status.value(u"405"_s).toInt(), 1);
    QCOMPARE(stats.json.value(u"responses_429"_s).toInt(), 0);
    QCOMPARE(stats.json.value(u"in_flight"_s).toInt(), 0);
    QVERIFY(stats.json.value(u"peak_in_flight"_s).toInt() >= 1);

    sandbox.server().resetStats();
    QCOMPARE(sandbox.server().stats().value(u"requests_total"_s).toInt(), 0);
    QVERIFY(sandbox.server().stats().value(u"requests"_s).toObject().isEmpty());
    QCOMPARE(
        fttest::sendRequest(sandbox.manager(), "POST", sandbox.rootUrl(u"/__stats"_s), "{}").status,
        405);
}

void TestSandboxLookups::hostileInputNeverCrashes()
{
    TestSandbox sandbox;
    const QString user = sandbox.store().users().constFirst().id;
    const QByteArray bodies[] = {
        QByteArray(100000, '['),
        QByteArray("{\"email\": \"") + QByteArray(2 * 1024 * 1024, 'a') + "\"}",
        QByteArray("\x00\x01\x02\xff", 4),
        QByteArray("{\"given_name\": 1e999}"),
        QByteArray("null"),
    };
    for (const QByteArray &body : bodies) {
        QCOMPARE(sandbox.request("POST", u"/users"_s, body).status, 400);
        QCOMPARE(sandbox.request("PATCH", u"/users/"_s + user, body).status, 400);
    }
    const HttpResult longId = sandbox.get(u"/users/"_s + QString(5000, u'z'));
    QCOMPARE(longId.status, 400);
    const HttpResult encoded = sandbox.get(u"/users/%2e%2e%2f%00"_s);
    QCOMPARE(encoded.status, 404);
    QCOMPARE(sandbox.get(u"/users"_s).status, 200); // still serving
}

QTEST_GUILESS_MAIN(TestSandboxLookups)
#include "tst_sandboxlookups.moc"

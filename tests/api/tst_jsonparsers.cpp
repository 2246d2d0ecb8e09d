// Pure parser tests: hostile JSON goes straight in, no network.
#include "jsonparsers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftapi;

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", text);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

const char *kSampleUser = R"({"id":"nozzle_eat","email":"john@mycompany.com",
 "given_name":"John","family_name":"White","verified":true,"invited":false,"picture":null,
 "phone":null,"role":"Account Administrator","logged_in_at":"2019-01-03T08:44:45.369Z",
 "created_at":"2018-01-15T11:00:27.329220Z","active":true})";

} // namespace

class TestJsonParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userFromApiSample()
    {
        const ApiResult<User> r = parseUser(json(kSampleUser));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const User &u = r.value();
        QCOMPARE(u.id, u"nozzle_eat"_s);
        QCOMPARE(u.email, u"john@mycompany.com"_s);
        QCOMPARE(u.givenName, u"John"_s);
        QCOMPARE(u.familyName, u"White"_s);
        QCOMPARE(u.fullName(), u"John White"_s);
        QVERIFY(u.verified);
        QVERIFY(!u.invited);
        QVERIFY(u.active);
        QVERIFY(!u.phone.has_value());
        QVERIFY(!u.picture.has_value());
        QCOMPARE(u.role, std::optional<QString>(u"Account Administrator"_s));
        QVERIFY(u.loggedInAt.has_value());
        QCOMPARE(*u.loggedInAt, QDateTime(QDate(2019, 1, 3), QTime(8, 44, 45, 369), Qt::UTC));
        QCOMPARE(u.createdAt, QDateTime(QDate(2018, 1, 15), QTime(11, 0, 27, 329), Qt::UTC));
        QVERIFY(u.userType.isEmpty());
    }

    void userNullableAndNewFields()
    {
        const ApiResult<User> r = parseUser(json(R"({"id":"a","email":"a@b.co","role":null,
            "logged_in_at":null,"phone":"+1 555","picture":"data:image/png;base64,AAAA",
            "user_type":"SERVICE_ACCOUNT","something_new":{"x":[1,2]}})"));
        QVERIFY(r.ok());
        QVERIFY(!r.value().role.has_value());
        QVERIFY(!r.value().loggedInAt.has_value());
        QCOMPARE(r.value().phone, std::optional<QString>(u"+1 555"_s));
        QCOMPARE(r.value().picture, std::optional<QString>(u"data:image/png;base64,AAAA"_s));
        QCOMPARE(r.value().userType, u"SERVICE_ACCOUNT"_s);
        QVERIFY(!r.value().createdAt.isValid());
        QVERIFY(!r.value().verified); // missing booleans default to false
    }

    void userRoundTripsThroughToJson()
    {
        const ApiResult<User> first = parseUser(json(kSampleUser));
        QVERIFY(first.ok());
        const ApiResult<User> second = parseUser(toJson(first.value()));
        QVERIFY(second.ok());
        QCOMPARE(second.value(), first.value());
    }

    void userRejectsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("id missing") << QByteArray(R"({"email":"a@b.co"})");
        QTest::newRow("id empty") << QByteArray(R"({"id":"","email":"a@b.co"})");
        QTest::newRow("id number") << QByteArray(R"({"id":12,"email":"a@b.co"})");
        QTest::newRow("id null") << QByteArray(R"({"id":null,"email":"a@b.co"})");
        QTest::newRow("email missing") << QByteArray(R"({"id":"a"})");
        QTest::newRow("email object") << QByteArray(R"({"id":"a","email":{}})");
        QTest::newRow("given_name number")
            << QByteArray(R"({"id":"a","email":"e","given_name":5})");
        QTest::newRow("verified string")
            << QByteArray(R"({"id":"a","email":"e","verified":"yes"})");
        QTest::newRow("active number") << QByteArray(R"({"id":"a","email":"e","active":1})");
        QTest::newRow("phone bool") << QByteArray(R"({"id":"a","email":"e","phone":true})");
        QTest::newRow("role array") << QByteArray(R"({"id":"a","email":"e","role":["x"]})");
        QTest::newRow("created_at number")
            << QByteArray(R"({"id":"a","email":"e","created_at":1546505085})");
        QTest::newRow("created_at garbage")
            << QByteArray(R"({"id":"a","email":"e","created_at":"yesterday"})");
        QTest::newRow("created_at date only")
            << QByteArray(R"({"id":"a","email":"e","created_at":"2019-01-03"})");
        QTest::newRow("logged_in_at huge")
            << QByteArray(R"({"id":"a","email":"e","logged_in_at":"99999999-01-03T00:00:00Z"})");
        QTest::newRow("user_type number") << QByteArray(R"({"id":"a","email":"e","user_type":1})");
    }

    void userRejectsHostileInput()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        const QJsonValue value =
            doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const ApiResult<User> r = parseUser(value);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QVERIFY(!r.error().message.isEmpty());
    }

    void userRejectsScalars()
    {
        for (const QJsonValue &v : { QJsonValue(), QJsonValue(QJsonValue::Undefined),
                                     QJsonValue(true), QJsonValue(3.5), QJsonValue(u"x"_s) }) {
            const ApiResult<User> r = parseUser(v);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        }
    }

    void membership()
    {
        const ApiResult<Membership> r = parseMembership(json(
            R"({"id":"grp_1","role":"Manage Destination","created_at":"2020-05-01T10:00:00.000Z"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, u"grp_1"_s);
        QCOMPARE(r.value().role, u"Manage Destination"_s);
        QCOMPARE(r.value().createdAt->date(), QDate(2020, 5, 1));

        const ApiResult<Membership> noDate = parseMembership(json(R"({"id":"c","role":null})"));
        QVERIFY(noDate.ok());
        QVERIFY(noDate.value().role.isEmpty());
        QVERIFY(!noDate.value().createdAt.has_value());

        QVERIFY(!parseMembership(json(R"({"role":"x"})")).ok());
        QVERIFY(!parseMembership(json(R"({"id":"c","role":7})")).ok());
        QVERIFY(!parseMembership(json(R"({"id":"c","created_at":false})")).ok());
        QVERIFY(!parseMembership(json(R"(["c"])")).ok());
    }

    void role()
    {
        const ApiResult<Role> r = parseRole(json(R"({"name":"Connector Administrator",
            "description":"Legacy","scope":["CONNECTOR"],"is_custom":false,"is_deprecated":true,
            "replacement_role_name":"Manage Connection"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, u"Connector Administrator"_s);
        QVERIFY(r.value().hasScope(u"connector"_s));
        QVERIFY(!r.value().hasScope(u"ACCOUNT"_s));
        QVERIFY(r.value().isDeprecated);
        QCOMPARE(r.value().replacementRoleName, std::optional<QString>(u"Manage Connection"_s));

        const ApiResult<Role> minimal = parseRole(json(R"({"name":"Custom","scope":null})"));
        QVERIFY(minimal.ok());
        QVERIFY(minimal.value().scope.isEmpty());
        QVERIFY(!minimal.value().replacementRoleName.has_value());

        QVERIFY(!parseRole(json(R"({"description":"no name"})")).ok());
        QVERIFY(!parseRole(json(R"({"name":"x","scope":[1]})")).ok());
        QVERIFY(!parseRole(json(R"({"name":"x","scope":{"a":1}})")).ok());
        QVERIFY(!parseRole(json(R"({"name":"x","is_custom":"no"})")).ok());
    }

    void group()
    {
        const ApiResult<Group> r = parseGroup(
            json(R"({"id":"g1","name":"Warehouse","created_at":"2021-01-01T00:00:00Z"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, u"Warehouse"_s);
        QVERIFY(r.value().createdAt.has_value());
        QVERIFY(!parseGroup(json(R"({"name":"Warehouse"})")).ok());
        QVERIFY(!parseGroup(json(R"({"id":"g","name":["Warehouse"]})")).ok());
    }

    void connection()
    {
        const ApiResult<Connection> r = parseConnection(json(
            R"({"id":"c1","service":"postgres","schema":"pg_main","group_id":"g1","paused":true,"extra":1})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().displayName(), u"pg_main (postgres)"_s);
        QCOMPARE(r.value().groupId, u"g1"_s);
        QVERIFY(r.value().paused);
        const ApiResult<Connection> bare = parseConnection(json(R"({"id":"c2"})"));
        QVERIFY(bare.ok());
        QCOMPARE(bare.value().displayName(), u"c2"_s);
        QVERIFY(!parseConnection(json(R"({"id":"c","paused":"false"})")).ok());
        QVERIFY(!parseConnection(json(R"({"id":"c","schema":1})")).ok());
    }

    void team()
    {
        const ApiResult<Team> r = parseTeam(json(R"({"id":"t1","name":"Finance Analysts",
            "description":"Month-end","role":"Account Reviewer","extra":[1]})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, u"t1"_s);
        QCOMPARE(r.value().name, u"Finance Analysts"_s);
        QCOMPARE(r.value().description, u"Month-end"_s);
        QCOMPARE(r.value().role, std::optional<QString>(u"Account Reviewer"_s));

        // `role` is the team's account role and may be null or missing: no account role.
        for (const char *text : { R"({"id":"t2","name":"x","role":null})", R"({"id":"t3"})" }) {
            const ApiResult<Team> bare = parseTeam(json(text));
            QVERIFY(bare.ok());
            QVERIFY(!bare.value().role.has_value());
            QVERIFY(bare.value().description.isEmpty());
        }
        QVERIFY(!parseTeam(json(R"({"name":"no id"})")).ok());
        QVERIFY(!parseTeam(json(R"({"id":""})")).ok());
        QVERIFY(!parseTeam(json(R"({"id":7})")).ok());
        QVERIFY(!parseTeam(json(R"({"id":"t","role":["Account Reviewer"]})")).ok());
        QVERIFY(!parseTeam(json(R"({"id":"t","name":{}})")).ok());
        QVERIFY(!parseTeam(json(R"(["t"])")).ok());
        QCOMPARE(parseTeam(QJsonValue(u"t"_s)).error().kind, ApiError::Kind::Parse);
    }

    void teamMember()
    {
        const ApiResult<TeamMember> r =
            parseTeamMember(json(R"({"user_id":"nozzle_eat","role":"Team Manager"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().userId, u"nozzle_eat"_s);
        QCOMPARE(r.value().role, u"Team Manager"_s);
        const ApiResult<TeamMember> noRole =
            parseTeamMember(json(R"({"user_id":"u","role":null})"));
        QVERIFY(noRole.ok());
        QVERIFY(noRole.value().role.isEmpty());
        // The user is named by user_id; an `id` alone is not a member.
        QVERIFY(!parseTeamMember(json(R"({"id":"u","role":"Team Member"})")).ok());
        QVERIFY(!parseTeamMember(json(R"({"user_id":""})")).ok());
        QVERIFY(!parseTeamMember(json(R"({"user_id":12})")).ok());
        QVERIFY(!parseTeamMember(json(R"({"user_id":"u","role":true})")).ok());
        QVERIFY(!parseTeamMember(QJsonValue(QJsonValue::Null)).ok());
    }

    void teamGrant()
    {
        const ApiResult<TeamGrant> r = parseTeamGrant(json(
            R"({"id":"warm_harbor","role":"Destination Analyst","created_at":"2021-05-26T09:30:00.000Z"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().id, u"warm_harbor"_s);
        QCOMPARE(r.value().role, u"Destination Analyst"_s);
        QCOMPARE(r.value().createdAt->date(), QDate(2021, 5, 26));
        const ApiResult<TeamGrant> bare = parseTeamGrant(json(R"({"id":"c"})"));
        QVERIFY(bare.ok());
        QVERIFY(bare.value().role.isEmpty());
        QVERIFY(!bare.value().createdAt.has_value());
        QVERIFY(!parseTeamGrant(json(R"({"role":"View Connection"})")).ok());
        QVERIFY(!parseTeamGrant(json(R"({"id":"c","role":["View Connection"]})")).ok());
        QVERIFY(!parseTeamGrant(json(R"({"id":"c","created_at":"yesterday"})")).ok());
        QVERIFY(!parseTeamGrant(json(R"({"id":"c","created_at":12})")).ok());
    }

    void teamPages()
    {
        const ApiResult<Page<TeamMember>> members = parsePage<TeamMember>(
            json(R"({"items":[{"user_id":"a","role":"Team Member"},{"user_id":"b"}],
                     "next_cursor":"abc"})"),
            &parseTeamMember);
        QVERIFY(members.ok());
        QCOMPARE(members.value().items.size(), 2);
        QCOMPARE(members.value().items.at(1).userId, u"b"_s);
        QCOMPARE(members.value().nextCursor, u"abc"_s);
        const ApiResult<Page<Team>> bad =
            parsePage<Team>(json(R"({"items":[{"id":"t"},{"name":"no id"}]})"), &parseTeam);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"item 1"_s));
    }

    void page()
    {
        const QByteArray text =
            "{\"items\":[" + QByteArray(kSampleUser) + "],\"next_cursor\":\"eyJza2lwIjoxfQ\"}";
        const ApiResult<Page<User>> r = parsePage<User>(json(text.constData()), &parseUser);
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), 1);
        QCOMPARE(r.value().nextCursor, u"eyJza2lwIjoxfQ"_s);
        QVERIFY(!r.value().isLast());

        for (const char *last : { R"({"items":[]})", R"({"items":[],"next_cursor":null})",
                                  R"({"items":[],"next_cursor":""})" }) {
            const ApiResult<Page<User>> p = parsePage<User>(json(last), &parseUser);
            QVERIFY(p.ok());
            QVERIFY(p.value().isLast());
        }
    }

    void pageRejectsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("items missing") << QByteArray(R"({"next_cursor":null})");
        QTest::newRow("items object") << QByteArray(R"({"items":{"id":"a"}})");
        QTest::newRow("items string") << QByteArray(R"({"items":"[]"})");
        QTest::newRow("item number") << QByteArray(R"({"items":[1]})");
        QTest::newRow("item null") << QByteArray(R"({"items":[null]})");
        QTest::newRow("item array") << QByteArray(R"({"items":[["a"]]})");
        QTest::newRow("bad item after good one")
            << QByteArray(R"({"items":[{"id":"a","email":"e"},{"id":5,"email":"e"}]})");
        QTest::newRow("cursor number") << QByteArray(R"({"items":[],"next_cursor":5})");
        QTest::newRow("cursor object") << QByteArray(R"({"items":[],"next_cursor":{}})");
        QTest::newRow("camelCase cursor is ignored, not an error but last page")
            << QByteArray(R"({"items":[],"nextCursor":7})");
    }

    void pageRejectsHostileInput()
    {
        QFETCH(QByteArray, text);
        const ApiResult<Page<User>> r =
            parsePage<User>(QJsonDocument::fromJson(text).object(), &parseUser);
        if (QByteArray(QTest::currentDataTag()).startsWith("camelCase")) {
            // The spec's misspelling is not the service's: unknown field, last page.
            QVERIFY(r.ok());
            QVERIFY(r.value().isLast());
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    }

    void pageRejectsNonObjects()
    {
        QVERIFY(!parseRawPage(QJsonValue(QJsonValue::Undefined)).ok());
        QVERIFY(!parseRawPage(QJsonValue()).ok());
        QVERIFY(!parseRawPage(QJsonArray { 1, 2 }).ok());
        QVERIFY(!parseRawPage(QJsonValue(u"items"_s)).ok());
    }

    void hugeListParsesWithoutTrouble()
    {
        QJsonArray items;
        for (int i = 0; i < 20000; ++i) {
            QJsonObject o;
            o.insert(u"id"_s, u"id_%1"_s.arg(i));
            o.insert(u"role"_s, u"View Connection"_s);
            items.append(o);
        }
        QJsonObject data;
        data.insert(u"items"_s, items);
        const ApiResult<Page<Membership>> r = parsePage<Membership>(data, &parseMembership);
        QVERIFY(r.ok());
        QCOMPARE(r.value().items.size(), items.size());
        QCOMPARE(r.value().items.last().id, u"id_%1"_s.arg(items.size() - 1));
    }

    void newUserBody()
    {
        NewUser n;
        n.email = u"a@b.co"_s;
        n.givenName = u"Ann"_s;
        n.familyName = u"Bee"_s;
        QJsonObject o = toJson(n);
        QCOMPARE(o.keys(), (QStringList { u"email"_s, u"family_name"_s, u"given_name"_s }));
        n.role = u"Account Reviewer"_s;
        n.phone = u"+44"_s;
        o = toJson(n);
        QCOMPARE(o.value(u"role"_s).toString(), u"Account Reviewer"_s);
        QCOMPARE(o.value(u"phone"_s).toString(), u"+44"_s);
        QVERIFY(!o.contains(u"picture"_s));
    }

    void userUpdateSendsOnlySetFields()
    {
        UserUpdate u;
        QVERIFY(u.isEmpty());
        QVERIFY(toJson(u).isEmpty());
        u.givenName = u"Ann"_s;
        u.clearPhone();
        QVERIFY(!u.isEmpty());
        const QJsonObject o = toJson(u);
        QCOMPARE(o.size(), 2);
        QCOMPARE(o.value(u"given_name"_s).toString(), u"Ann"_s);
        QVERIFY(o.contains(u"phone"_s));
        QVERIFY(o.value(u"phone"_s).isNull());
        QVERIFY(!o.contains(u"picture"_s));
        QVERIFY(!o.contains(u"family_name"_s));

        UserUpdate v;
        v.setPicture(u"https://x/y.png"_s);
        v.role = u"Account Analyst"_s;
        const QJsonObject p = toJson(v);
        QCOMPARE(p.value(u"picture"_s).toString(), u"https://x/y.png"_s);
        QCOMPARE(p.value(u"role"_s).toString(), u"Account Analyst"_s);
        v.clearPicture();
        QVERIFY(toJson(v).value(u"picture"_s).isNull());
    }

    void membershipRequest()
    {
        const QJsonObject o = membershipRequestJson(u"g1"_s, u"View Destination"_s);
        QCOMPARE(o.value(u"id"_s).toString(), u"g1"_s);
        QCOMPARE(o.value(u"role"_s).toString(), u"View Destination"_s);
        QCOMPARE(o.size(), 2);
    }

    void timestampsReadLikeQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << u"2019-01-03T08:44:45.369Z"_s;
        QTest::newRow("no fraction") << u"2019-01-03T08:44:45Z"_s;
        QTest::newRow("one digit") << u"2019-01-03T08:44:45.3Z"_s;
        QTest::newRow("two digits") << u"2019-01-03T08:44:45.36Z"_s;
        QTest::newRow("leap day") << u"2020-02-29T23:59:59.999Z"_s;
        QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("offset") << u"2019-01-03T08:44:45.369+02:00"_s;
    }

    void timestampsReadLikeQtReadsThem()
    {
        QFETCH(QString, text);
        const auto parsed = parseTimestamp(QJsonValue(text), u"t"_s);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().has_value());
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY(qt.isValid());
        QCOMPARE(*parsed.value(), qt.toUTC());
        QCOMPARE(parsed.value()->timeSpec(), Qt::UTC);
    }

    void timestamps()
    {
        QVERIFY(parseTimestamp(QJsonValue(), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(), u"t"_s).value().has_value());
        const auto fractions = parseTimestamp(QJsonValue(u"2018-01-15T11:00:27.329220Z"_s), u"t"_s);
        QVERIFY(fractions.ok());
        QCOMPARE(fractions.value()->time().msec(), 329);
        const auto offset = parseTimestamp(QJsonValue(u"2018-01-15T12:00:00+01:00"_s), u"t"_s);
        QVERIFY(offset.ok());
        QCOMPARE(offset.value()->toUTC().time().hour(), 11);
        QCOMPARE(formatTimestamp(*fractions.value()), u"2018-01-15T11:00:27.329Z"_s);
        QVERIFY(!parseTimestamp(QJsonValue(0), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"2019-02-30T00:00:00.000Z"_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"2019-01-03T25:00:00Z"_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"2019-01-03T08:44:45.Z"_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"2019-01-03T08:44:45.3a9Z"_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"20x9-01-03T08:44:45Z"_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u""_s), u"t"_s).ok());
        QVERIFY(!parseTimestamp(QJsonValue(u"T"_s), u"t"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonParsers)
#include "tst_jsonparsers.moc"

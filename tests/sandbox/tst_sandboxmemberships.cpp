// Membership routes of the sandbox over HTTP, for groups and for connections under both the
// /connectors and the /connections spelling: list, add, read, change, remove and refusals.

#include "testsandbox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftsandbox::MembershipKind;
using ftsandbox::SandboxStore;
using fttest::HttpResult;
using fttest::TestSandbox;

Q_DECLARE_METATYPE(ftsandbox::MembershipKind)

namespace {

QString segment(MembershipKind kind)
{
    switch (kind) {
    case MembershipKind::Group:
        return u"groups"_s;
    case MembershipKind::Connector:
        return u"connectors"_s;
    case MembershipKind::Connection:
        break;
    }
    return u"connections"_s;
}

QString notFoundCode(MembershipKind kind)
{
    switch (kind) {
    case MembershipKind::Group:
        return u"NotFound_Group"_s;
    case MembershipKind::Connector:
        return u"NotFound_Connector"_s;
    case MembershipKind::Connection:
        break;
    }
    return u"NotFound_Connection"_s;
}

// Roles of the right scope (first two) and one of the wrong scope, per collection.
QStringList rolesFor(MembershipKind kind)
{
    return kind == MembershipKind::Group
        ? QStringList { u"View Destination"_s, u"Manage Destination"_s, u"View Connection"_s }
        : QStringList { u"View Connection"_s, u"Edit Connection"_s, u"View Destination"_s };
}

QStringList targetIds(SandboxStore &store, MembershipKind kind)
{
    QStringList ids;
    if (kind == MembershipKind::Group) {
        for (const auto &group : store.groups())
            ids.append(group.id);
    } else {
        for (const auto &connection : store.connections())
            ids.append(connection.id);
    }
    return ids;
}

// A user and a target they have no membership in.
QPair<QString, QString> freePair(SandboxStore &store, MembershipKind kind)
{
    const QStringList targets = targetIds(store, kind);
    for (const auto &user : store.users()) {
        const auto existing = store.memberships(kind, user.id);
        for (const QString &target : targets) {
            const bool member = std::any_of(existing.cbegin(), existing.cend(),
                                            [&target](const auto &m) { return m.id == target; });
            if (!member)
                return { user.id, target };
        }
    }
    return {};
}

// A user with at least one membership in this collection, and that membership's target.
QPair<QString, QString> memberPair(SandboxStore &store, MembershipKind kind)
{
    const QStringList targets = targetIds(store, kind);
    for (const auto &user : store.users()) {
        for (const auto &membership : store.memberships(kind, user.id)) {
            if (targets.contains(membership.id))
                return { user.id, membership.id };
        }
    }
    return {};
}

} // namespace

class TestSandboxMemberships : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();

    void listMatchesStore_data() { kinds_data(); }
    void listMatchesStore();
    void addCreatesMembership_data() { kinds_data(); }
    void addCreatesMembership();
    void addDuplicateConflicts_data() { kinds_data(); }
    void addDuplicateConflicts();
    void addRefusals_data() { kinds_data(); }
    void addRefusals();
    void getMembership_data() { kinds_data(); }
    void getMembership();
    void updateRole_data() { kinds_data(); }
    void updateRole();
    void deleteMembership_data() { kinds_data(); }
    void deleteMembership();
    void listPagesAcrossCursor_data() { kinds_data(); }
    void listPagesAcrossCursor();
    void orphanMembershipCanBeReadAndRemoved();
    void legacyAndCustomRolesAreAccepted();
};

void TestSandboxMemberships::kinds_data()
{
    QTest::addColumn<MembershipKind>("kind");
    QTest::newRow("groups") << MembershipKind::Group;
    QTest::newRow("connectors") << MembershipKind::Connector;
    QTest::newRow("connections") << MembershipKind::Connection;
}

void TestSandboxMemberships::listMatchesStore()
{
    QFETCH(MembershipKind, kind);
    ftsandbox::SandboxOptions options;
    options.users = 40;
    options.membershipsPerUser = 4;
    TestSandbox sandbox(options);
    int compared = 0;
    for (const auto &user : sandbox.store().users()) {
        const HttpResult result = sandbox.get(u"/users/%1/%2"_s.arg(user.id, segment(kind)));
        QCOMPARE(result.status, 200);
        const auto truth = sandbox.store().memberships(kind, user.id);
        const QJsonArray items = result.items();
        QCOMPARE(items.size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QCOMPARE(item.value(u"id"_s).toString(), truth.at(i).id);
            QCOMPARE(item.value(u"role"_s).toString(), truth.at(i).role);
            QCOMPARE(item.value(u"created_at"_s).toString(), truth.at(i).createdAt);
            ++compared;
        }
        QVERIFY(result.nextCursor().isNull());
    }
    QVERIFY(compared > 0);
    QCOMPARE(sandbox.get(u"/users/nobody/%1"_s.arg(segment(kind))).code(), u"NotFound_User"_s);
}

void TestSandboxMemberships::addCreatesMembership()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = freePair(sandbox.store(), kind);
    QVERIFY(!userId.isEmpty());
    const QString role = rolesFor(kind).at(0);
    const qsizetype before = sandbox.store().memberships(kind, userId).size();
    const HttpResult result =
        sandbox.request("POST", u"/users/%1/%2"_s.arg(userId, segment(kind)),
                        QJsonObject { { u"id"_s, target }, { u"role"_s, role } });
    QCOMPARE(result.status, 201);
    QCOMPARE(result.code(), u"Success"_s);
    const QJsonObject membership = result.dataObject();
    QCOMPARE(membership.value(u"id"_s).toString(), target);
    QCOMPARE(membership.value(u"role"_s).toString(), role);
    QVERIFY(!membership.value(u"created_at"_s).toString().isEmpty());
    const auto after = sandbox.store().memberships(kind, userId);
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.constLast().id, target);
    const HttpResult listed = sandbox.get(u"/users/%1/%2"_s.arg(userId, segment(kind)));
    QCOMPARE(listed.items().last().toObject(), membership);
}

void TestSandboxMemberships::addDuplicateConflicts()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = memberPair(sandbox.store(), kind);
    QVERIFY(!userId.isEmpty());
    const qsizetype before = sandbox.store().memberships(kind, userId).size();
    const HttpResult result =
        sandbox.request("POST", u"/users/%1/%2"_s.arg(userId, segment(kind)),
                        QJsonObject { { u"id"_s, target }, { u"role"_s, rolesFor(kind).at(1) } });
    QCOMPARE(result.status, 409);
    QCOMPARE(result.code(), u"AlreadyExists"_s);
    QVERIFY(result.message().contains(target));
    QCOMPARE(sandbox.store().memberships(kind, userId).size(), before);
}

void TestSandboxMemberships::addRefusals()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = freePair(sandbox.store(), kind);
    const QString path = u"/users/%1/%2"_s.arg(userId, segment(kind));
    const QString good = rolesFor(kind).at(0);
    const QString wrongScope = rolesFor(kind).at(2);
    const qsizetype before = sandbox.store().memberships(kind, userId).size();

    struct Case
    {
        QString path;
        QByteArray body;
        int status;
        QString code;
        QString mentioned;
    };
    using fttest::toJson;
    const Case cases[] = {
        { u"/users/nobody/%1"_s.arg(segment(kind)),
          toJson({ { u"id"_s, target }, { u"role"_s, good } }), 404, u"NotFound_User"_s,
          u"nobody"_s },
        { path, toJson({ { u"id"_s, u"missing_target"_s }, { u"role"_s, good } }), 404,
          notFoundCode(kind), u"missing_target"_s },
        { path, toJson({ { u"id"_s, target }, { u"role"_s, wrongScope } }), 400, u"InvalidInput"_s,
          wrongScope },
        { path, toJson({ { u"id"_s, target }, { u"role"_s, u"Account Reviewer"_s } }), 400,
          u"InvalidInput"_s, u"Account Reviewer"_s },
        { path, toJson({ { u"id"_s, target }, { u"role"_s, u"Supreme Leader"_s } }), 400,
          u"InvalidInput"_s, u"Supreme Leader"_s },
        { path, toJson({ { u"role"_s, good } }), 400, u"InvalidInput"_s, u"id"_s },
        { path, toJson({ { u"id"_s, target } }), 400, u"InvalidInput"_s, u"role"_s },
        { path, toJson({ { u"id"_s, 12 }, { u"role"_s, good } }), 400, u"InvalidInput"_s, u"id"_s },
        { path, toJson({ { u"id"_s, target }, { u"role"_s, QJsonArray { good } } }), 400,
          u"InvalidInput"_s, u"role"_s },
        { path, QByteArray("{\"id\": \"x\""), 400, u"InvalidInput"_s, u"JSON"_s },
    };
    for (const Case &c : cases) {
        const HttpResult result = sandbox.request("POST", c.path, c.body);
        QCOMPARE(result.status, c.status);
        QCOMPARE(result.code(), c.code);
        QVERIFY2(result.message().contains(c.mentioned), qPrintable(result.message()));
    }
    QCOMPARE(sandbox.store().memberships(kind, userId).size(), before);
}

void TestSandboxMemberships::getMembership()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = memberPair(sandbox.store(), kind);
    QVERIFY(!userId.isEmpty());
    const HttpResult result = sandbox.get(u"/users/%1/%2/%3"_s.arg(userId, segment(kind), target));
    QCOMPARE(result.status, 200);
    SandboxStore &store = sandbox.store();
    ftsandbox::SandboxMembership truth;
    QVERIFY(!store.findMembership(kind, userId, target, &truth).isError());
    QCOMPARE(result.dataObject().value(u"id"_s).toString(), truth.id);
    QCOMPARE(result.dataObject().value(u"role"_s).toString(), truth.role);
    QCOMPARE(result.dataObject().value(u"created_at"_s).toString(), truth.createdAt);

    // No membership in an existing target, an unknown target, an unknown user.
    const auto [otherUser, freeTarget] = freePair(store, kind);
    const HttpResult none =
        sandbox.get(u"/users/%1/%2/%3"_s.arg(otherUser, segment(kind), freeTarget));
    QCOMPARE(none.status, 404);
    QCOMPARE(none.code(), u"NotFound_Membership"_s);
    const HttpResult unknownTarget =
        sandbox.get(u"/users/%1/%2/no_target"_s.arg(userId, segment(kind)));
    QCOMPARE(unknownTarget.status, 404);
    QCOMPARE(unknownTarget.code(), notFoundCode(kind));
    QCOMPARE(sandbox.get(u"/users/nobody/%1/%2"_s.arg(segment(kind), target)).code(),
             u"NotFound_User"_s);
}

void TestSandboxMemberships::updateRole()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = memberPair(sandbox.store(), kind);
    const QString path = u"/users/%1/%2/%3"_s.arg(userId, segment(kind), target);
    ftsandbox::SandboxMembership before;
    QVERIFY(!sandbox.store().findMembership(kind, userId, target, &before).isError());
    const QString newRole =
        before.role == rolesFor(kind).at(0) ? rolesFor(kind).at(1) : rolesFor(kind).at(0);

    const HttpResult result =
        sandbox.request("PATCH", path, QJsonObject { { u"role"_s, newRole } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.dataObject().value(u"role"_s).toString(), newRole);
    ftsandbox::SandboxMembership after;
    QVERIFY(!sandbox.store().findMembership(kind, userId, target, &after).isError());
    QCOMPARE(after.role, newRole);
    QCOMPARE(after.createdAt, before.createdAt);

    const HttpResult wrongScope =
        sandbox.request("PATCH", path, QJsonObject { { u"role"_s, rolesFor(kind).at(2) } });
    QCOMPARE(wrongScope.status, 400);
    QCOMPARE(wrongScope.code(), u"InvalidInput"_s);
    const HttpResult missing = sandbox.request("PATCH", path, QJsonObject {});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.message().contains(u"role"_s));
    const auto [otherUser, freeTarget] = freePair(sandbox.store(), kind);
    const HttpResult noMembership =
        sandbox.request("PATCH", u"/users/%1/%2/%3"_s.arg(otherUser, segment(kind), freeTarget),
                        QJsonObject { { u"role"_s, newRole } });
    QCOMPARE(noMembership.status, 404);
    QCOMPARE(noMembership.code(), u"NotFound_Membership"_s);
    QVERIFY(!sandbox.store().findMembership(kind, userId, target, &after).isError());
    QCOMPARE(after.role, newRole);
}

void TestSandboxMemberships::deleteMembership()
{
    QFETCH(MembershipKind, kind);
    TestSandbox sandbox;
    const auto [userId, target] = memberPair(sandbox.store(), kind);
    const QString path = u"/users/%1/%2/%3"_s.arg(userId, segment(kind), target);
    const qsizetype before = sandbox.store().memberships(kind, userId).size();
    const HttpResult result = sandbox.request("DELETE", path);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.code(), u"Success"_s);
    QCOMPARE(sandbox.store().memberships(kind, userId).size(), before - 1);
    QCOMPARE(sandbox.get(path).code(), u"NotFound_Membership"_s);
    const HttpResult again = sandbox.request("DELETE", path);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), u"NotFound_Membership"_s);
    QVERIFY(sandbox.store().user(userId)); // the user stays
}

void TestSandboxMemberships::listPagesAcrossCursor()
{
    QFETCH(MembershipKind, kind);
    ftsandbox::SandboxOptions options;
    options.users = 3;
    options.groups = 12;
    options.connections = 12;
    options.membershipsPerUser = 0;
    TestSandbox sandbox(options);
    const QString userId = sandbox.store().users().constFirst().id;
    const QStringList targets = targetIds(sandbox.store(), kind);
    for (const QString &target : targets) {
        QCOMPARE(
            sandbox
                .request("POST", u"/users/%1/%2"_s.arg(userId, segment(kind)),
                         QJsonObject { { u"id"_s, target }, { u"role"_s, rolesFor(kind).at(0) } })
                .status,
            201);
    }
    int pages = 0;
    const QJsonArray all = sandbox.getAll(u"/users/%1/%2"_s.arg(userId, segment(kind)), 5, &pages);
    QCOMPARE(pages, 3);
    QStringList ids;
    for (const QJsonValue &item : all)
        ids.append(item.toObject().value(u"id"_s).toString());
    QCOMPARE(ids, targets);

    // A cursor is bound to its list: another user's list refuses it.
    const HttpResult first = sandbox.get(u"/users/%1/%2?limit=5"_s.arg(userId, segment(kind)));
    const QString otherUser = sandbox.store().users().constLast().id;
    const HttpResult foreign = sandbox.get(
        u"/users/%1/%2?cursor=%3"_s.arg(otherUser, segment(kind), first.nextCursor().toString()));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.code(), u"InvalidInput"_s);
}

void TestSandboxMemberships::orphanMembershipCanBeReadAndRemoved()
{
    TestSandbox sandbox;
    const auto [userId, target] = memberPair(sandbox.store(), MembershipKind::Connection);
    sandbox.store().removeConnection(target);
    QVERIFY(!sandbox.store().connection(target));

    const HttpResult list = sandbox.get(u"/users/%1/connections"_s.arg(userId));
    bool listed = false;
    for (const QJsonValue &item : list.items())
        listed = listed || item.toObject().value(u"id"_s).toString() == target;
    QVERIFY(listed);
    const QString path = u"/users/%1/connectors/%2"_s.arg(userId, target);
    QCOMPARE(sandbox.get(path).status, 200);
    // A new membership in the vanished connection is refused; removing the orphan works.
    QCOMPARE(sandbox
                 .request("POST", u"/users/%1/connectors"_s.arg(sandbox.store().users().at(0).id),
                          QJsonObject { { u"id"_s, target }, { u"role"_s, u"View Connection"_s } })
                 .code(),
             u"NotFound_Connector"_s);
    QCOMPARE(sandbox.request("DELETE", path).status, 200);
    const HttpResult gone = sandbox.get(path);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.code(), u"NotFound_Connector"_s);
}

void TestSandboxMemberships::legacyAndCustomRolesAreAccepted()
{
    TestSandbox sandbox;
    const auto [userId, group] = freePair(sandbox.store(), MembershipKind::Group);
    const HttpResult legacy = sandbox.request(
        "POST", u"/users/%1/groups"_s.arg(userId),
        QJsonObject { { u"id"_s, group }, { u"role"_s, u"Destination Reviewer"_s } });
    QCOMPARE(legacy.status, 201);
    const auto [otherUser, connection] = freePair(sandbox.store(), MembershipKind::Connection);
    const HttpResult custom =
        sandbox.request("POST", u"/users/%1/connections"_s.arg(otherUser),
                        QJsonObject { { u"id"_s, connection }, { u"role"_s, u"Data Steward"_s } });
    QCOMPARE(custom.status, 201);
    QCOMPARE(custom.dataObject().value(u"role"_s).toString(), u"Data Steward"_s);
}

QTEST_GUILESS_MAIN(TestSandboxMemberships)
#include "tst_sandboxmemberships.moc"

// The user routes of the sandbox, over HTTP: list, invite, read, edit, delete, role removal,
// and every refusal API.md lists for them.

#include "testsandbox.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ftsandbox::SandboxOptions;
using fttest::HttpResult;
using fttest::TestSandbox;

namespace {

SandboxOptions generated(int users)
{
    SandboxOptions options;
    options.users = users;
    options.seed = 42;
    return options;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

QStringList storeIds(const ftsandbox::SandboxStore &store)
{
    QStringList ids;
    for (const auto &user : store.users())
        ids.append(user.id);
    return ids;
}

QStringList administrators(const ftsandbox::SandboxStore &store)
{
    QStringList ids;
    for (const auto &user : store.users()) {
        if (user.role == u"Account Administrator"_s)
            ids.append(user.id);
    }
    return ids;
}

QJsonObject validInvite(const QString &email = u"new.person@example.com"_s)
{
    return { { u"email"_s, email },
             { u"given_name"_s, u"New"_s },
             { u"family_name"_s, u"Person"_s },
             { u"role"_s, u"Account Reviewer"_s } };
}

} // namespace

class TestSandboxUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryUserInStoreOrderAcrossPages();
    void defaultPageIsAHundred();
    void pagingSurvivesDeletionBetweenPages();
    void getUserMatchesStore();
    void getUnknownUserIsNotFound();
    void inviteCreatesUnverifiedUser();
    void inviteWithoutRoleHasNullRole();
    void inviteRefusals_data();
    void inviteRefusals();
    void inviteDuplicateEmailConflicts();
    void patchChangesOnlyGivenFields();
    void patchNullClearsPhoneAndPicture();
    void patchIgnoresUnknownAndReadOnlyFields();
    void patchSameEmailIsAccepted();
    void patchRefusals_data();
    void patchRefusals();
    void patchUnknownUserIsNotFound();
    void deleteRemovesUserAndMemberships();
    void deleteUnknownUserIsNotFound();
    void lastAdministratorIsProtected();
    void deleteRoleKeepsUser();
};

void TestSandboxUsers::listsEveryUserInStoreOrderAcrossPages()
{
    TestSandbox sandbox(generated(250));
    QVERIFY(sandbox.isListening());
    int pages = 0;
    const QJsonArray all = sandbox.getAll(u"/users"_s, 100, &pages);
    QCOMPARE(pages, 3);
    const QStringList ids = idsOf(all);
    QCOMPARE(ids, storeIds(sandbox.store()));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
}

void TestSandboxUsers::defaultPageIsAHundred()
{
    TestSandbox sandbox(generated(150));
    const HttpResult page = sandbox.get(u"/users"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.code(), u"Success"_s);
    QCOMPARE(page.items().size(), 100);
    QVERIFY(!page.nextCursor().toString().isEmpty());
    const HttpResult last = sandbox.get(u"/users?cursor="_s + page.nextCursor().toString());
    QCOMPARE(last.items().size(), 50);
    QVERIFY(last.nextCursor().isNull());
}

void TestSandboxUsers::pagingSurvivesDeletionBetweenPages()
{
    TestSandbox sandbox(generated(30));
    const QStringList before = storeIds(sandbox.store());
    const HttpResult first = sandbox.get(u"/users?limit=10"_s);
    QCOMPARE(idsOf(first.items()), before.mid(0, 10));
    // Remove one user already seen and one not yet seen; the next page neither repeats nor skips.
    QVERIFY(!sandbox.store().deleteUser(before.at(3)).isError());
    QVERIFY(!sandbox.store().deleteUser(before.at(12)).isError());
    const HttpResult second =
        sandbox.get(u"/users?limit=10&cursor="_s + first.nextCursor().toString());
    QCOMPARE(second.status, 200);
    QStringList expected = before.mid(10, 11);
    expected.removeAll(before.at(12));
    QCOMPARE(idsOf(second.items()), expected);
}

void TestSandboxUsers::getUserMatchesStore()
{
    TestSandbox sandbox;
    for (const auto &user : sandbox.store().users()) {
        const HttpResult result = sandbox.get(u"/users/"_s + user.id);
        QCOMPARE(result.status, 200);
        const QJsonObject json = result.dataObject();
        QCOMPARE(json.value(u"id"_s).toString(), user.id);
        QCOMPARE(json.value(u"email"_s).toString(), user.email);
        QCOMPARE(json.value(u"given_name"_s).toString(), user.givenName);
        QCOMPARE(json.value(u"family_name"_s).toString(), user.familyName);
        QCOMPARE(json.value(u"role"_s).isNull(), !user.role.has_value());
        QCOMPARE(json.value(u"phone"_s).isNull(), !user.phone.has_value());
        QCOMPARE(json.value(u"picture"_s).isNull(), !user.picture.has_value());
        QCOMPARE(json.value(u"logged_in_at"_s).isNull(), !user.loggedInAt.has_value());
        QCOMPARE(json.value(u"verified"_s).toBool(), user.verified);
        QCOMPARE(json.value(u"invited"_s).toBool(), user.invited);
        QCOMPARE(json.value(u"active"_s).toBool(), user.active);
        QCOMPARE(json.value(u"created_at"_s).toString(), user.createdAt);
        if (user.role)
            QCOMPARE(json.value(u"role"_s).toString(), *user.role);
    }
}

void TestSandboxUsers::getUnknownUserIsNotFound()
{
    TestSandbox sandbox;
    const HttpResult result = sandbox.get(u"/users/no_such_user"_s);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), u"NotFound_User"_s);
    QVERIFY(result.message().contains(u"no_such_user"_s));
}

void TestSandboxUsers::inviteCreatesUnverifiedUser()
{
    TestSandbox sandbox;
    const qsizetype before = sandbox.store().users().size();
    QJsonObject body = validInvite();
    body.insert(u"phone"_s, u"+1 415 555 0100"_s);
    const HttpResult result = sandbox.request("POST", u"/users"_s, body);
    QCOMPARE(result.status, 201);
    QCOMPARE(result.code(), u"Success"_s);
    const QJsonObject user = result.dataObject();
    const QString id = user.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(user.value(u"email"_s).toString(), u"new.person@example.com"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"Account Reviewer"_s);
    QCOMPARE(user.value(u"phone"_s).toString(), u"+1 415 555 0100"_s);
    QCOMPARE(user.value(u"invited"_s).toBool(), true);
    QCOMPARE(user.value(u"verified"_s).toBool(), false);
    QVERIFY(user.value(u"logged_in_at"_s).isNull());
    QVERIFY(user.value(u"picture"_s).isNull());
    QCOMPARE(sandbox.store().users().size(), before + 1);
    QVERIFY(sandbox.store().user(id));
    QCOMPARE(sandbox.get(u"/users/"_s + id).dataObject(), user);
}

void TestSandboxUsers::inviteWithoutRoleHasNullRole()
{
    TestSandbox sandbox;
    QJsonObject body = validInvite();
    body.remove(u"role"_s);
    const HttpResult result = sandbox.request("POST", u"/users"_s, body);
    QCOMPARE(result.status, 201);
    QVERIFY(result.dataObject().contains(u"role"_s));
    QVERIFY(result.dataObject().value(u"role"_s).isNull());
}

void TestSandboxUsers::inviteRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentioned"); // a word the message must contain

    auto without = [](const QString &field) {
        QJsonObject body = validInvite();
        body.remove(field);
        return fttest::toJson(body);
    };
    auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject body = validInvite();
        body.insert(field, value);
        return fttest::toJson(body);
    };
    QTest::newRow("no email") << without(u"email"_s) << u"email"_s;
    QTest::newRow("no given_name") << without(u"given_name"_s) << u"given_name"_s;
    QTest::newRow("no family_name") << without(u"family_name"_s) << u"family_name"_s;
    QTest::newRow("blank given_name") << with(u"given_name"_s, u"  "_s) << u"given_name"_s;
    QTest::newRow("null email") << with(u"email"_s, QJsonValue::Null) << u"email"_s;
    QTest::newRow("email without @") << with(u"email"_s, u"person.example.com"_s) << u"email"_s;
    QTest::newRow("email without domain dot") << with(u"email"_s, u"a@example"_s) << u"email"_s;
    QTest::newRow("email with space") << with(u"email"_s, u"a b@example.com"_s) << u"email"_s;
    QTest::newRow("email without local part") << with(u"email"_s, u"@example.com"_s) << u"email"_s;
    QTest::newRow("email a number") << with(u"email"_s, 5) << u"email"_s;
    QTest::newRow("phone a boolean") << with(u"phone"_s, true) << u"phone"_s;
    QTest::newRow("name too long") << with(u"given_name"_s, QString(5000, u'x')) << u"given_name"_s;
    QTest::newRow("unknown role") << with(u"role"_s, u"Account Wizard"_s) << u"Account Wizard"_s;
    QTest::newRow("destination role") << with(u"role"_s, u"View Destination"_s) << u"ACCOUNT"_s;
    QTest::newRow("connector role") << with(u"role"_s, u"Manage Connection"_s) << u"ACCOUNT"_s;
    QTest::newRow("team role") << with(u"role"_s, u"Team Member"_s) << u"ACCOUNT"_s;
    QTest::newRow("malformed JSON") << QByteArray(R"({"email": "a@b.co",)") << u"JSON"_s;
    QTest::newRow("array body") << QByteArray("[1, 2]") << u"object"_s;
    QTest::newRow("empty body") << QByteArray() << u"JSON"_s;
}

void TestSandboxUsers::inviteRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentioned);
    TestSandbox sandbox;
    const qsizetype before = sandbox.store().users().size();
    const HttpResult result = sandbox.request("POST", u"/users"_s, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"InvalidInput"_s);
    QVERIFY2(result.message().contains(mentioned), qPrintable(result.message()));
    QCOMPARE(sandbox.store().users().size(), before);
}

void TestSandboxUsers::inviteDuplicateEmailConflicts()
{
    TestSandbox sandbox;
    const QString existing = sandbox.store().users().constFirst().email;
    const qsizetype before = sandbox.store().users().size();
    const HttpResult result = sandbox.request("POST", u"/users"_s, validInvite(existing.toUpper()));
    QCOMPARE(result.status, 409);
    QCOMPARE(result.code(), u"AlreadyExists"_s);
    QVERIFY(result.message().contains(existing.toUpper()));
    QCOMPARE(sandbox.store().users().size(), before);
}

void TestSandboxUsers::patchChangesOnlyGivenFields()
{
    TestSandbox sandbox;
    const ftsandbox::SandboxUser original = sandbox.store().users().at(2);
    const HttpResult result = sandbox.request("PATCH", u"/users/"_s + original.id,
                                              QJsonObject { { u"given_name"_s, u"Renamed"_s } });
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.dataObject();
    QCOMPARE(user.value(u"given_name"_s).toString(), u"Renamed"_s);
    QCOMPARE(user.value(u"family_name"_s).toString(), original.familyName);
    QCOMPARE(user.value(u"email"_s).toString(), original.email);
    QCOMPARE(user.value(u"phone"_s).isNull(), !original.phone.has_value());
    QCOMPARE(user.value(u"role"_s).toString(), original.role.value_or(QString()));
    QCOMPARE(sandbox.store().user(original.id)->givenName, u"Renamed"_s);

    const HttpResult role = sandbox.request("PATCH", u"/users/"_s + original.id,
                                            QJsonObject { { u"role"_s, u"Account Billing"_s } });
    QCOMPARE(role.status, 200);
    QCOMPARE(role.dataObject().value(u"role"_s).toString(), u"Account Billing"_s);
    QCOMPARE(role.dataObject().value(u"given_name"_s).toString(), u"Renamed"_s);
}

void TestSandboxUsers::patchNullClearsPhoneAndPicture()
{
    TestSandbox sandbox;
    ftsandbox::SandboxUser user;
    user.email = u"with.everything@example.com"_s;
    user.givenName = u"With"_s;
    user.familyName = u"Everything"_s;
    user.phone = u"+1 415 555 0199"_s;
    user.picture = u"https://avatars.example.com/x.png"_s;
    const QString id = sandbox.store().addUser(user).id;

    const HttpResult result = sandbox.request(
        "PATCH", u"/users/"_s + id,
        QJsonObject { { u"phone"_s, QJsonValue::Null }, { u"picture"_s, QJsonValue::Null } });
    QCOMPARE(result.status, 200);
    QVERIFY(result.dataObject().value(u"phone"_s).isNull());
    QVERIFY(result.dataObject().value(u"picture"_s).isNull());
    QVERIFY(!sandbox.store().user(id)->phone.has_value());
    QVERIFY(!sandbox.store().user(id)->picture.has_value());

    const HttpResult set = sandbox.request("PATCH", u"/users/"_s + id,
                                           QJsonObject { { u"phone"_s, u"+44 20 7946 0001"_s } });
    QCOMPARE(set.dataObject().value(u"phone"_s).toString(), u"+44 20 7946 0001"_s);
}

void TestSandboxUsers::patchIgnoresUnknownAndReadOnlyFields()
{
    TestSandbox sandbox;
    const ftsandbox::SandboxUser original = sandbox.store().users().at(3);
    const HttpResult result = sandbox.request("PATCH", u"/users/"_s + original.id,
                                              QJsonObject { { u"favourite_colour"_s, u"teal"_s },
                                                            { u"active"_s, !original.active },
                                                            { u"verified"_s, !original.verified },
                                                            { u"family_name"_s, u"Changed"_s } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.dataObject().value(u"family_name"_s).toString(), u"Changed"_s);
    QCOMPARE(result.dataObject().value(u"active"_s).toBool(), original.active);
    QCOMPARE(result.dataObject().value(u"verified"_s).toBool(), original.verified);
    QVERIFY(!result.dataObject().contains(u"favourite_colour"_s));
}

void TestSandboxUsers::patchSameEmailIsAccepted()
{
    TestSandbox sandbox;
    const ftsandbox::SandboxUser original = sandbox.store().users().at(1);
    const HttpResult result = sandbox.request("PATCH", u"/users/"_s + original.id,
                                              QJsonObject { { u"email"_s, original.email } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.dataObject().value(u"email"_s).toString(), original.email);
}

void TestSandboxUsers::patchRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentioned");
    auto body = [](const QString &field, const QJsonValue &value) {
        return fttest::toJson(QJsonObject { { field, value } });
    };
    QTest::newRow("given_name null") << body(u"given_name"_s, QJsonValue::Null) << u"given_name"_s;
    QTest::newRow("given_name number") << body(u"given_name"_s, 7) << u"given_name"_s;
    QTest::newRow("family_name blank") << body(u"family_name"_s, u""_s) << u"family_name"_s;
    QTest::newRow("phone number") << body(u"phone"_s, 4155550100.0) << u"phone"_s;
    QTest::newRow("picture object") << body(u"picture"_s, QJsonObject {}) << u"picture"_s;
    QTest::newRow("role null") << body(u"role"_s, QJsonValue::Null) << u"role"_s;
    QTest::newRow("role unknown") << body(u"role"_s, u"Overlord"_s) << u"Overlord"_s;
    QTest::newRow("role of wrong scope") << body(u"role"_s, u"Edit Destination"_s) << u"ACCOUNT"_s;
    QTest::newRow("email changed") << body(u"email"_s, u"other@example.com"_s) << u"email"_s;
    QTest::newRow("malformed JSON") << QByteArray("{\"given_name\": }") << u"JSON"_s;
    QTest::newRow("string body") << QByteArray("\"hello\"") << u"object"_s;
}

void TestSandboxUsers::patchRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentioned);
    TestSandbox sandbox;
    const ftsandbox::SandboxUser original = sandbox.store().users().at(4);
    const HttpResult result = sandbox.request("PATCH", u"/users/"_s + original.id, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"InvalidInput"_s);
    QVERIFY2(result.message().contains(mentioned), qPrintable(result.message()));
    const ftsandbox::SandboxUser *after = sandbox.store().user(original.id);
    QCOMPARE(after->givenName, original.givenName);
    QCOMPARE(after->familyName, original.familyName);
    QCOMPARE(after->role, original.role);
    QCOMPARE(after->email, original.email);
}

void TestSandboxUsers::patchUnknownUserIsNotFound()
{
    TestSandbox sandbox;
    const HttpResult result = sandbox.request("PATCH", u"/users/ghost_user"_s,
                                              QJsonObject { { u"given_name"_s, u"X"_s } });
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), u"NotFound_User"_s);
}

void TestSandboxUsers::deleteRemovesUserAndMemberships()
{
    TestSandbox sandbox;
    // A user who is not the last administrator and has memberships of both kinds.
    QString id;
    for (const auto &user : sandbox.store().users()) {
        if (!sandbox.store().groupMemberships(user.id).isEmpty()
            && !sandbox.store().connectionMemberships(user.id).isEmpty()) {
            id = user.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const qsizetype before = sandbox.store().users().size();
    const HttpResult result = sandbox.request("DELETE", u"/users/"_s + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.code(), u"Success"_s);
    QVERIFY(result.message().contains(id));
    QCOMPARE(sandbox.store().users().size(), before - 1);
    QVERIFY(!sandbox.store().user(id));
    QVERIFY(sandbox.store().groupMemberships(id).isEmpty());
    QVERIFY(sandbox.store().connectionMemberships(id).isEmpty());
    QCOMPARE(sandbox.get(u"/users/"_s + id).status, 404);
    QCOMPARE(sandbox.get(u"/users/"_s + id + u"/groups"_s).code(), u"NotFound_User"_s);
}

void TestSandboxUsers::deleteUnknownUserIsNotFound()
{
    TestSandbox sandbox;
    const HttpResult result = sandbox.request("DELETE", u"/users/nobody_here"_s);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), u"NotFound_User"_s);
}

void TestSandboxUsers::lastAdministratorIsProtected()
{
    TestSandbox sandbox;
    QStringList admins = administrators(sandbox.store());
    QVERIFY(admins.size() >= 2);
    // Demote or delete all but one; each of these steps is allowed.
    while (admins.size() > 1) {
        const QString id = admins.takeLast();
        const HttpResult result = admins.size() % 2
            ? sandbox.request("DELETE", u"/users/"_s + id)
            : sandbox.request("PATCH", u"/users/"_s + id,
                              QJsonObject { { u"role"_s, u"Account Reviewer"_s } });
        QCOMPARE(result.status, 200);
    }
    const QString last = admins.constFirst();
    QCOMPARE(administrators(sandbox.store()), QStringList { last });

    const HttpResult deleted = sandbox.request("DELETE", u"/users/"_s + last);
    QCOMPARE(deleted.status, 409);
    QCOMPARE(deleted.code(), u"LastAccountAdministrator"_s);
    const HttpResult demoted = sandbox.request("PATCH", u"/users/"_s + last,
                                               QJsonObject { { u"role"_s, u"Account Analyst"_s } });
    QCOMPARE(demoted.status, 409);
    QCOMPARE(demoted.code(), u"LastAccountAdministrator"_s);
    const HttpResult unroled = sandbox.request("DELETE", u"/users/"_s + last + u"/role"_s);
    QCOMPARE(unroled.status, 409);
    QCOMPARE(unroled.code(), u"LastAccountAdministrator"_s);
    QCOMPARE(administrators(sandbox.store()), QStringList { last });

    // Re-stating the role is fine, and once someone else is promoted the old one may go.
    QCOMPARE(sandbox
                 .request("PATCH", u"/users/"_s + last,
                          QJsonObject { { u"role"_s, u"Account Administrator"_s } })
                 .status,
             200);
    const QString other = sandbox.store().users().constLast().id;
    QVERIFY(other != last);
    QCOMPARE(sandbox
                 .request("PATCH", u"/users/"_s + other,
                          QJsonObject { { u"role"_s, u"Account Administrator"_s } })
                 .status,
             200);
    QCOMPARE(sandbox.request("DELETE", u"/users/"_s + last + u"/role"_s).status, 200);
}

void TestSandboxUsers::deleteRoleKeepsUser()
{
    TestSandbox sandbox;
    QString id;
    for (const auto &user : sandbox.store().users()) {
        if (user.role && *user.role != u"Account Administrator"_s)
            id = user.id;
    }
    QVERIFY(!id.isEmpty());
    const qsizetype before = sandbox.store().users().size();
    const HttpResult result = sandbox.request("DELETE", u"/users/"_s + id + u"/role"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.code(), u"Success"_s);
    QCOMPARE(sandbox.store().users().size(), before);
    QVERIFY(!sandbox.store().user(id)->role.has_value());
    const HttpResult after = sandbox.get(u"/users/"_s + id);
    QCOMPARE(after.status, 200);
    QVERIFY(after.dataObject().value(u"role"_s).isNull());
    QCOMPARE(sandbox.request("DELETE", u"/users/unknown_x/role"_s).code(), u"NotFound_User"_s);
}

QTEST_GUILESS_MAIN(TestSandboxUsers)
#include "tst_sandboxusers.moc"

// PlanChecker over a small account held in an AccountSnapshot (no network): every kind of
// problem it finds, lockouts at any step, what is already in effect, the cost, the words; and
// the PLAN.json form of plans with the errors a bad file gets.
#include "planchecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;
using Kind = PlanProblem::Kind;
using Severity = PlanProblem::Severity;

namespace {

ftapi::User person(const QString &id, const QString &given, const QString &family,
                   std::optional<QString> role)
{
    ftapi::User u;
    u.id = id;
    u.email = given.toLower() + u"@example.com"_s;
    u.givenName = given;
    u.familyName = family;
    u.role = std::move(role);
    u.active = true;
    u.verified = true;
    return u;
}

ftapi::Role role(const QString &name, const QString &scope, bool deprecated = false,
                 const QString &replacement = {})
{
    ftapi::Role r;
    r.name = name;
    r.scope = QStringList { scope };
    r.isDeprecated = deprecated;
    if (!replacement.isEmpty())
        r.replacementRoleName = replacement;
    return r;
}

// Ann is the only Account Administrator; Ben reviews and is in Finance; Cid has no role.
AccountSnapshot account()
{
    AccountSnapshot s;
    s.setUsers({ person(u"ann"_s, u"Ann"_s, u"Lee"_s, u"Account Administrator"_s),
                 person(u"ben"_s, u"Ben"_s, u"Ito"_s, u"Account Reviewer"_s),
                 person(u"cid"_s, u"Cid"_s, u"Roe"_s, std::nullopt) });
    s.setRoles({ role(u"Account Administrator"_s, u"ACCOUNT"_s),
                 role(u"Account Reviewer"_s, u"ACCOUNT"_s),
                 role(u"View Destination"_s, u"DESTINATION"_s),
                 role(u"Edit Destination"_s, u"DESTINATION"_s),
                 role(u"Destination Reviewer"_s, u"DESTINATION"_s, true, u"View Destination"_s),
                 role(u"View Connection"_s, u"CONNECTOR"_s) });
    s.setGroups(
        { { u"g1"_s, u"Finance"_s, std::nullopt }, { u"g2"_s, u"Marketing"_s, std::nullopt } });
    s.setConnections({ { u"c1"_s, u"postgres"_s, u"main"_s, u"g1"_s, false } });
    s.setMemberships(u"ben"_s, MembershipKind::Group,
                     { { u"g1"_s, u"View Destination"_s, std::nullopt } });
    s.setMemberships(u"ben"_s, MembershipKind::Connection, {});
    s.setMemberships(u"cid"_s, MembershipKind::Group, {});
    s.setMemberships(u"cid"_s, MembershipKind::Connection, {});
    return s;
}

ftapi::UserUpdate roleUpdate(const QString &name)
{
    ftapi::UserUpdate u;
    u.role = name;
    return u;
}

bool has(const PlanCheck &check, int change, Kind kind, Severity severity = Severity::Error)
{
    for (const PlanProblem &p : check.problems) {
        if (p.change == change && p.kind == kind && p.severity == severity)
            return true;
    }
    return false;
}

QString allProblems(const PlanCheck &check)
{
    QStringList lines;
    for (const PlanProblem &p : check.problems)
        lines.append(u"%1: %2"_s.arg(p.change).arg(p.text));
    return lines.join(u"\n"_s);
}

ftapi::NewUser invitation(const QString &email, const QString &given, const QString &family,
                          std::optional<QString> accountRole = std::nullopt)
{
    return { email, given, family, std::nullopt, std::nullopt, std::move(accountRole) };
}

} // namespace

class TestPlanChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPlanCostsOneRequestPerChange()
    {
        const AccountSnapshot s = account();
        Plan plan;
        plan.append(
            Change::addMembership(MembershipKind::Group, u"cid"_s, u"g2"_s, u"View Destination"_s));
        plan.append(Change::modifyUser(u"cid"_s, roleUpdate(u"Account Reviewer"_s)));
        plan.append(Change::createUser(invitation(u"dee@example.com"_s, u"Dee"_s, u"Fox"_s)));
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY2(check.problems.isEmpty(), qPrintable(allProblems(check)));
        QCOMPARE(check.requests, 3);
        QCOMPARE(check.inEffectCount(), 0);
        QCOMPARE(check.changes.at(0).text,
                 u"Give Cid Roe the role View Destination in Marketing"_s);
        QCOMPARE(check.changes.at(1).text, u"Change Cid Roe's account role to Account Reviewer"_s);
        QCOMPARE(check.changes.at(2).text,
                 u"Invite Dee Fox (dee@example.com) without an account role"_s);
        QCOMPARE(check.changes.at(0).userId, u"cid"_s);
        QVERIFY(check.changes.at(2).userId.isEmpty()); // known once the invitation is answered
    }

    void rolesUnknownWrongScopeAndDeprecated()
    {
        const AccountSnapshot s = account();
        Plan plan;
        plan.append(Change::addMembership(MembershipKind::Group, u"cid"_s, u"g1"_s, u"Owner"_s));
        plan.append(
            Change::addMembership(MembershipKind::Group, u"cid"_s, u"g2"_s, u"View Connection"_s));
        plan.append(Change::modifyUser(u"ben"_s, roleUpdate(u"View Destination"_s)));
        plan.append(Change::addMembership(MembershipKind::Connection, u"cid"_s, u"c1"_s,
                                          u"View Connection"_s));
        plan.append(Change::addMembership(MembershipKind::Group, u"ben"_s, u"g2"_s,
                                          u"Destination Reviewer"_s));
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY(has(check, 0, Kind::UnknownRole));
        QVERIFY(has(check, 1, Kind::WrongScope));
        QVERIFY(has(check, 2, Kind::WrongScope));
        QVERIFY2(check.problemsOf(3).isEmpty(), qPrintable(allProblems(check)));
        QVERIFY(has(check, 4, Kind::DeprecatedRole, Severity::Warning));
        QVERIFY(check.problemsOf(4).constFirst().text.contains(u"View Destination"_s));
        QCOMPARE(check.errorCount(), 3);
    }

    void unknownUsersAndTargets()
    {
        const AccountSnapshot s = account();
        Plan plan;
        plan.append(Change::removeAccountRole(u"nobody"_s));
        plan.append(Change::addMembership(MembershipKind::Group, {}, u"g1"_s, u"View Destination"_s)
                        .namedByEmail(u"ghost@example.com"_s));
        plan.append(
            Change::addMembership(MembershipKind::Group, u"cid"_s, u"g9"_s, u"View Destination"_s));
        plan.append(Change::addMembership(MembershipKind::Connection, u"cid"_s, u"c9"_s,
                                          u"View Connection"_s));
        // By e-mail, any case: found.
        plan.append(Change::removeAccountRole({}).namedByEmail(u"BEN@example.com"_s));
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY(has(check, 0, Kind::UnknownUser));
        QVERIFY(has(check, 1, Kind::UnknownUser));
        QVERIFY(has(check, 2, Kind::UnknownTarget));
        QVERIFY(has(check, 3, Kind::UnknownTarget));
        QVERIFY2(check.problemsOf(4).isEmpty(), qPrintable(allProblems(check)));
        QCOMPARE(check.changes.at(4).userId, u"ben"_s);
    }

    void invitationOfAnExistingUser()
    {
        const AccountSnapshot s = account();
        Plan plan;
        // Same names and role: already in effect, nothing to send.
        plan.append(Change::createUser(
            invitation(u"Ben@Example.com"_s, u"Ben"_s, u"Ito"_s, u"Account Reviewer"_s)));
        const PlanCheck same = PlanChecker::check(plan, s);
        QVERIFY2(same.problems.isEmpty(), qPrintable(allProblems(same)));
        QVERIFY(same.changes.at(0).inEffect);
        QCOMPARE(same.requests, 0);

        plan.clear();
        plan.append(Change::createUser(
            invitation(u"cid@example.com"_s, u"Cid"_s, u"Roe"_s, u"Account Reviewer"_s)));
        const PlanCheck other = PlanChecker::check(plan, s);
        QVERIFY(has(other, 0, Kind::AlreadyUser));
        QVERIFY(!other.changes.at(0).inEffect);
    }

    void membershipsAlreadyThereOrMissing()
    {
        const AccountSnapshot s = account();
        Plan plan;
        plan.append(Change::addMembership(MembershipKind::Group, u"ben"_s, u"g1"_s,
                                          u"Edit Destination"_s)); // member as View: error
        const PlanCheck other = PlanChecker::check(plan, s);
        QVERIFY(has(other, 0, Kind::AlreadyMember));
        QVERIFY(other.problemsOf(0).constFirst().text.contains(u"View Destination"_s));

        plan.clear();
        plan.append(
            Change::addMembership(MembershipKind::Group, u"ben"_s, u"g1"_s, u"View Destination"_s));
        plan.append(Change::updateMembership(MembershipKind::Group, u"cid"_s, u"g1"_s,
                                             u"Edit Destination"_s));
        plan.append(Change::deleteMembership(MembershipKind::Group, u"cid"_s, u"g2"_s));
        plan.append(Change::removeAccountRole(u"cid"_s));
        plan.append(Change::deleteUser(u"gone"_s));
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY(check.changes.at(0).inEffect);
        QVERIFY(has(check, 1, Kind::NotMember));
        QVERIFY(check.changes.at(2).inEffect);
        QVERIFY(check.changes.at(3).inEffect);
        QVERIFY(check.changes.at(4).inEffect); // nobody to delete: what it wants holds
        QVERIFY(has(check, 4, Kind::UnknownUser, Severity::Warning));
        QCOMPARE(check.requests, 1);
    }

    void lockoutAtTheOnlyStep()
    {
        const AccountSnapshot s = account();
        for (const Change &c :
             { Change::deleteUser(u"ann"_s), Change::removeAccountRole(u"ann"_s),
               Change::modifyUser(u"ann"_s, roleUpdate(u"Account Reviewer"_s)) }) {
            const PlanCheck check = PlanChecker::check(Plan({ c }), s);
            QVERIFY2(has(check, 0, Kind::Lockout), qPrintable(allProblems(check)));
            QVERIFY(check.problemsOf(0).constFirst().text.contains(u"Ann Lee"_s));
        }
        // With a second administrator first, the same change is fine.
        const PlanCheck fine = PlanChecker::check(
            Plan({ Change::modifyUser(u"ben"_s, roleUpdate(u"Account Administrator"_s)),
                   Change::deleteUser(u"ann"_s) }),
            s);
        QVERIFY2(!fine.hasErrors(), qPrintable(allProblems(fine)));
        QVERIFY(fine.changes.at(0).addsAdministrator);
        QVERIFY(fine.changes.at(1).removesAdministrator);
        // Allowed, but it leaves Ben the only one: said before sending.
        QVERIFY2(has(fine, 1, Kind::LastAdministrator, Severity::Warning),
                 qPrintable(allProblems(fine)));
        QVERIFY(!has(fine, 0, Kind::LastAdministrator, Severity::Warning));
    }

    void leavingOneAdministratorWarns()
    {
        const AccountSnapshot s = account();
        // Two administrators, then one loses the role: one is left, a warning, no error.
        const PlanCheck one = PlanChecker::check(
            Plan({ Change::modifyUser(u"ben"_s, roleUpdate(u"Account Administrator"_s)),
                   Change::modifyUser(u"cid"_s, roleUpdate(u"Account Administrator"_s)),
                   Change::removeAccountRole(u"ann"_s) }),
            s);
        QVERIFY2(!has(one, 2, Kind::LastAdministrator, Severity::Warning),
                 qPrintable(allProblems(one))); // two are left: Ben and Cid
        const PlanCheck last = PlanChecker::check(
            Plan({ Change::modifyUser(u"ben"_s, roleUpdate(u"Account Administrator"_s)),
                   Change::removeAccountRole(u"ann"_s) }),
            s);
        QVERIFY2(has(last, 1, Kind::LastAdministrator, Severity::Warning),
                 qPrintable(allProblems(last)));
        QVERIFY(!last.hasErrors());
        QVERIFY(last.problemsOf(1).constFirst().text.contains(u"only one Account Administrator"_s));
        // A change that touches no administrator says nothing of them.
        const PlanCheck other = PlanChecker::check(
            Plan({ Change::modifyUser(u"cid"_s, roleUpdate(u"Account Reviewer"_s)) }), s);
        QVERIFY(!has(other, 0, Kind::LastAdministrator, Severity::Warning));
    }

    void lockoutOnlyAtAMiddleStep()
    {
        const AccountSnapshot s = account();
        // Ben becomes administrator, Ann is demoted (fine: Ben is one), Ben is demoted (no one
        // left), then Cid becomes one: the end state has an administrator, step 3 does not.
        const Plan plan({ Change::modifyUser(u"ben"_s, roleUpdate(u"Account Administrator"_s)),
                          Change::removeAccountRole(u"ann"_s), Change::deleteUser(u"ben"_s),
                          Change::modifyUser(u"cid"_s, roleUpdate(u"Account Administrator"_s)) });
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY2(!has(check, 1, Kind::Lockout), qPrintable(allProblems(check)));
        QVERIFY2(has(check, 2, Kind::Lockout), qPrintable(allProblems(check)));
        QVERIFY(check.problemsOf(2).constFirst().text.contains(u"step 3"_s));
        QCOMPARE(check.errorCount(), 1);
    }

    void duplicatesAndContradictions()
    {
        const AccountSnapshot s = account();
        const Change add =
            Change::addMembership(MembershipKind::Group, u"cid"_s, u"g2"_s, u"View Destination"_s);
        const PlanCheck twice = PlanChecker::check(Plan({ add, add }), s);
        QVERIFY(has(twice, 1, Kind::Duplicate));
        QVERIFY(!has(twice, 0, Kind::Duplicate));

        const PlanCheck undone = PlanChecker::check(
            Plan({ add, Change::deleteMembership(MembershipKind::Group, u"cid"_s, u"g2"_s) }), s);
        QVERIFY(has(undone, 1, Kind::Contradiction));

        const PlanCheck roles = PlanChecker::check(
            Plan({ Change::modifyUser(u"ben"_s, roleUpdate(u"Account Administrator"_s)),
                   Change::removeAccountRole(u"ben"_s) }),
            s);
        QVERIFY(has(roles, 1, Kind::Contradiction));

        const PlanCheck afterDelete =
            PlanChecker::check(Plan({ Change::deleteUser(u"cid"_s), add }), s);
        QVERIFY(has(afterDelete, 1, Kind::Contradiction));

        // Different parts of one user are not in each other's way.
        ftapi::UserUpdate names;
        names.givenName = u"Cyd"_s;
        const PlanCheck separate = PlanChecker::check(
            Plan({ Change::modifyUser(u"cid"_s, names),
                   Change::modifyUser(u"cid"_s, roleUpdate(u"Account Reviewer"_s)), add }),
            s);
        QVERIFY2(separate.problems.isEmpty(), qPrintable(allProblems(separate)));
    }

    void invitedPeopleGetTheirMembershipsInOrder()
    {
        const AccountSnapshot s = account();
        const Plan plan(
            { Change::createUser(invitation(u"dee@example.com"_s, u"Dee"_s, u"Fox"_s)),
              Change::addMembership(MembershipKind::Group, {}, u"g1"_s, u"View Destination"_s)
                  .namedByEmail(u"dee@example.com"_s),
              Change::addMembership(MembershipKind::Connection, {}, u"c1"_s, u"View Connection"_s)
                  .namedByEmail(u"DEE@example.com"_s) });
        const PlanCheck check = PlanChecker::check(plan, s);
        QVERIFY2(check.problems.isEmpty(), qPrintable(allProblems(check)));
        QCOMPARE(check.changes.at(1).userKey, check.changes.at(0).userKey);
        QCOMPARE(check.changes.at(2).userKey, check.changes.at(0).userKey);
        QCOMPARE(check.changes.at(1).invitation, 0);
        // Named as invited, not by the address.
        QCOMPARE(check.changes.at(1).text, u"Give Dee Fox the role View Destination in Finance"_s);
        QCOMPARE(check.requests, 3);
    }

    void stateChangedSinceTheChangeWasMade()
    {
        const AccountSnapshot s = account();
        ftapi::User seen = *s.user(u"ben"_s);
        seen.role = u"Account Administrator"_s; // what the person saw
        const PlanCheck check =
            PlanChecker::check(Plan({ Change::removeAccountRole(u"ben"_s).expecting(seen) }), s);
        QVERIFY(has(check, 0, Kind::StateChanged, Severity::Warning));
        QVERIFY(!check.hasErrors());

        const PlanCheck membership =
            PlanChecker::check(Plan({ Change::updateMembership(MembershipKind::Group, u"ben"_s,
                                                               u"g1"_s, u"Edit Destination"_s)
                                          .expectingRole(u"Destination Reviewer"_s) }),
                               s);
        QVERIFY(has(membership, 0, Kind::StateChanged, Severity::Warning));
        QVERIFY(membership.problemsOf(0).constFirst().text.contains(u"View Destination"_s));
    }

    void unknownPartsAreSaidNotGuessed()
    {
        AccountSnapshot empty; // nothing known at all
        const PlanCheck check = PlanChecker::check(
            Plan({ Change::addMembership(MembershipKind::Group, u"x"_s, u"g1"_s, u"Any"_s),
                   Change::removeAccountRole(u"y"_s) }),
            empty);
        QVERIFY(!check.hasErrors());
        QVERIFY(has(check, 0, Kind::Unverified, Severity::Warning));
        QVERIFY(has(check, 1, Kind::Unverified, Severity::Warning));
        QCOMPARE(check.requests, 2);
    }

    void planFileRoundTrip()
    {
        ftapi::UserUpdate u;
        u.givenName = u"Ann"_s;
        u.clearPhone();
        const Plan plan(
            { Change::createUser({ u"new@example.com"_s, u"New"_s, u"Person"_s, u"+1 555"_s,
                                   std::nullopt, u"Account Reviewer"_s }),
              Change::modifyUser(u"ann"_s, u), Change::deleteUser(u"x"_s),
              Change::removeAccountRole({}).namedByEmail(u"ben@example.com"_s),
              Change::addMembership(MembershipKind::Group, u"u"_s, u"g"_s, u"View Destination"_s),
              Change::updateMembership(MembershipKind::Connection, u"u"_s, u"c"_s,
                                       u"Edit Connection"_s),
              Change::deleteMembership(MembershipKind::Connection, u"u"_s, u"c"_s) });
        Plan::ReadError error;
        const std::optional<Plan> back = Plan::fromJson(plan.toJson(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->size(), plan.size());
        for (int i = 0; i < plan.size(); ++i)
            QVERIFY2(back->at(i).sameWriteAs(plan.at(i)), qPrintable(QString::number(i)));
        QVERIFY(back->at(1).update.phone && !*back->at(1).update.phone); // null clears
        const QJsonObject first = QJsonDocument::fromJson(plan.toJson())
                                      .object()
                                      .value(u"changes"_s)
                                      .toArray()
                                      .at(6)
                                      .toObject();
        QCOMPARE(first.value(u"op"_s).toString(), u"delete_user_membership_in_connector"_s);
        QCOMPARE(first.value(u"connector_id"_s).toString(), u"c"_s);
    }

    void planFileErrorsNameTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("entry");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("{") << -1 << u"not valid JSON"_s;
        QTest::newRow("no list") << QByteArray("{}") << -1 << u"missing"_s;
        QTest::newRow("other key") << QByteArray(R"({"changes":[],"x":1})") << -1 << u"\"x\""_s;
        QTest::newRow("unknown op")
            << QByteArray(R"({"changes":[{"op":"hug_user"}]})") << 0 << u"unknown op"_s;
        QTest::newRow("no op") << QByteArray(R"({"changes":[{"user_id":"u"}]})") << 0
                               << u"\"op\""_s;
        QTest::newRow("unknown field") << QByteArray(
            R"({"changes":[{"op":"delete_user","user_id":"u"},{"op":"delete_user","user_id":"u","colour":"red"}]})")
                                       << 1 << u"colour"_s;
        QTest::newRow("no user") << QByteArray(
            R"({"changes":[{"op":"delete_user_membership_in_account"}]})")
                                 << 0 << u"user_id"_s;
        QTest::newRow("no group") << QByteArray(
            R"({"changes":[{"op":"add_user_membership_in_group","user_id":"u","role":"r"}]})")
                                  << 0 << u"group_id"_s;
        QTest::newRow("no role") << QByteArray(
            R"({"changes":[{"op":"update_user_membership_in_connector","user_id":"u","connection_id":"c"}]})")
                                 << 0 << u"role"_s;
        QTest::newRow("number") << QByteArray(R"({"changes":[{"op":"delete_user","user_id":7}]})")
                                << 0 << u"text"_s;
        QTest::newRow("empty modify")
            << QByteArray(R"({"changes":[{"op":"modify_user","user_id":"u"}]})") << 0
            << u"at least one"_s;
        QTest::newRow("invite without names")
            << QByteArray(R"({"changes":[{"op":"create_user","email":"a@b.co"}]})") << 0
            << u"given_name"_s;
        QTest::newRow("not an object")
            << QByteArray(R"({"changes":["delete_user"]})") << 0 << u"object"_s;
    }

    void planFileErrorsNameTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, entry);
        QFETCH(QString, words);
        Plan::ReadError error;
        QVERIFY(!Plan::fromJson(json, &error));
        QCOMPARE(error.entry, entry);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        if (entry >= 0)
            QVERIFY(error.toString().startsWith(u"changes[%1]"_s.arg(entry)));
    }

    void planFileTakesEmailAndConnectionSpellings()
    {
        Plan::ReadError error;
        const auto plan = Plan::fromJson(
            R"({"changes":[{"op":"add_user_membership_in_connection","email":"a@b.co","connection_id":"c1","role":"View Connection"},
                           {"op":"modify_user","user_id":"u","picture":null,"phone":"null"}]})",
            &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        QCOMPARE(plan->at(0).op, ChangeOp::AddMembership);
        QCOMPARE(plan->at(0).kind, MembershipKind::Connection);
        QCOMPARE(plan->at(0).email, u"a@b.co"_s);
        QVERIFY(plan->at(0).userId.isEmpty());
        QCOMPARE(plan->at(0).targetId, u"c1"_s);
        QCOMPARE(plan->at(0).seedName(), u"add_user_membership_in_connector"_s);
        QVERIFY(plan->at(1).update.picture && !*plan->at(1).update.picture);
        QVERIFY(plan->at(1).update.phone && !*plan->at(1).update.phone);
    }
};

QTEST_GUILESS_MAIN(TestPlanChecker)
#include "tst_planchecker.moc"

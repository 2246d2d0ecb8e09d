// PeopleImport over a small account held in an AccountSnapshot (no network): the header rules,
// every kind of row error with its line, both delimiters and the byte-order mark, what rows
// become (invitations with memberships; only what an existing person lacks), the order of the
// plan, the check's problems landing on their rows, and a second import that sends nothing.
#include "peopleimport.h"
#include "planchecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;

namespace {

ftapi::User person(const QString &id, const QString &email, const QString &given,
                   const QString &family, std::optional<QString> role)
{
    ftapi::User u;
    u.id = id;
    u.email = email;
    u.givenName = given;
    u.familyName = family;
    u.role = std::move(role);
    return u;
}

ftapi::Role role(const QString &name, const QString &scope)
{
    ftapi::Role r;
    r.name = name;
    r.scope = QStringList { scope };
    return r;
}

// Ann is the only Account Administrator; Ben reviews and views Finance. Two connections share
// the schema "sales".
AccountSnapshot account()
{
    AccountSnapshot s;
    s.setUsers(
        { person(u"ann"_s, u"ann@example.com"_s, u"Ann"_s, u"Lee"_s, u"Account Administrator"_s),
          person(u"ben"_s, u"ben@example.com"_s, u"Ben"_s, u"Ito"_s, u"Account Reviewer"_s) });
    s.setRoles({ role(u"Account Administrator"_s, u"ACCOUNT"_s),
                 role(u"Account Reviewer"_s, u"ACCOUNT"_s),
                 role(u"View Destination"_s, u"DESTINATION"_s),
                 role(u"Manage Destination"_s, u"DESTINATION"_s),
                 role(u"View Connection"_s, u"CONNECTOR"_s) });
    s.setGroups({ { u"g1"_s, u"Finance"_s, std::nullopt },
                  { u"g2"_s, u"Marketing"_s, std::nullopt },
                  { u"g3"_s, u"Twin"_s, std::nullopt },
                  { u"g4"_s, u"twin"_s, std::nullopt } });
    s.setConnections({ { u"c1"_s, u"postgres"_s, u"sales"_s, u"g1"_s, false },
                       { u"c2"_s, u"mysql"_s, u"sales"_s, u"g2"_s, false },
                       { u"c3"_s, u"s3"_s, u"lake"_s, u"g2"_s, false } });
    s.setMemberships(u"ben"_s, MembershipKind::Group,
                     { { u"g1"_s, u"View Destination"_s, std::nullopt } });
    s.setMemberships(u"ben"_s, MembershipKind::Connection, {});
    s.setMemberships(u"ann"_s, MembershipKind::Group, {});
    s.setMemberships(u"ann"_s, MembershipKind::Connection, {});
    return s;
}

PeopleImport mapped(const QByteArray &csv, const AccountView &view)
{
    PeopleImport import = PeopleImport::read(csv);
    import.map(view);
    return import;
}

const QByteArray kHeader = "email,given_name,family_name,role,destinations,connections\n";

} // namespace

class TstPeopleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newPersonIsInvitedWithMemberships()
    {
        const AccountSnapshot view = account();
        const PeopleImport import = mapped(kHeader
                                               + "cat@example.com,Cat,Roe,Account Reviewer,"
                                                 "Finance=View Destination;g2=Manage Destination,"
                                                 "lake=View Connection\n",
                                           view);
        QVERIFY(import.fileError().isEmpty());
        QCOMPARE(import.rows().size(), 1);
        const ImportRow &row = import.rows().constFirst();
        QVERIFY2(row.isValid(), qPrintable(row.errors.join(u'\n')));
        QCOMPARE(row.line, 2);
        QVERIFY(!row.existing);
        QCOMPARE(row.changes.size(), 4);
        QCOMPARE(row.changes.at(0).op, ChangeOp::CreateUser);
        QCOMPARE(row.changes.at(0).invitation.givenName, u"Cat"_s);
        QCOMPARE(row.changes.at(0).invitation.role, std::optional<QString>(u"Account Reviewer"_s));
        // Memberships by name and by id, for the person the plan invites (by e-mail).
        QCOMPARE(row.changes.at(1).op, ChangeOp::AddMembership);
        QCOMPARE(row.changes.at(1).targetId, u"g1"_s);
        QCOMPARE(row.changes.at(1).email, u"cat@example.com"_s);
        QVERIFY(row.changes.at(1).userId.isEmpty());
        QCOMPARE(row.changes.at(2).targetId, u"g2"_s);
        QCOMPARE(row.changes.at(2).role, u"Manage Destination"_s);
        QCOMPARE(row.changes.at(3).kind, MembershipKind::Connection);
        QCOMPARE(row.changes.at(3).targetId, u"c3"_s);

        const Plan plan = import.plan();
        const PlanCheck check = PlanChecker::check(plan, view);
        QVERIFY(!check.hasErrors());
        QCOMPARE(check.requests, 4);
    }

    void existingPersonGetsOnlyWhatTheyLack()
    {
        const AccountSnapshot view = account();
        // Ben: role differs, Finance is there with another role, Marketing is missing.
        const PeopleImport import = mapped(kHeader
                                               + "BEN@example.com,,,Account Administrator,"
                                                 "Finance=Manage Destination;Marketing=View "
                                                 "Destination,\n",
                                           view);
        const ImportRow &row = import.rows().constFirst();
        QVERIFY2(row.isValid(), qPrintable(row.errors.join(u'\n')));
        QVERIFY(row.existing);
        QCOMPARE(row.userId, u"ben"_s);
        QCOMPARE(row.changes.size(), 3);
        QCOMPARE(row.changes.at(0).op, ChangeOp::ModifyUser); // no invitation
        QCOMPARE(row.changes.at(0).update.role, std::optional<QString>(u"Account Administrator"_s));
        QCOMPARE(row.changes.at(1).op, ChangeOp::UpdateMembership);
        QCOMPARE(row.changes.at(1).expectedRole, std::optional<QString>(u"View Destination"_s));
        QCOMPARE(row.changes.at(2).op, ChangeOp::AddMembership);
        QCOMPARE(row.changes.at(2).targetId, u"g2"_s);
    }

    void secondImportSendsNothing()
    {
        // The account after the first import: Cat invited with her memberships, Ben changed.
        AccountSnapshot after = account();
        after.setUsers(
            { person(u"ann"_s, u"ann@example.com"_s, u"Ann"_s, u"Lee"_s,
                     u"Account Administrator"_s),
              person(u"ben"_s, u"ben@example.com"_s, u"Ben"_s, u"Ito"_s, u"Account Reviewer"_s),
              person(u"cat"_s, u"cat@example.com"_s, u"Cat"_s, u"Roe"_s, u"Account Reviewer"_s) });
        after.setMemberships(u"cat"_s, MembershipKind::Group,
                             { { u"g1"_s, u"View Destination"_s, std::nullopt } });
        after.setMemberships(u"cat"_s, MembershipKind::Connection,
                             { { u"c3"_s, u"View Connection"_s, std::nullopt } });
        const QByteArray file = kHeader
            + "cat@example.com,Cat,Roe,Account Reviewer,Finance=View Destination,lake=View "
              "Connection\n"
              "ben@example.com,Ben,Ito,Account Reviewer,Finance=View Destination,\n";
        const PeopleImport again = mapped(file, after);
        QCOMPARE(again.errorCount(), 0);
        QVERIFY(again.plan().isEmpty());
        for (const ImportRow &row : again.rows())
            QVERIFY(row.existing);
    }

    void headerIsCaseInsensitiveInAnyOrder()
    {
        const AccountSnapshot view = account();
        const PeopleImport import =
            mapped("Family_Name,EMAIL, Given_Name \nRoe,cat@example.com,Cat\n", view);
        QVERIFY2(import.fileError().isEmpty(), qPrintable(import.fileError()));
        const ImportRow &row = import.rows().constFirst();
        QVERIFY(row.isValid());
        QCOMPARE(row.changes.constFirst().invitation.familyName, u"Roe"_s);
        QCOMPARE(row.changes.constFirst().invitation.givenName, u"Cat"_s);
    }

    void semicolonAndByteOrderMark()
    {
        const AccountSnapshot view = account();
        const PeopleImport import = mapped("\xEF\xBB\xBF"
                                           "email;given_name;family_name;destinations\r\n"
                                           "cat@example.com;Cat;Roe;\"Finance=View "
                                           "Destination;Marketing=View Destination\"\r\n",
                                           view);
        QVERIFY2(import.fileError().isEmpty(), qPrintable(import.fileError()));
        QCOMPARE(import.delimiter(), u';');
        QVERIFY(import.hadByteOrderMark());
        QCOMPARE(import.header().constFirst(), u"email"_s);
        const ImportRow &row = import.rows().constFirst();
        QVERIFY2(row.isValid(), qPrintable(row.errors.join(u'\n')));
        QCOMPARE(row.changes.size(), 3);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray("\n\n") << u"empty"_s;
        QTest::newRow("no header") << QByteArray("cat@example.com,Cat,Roe\n") << u"header row"_s;
        QTest::newRow("unknown column")
            << QByteArray("email,given_name,surname,department\n") << u"surname, department"_s;
        QTest::newRow("a column twice") << QByteArray("email,role,Role\n") << u"role"_s;
        QTest::newRow("no email column") << QByteArray("given_name,family_name\n") << u"email"_s;
        QTest::newRow("not csv") << QByteArray("email\n\"open\n") << u"never closed"_s;
    }

    void fileErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, words);
        const PeopleImport import = PeopleImport::read(file);
        QVERIFY(!import.fileError().isEmpty());
        QVERIFY2(import.fileError().contains(words), qPrintable(import.fileError()));
        QVERIFY(import.rows().isEmpty());
    }

    void rowErrors_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed e-mail")
            << QByteArray("cat.example.com,Cat,Roe,,,") << u"not an e-mail address"_s;
        QTest::newRow("missing e-mail") << QByteArray(",Cat,Roe,,,") << u"e-mail is missing"_s;
        QTest::newRow("missing name for a new person")
            << QByteArray("cat@example.com,Cat,,,,") << u"family_name are needed"_s;
        QTest::newRow("unknown account role")
            << QByteArray("cat@example.com,Cat,Roe,Account Boss,,") << u"no role named"_s;
        QTest::newRow("unknown membership role")
            << QByteArray("cat@example.com,Cat,Roe,,Finance=Owner,") << u"“Owner”"_s;
        QTest::newRow("account role of the wrong scope")
            << QByteArray("cat@example.com,Cat,Roe,View Destination,,") << u"not an account role"_s;
        QTest::newRow("destination role of the wrong scope")
            << QByteArray("cat@example.com,Cat,Roe,,Finance=View Connection,")
            << u"not a destination role"_s;
        QTest::newRow("connection role of the wrong scope")
            << QByteArray("cat@example.com,Cat,Roe,,,lake=View Destination")
            << u"not a connection role"_s;
        QTest::newRow("unknown destination")
            << QByteArray("cat@example.com,Cat,Roe,,Finanse=View Destination,")
            << u"no destination named “Finanse”"_s;
        QTest::newRow("unknown connection")
            << QByteArray("cat@example.com,Cat,Roe,,,pond=View Connection")
            << u"no connection named “pond”"_s;
        QTest::newRow("ambiguous destination")
            << QByteArray("cat@example.com,Cat,Roe,,TWIN=View Destination,")
            << u"names 2 destinations (ids g3, g4)"_s;
        QTest::newRow("ambiguous connection")
            << QByteArray("cat@example.com,Cat,Roe,,,sales=View Connection")
            << u"names 2 connections (ids c1, c2)"_s;
        QTest::newRow("not TARGET=ROLE")
            << QByteArray("cat@example.com,Cat,Roe,,Finance,") << u"not TARGET=ROLE"_s;
        QTest::newRow("the same target twice")
            << QByteArray("cat@example.com,Cat,Roe,,Finance=View Destination;g1=Manage "
                          "Destination,")
            << u"are the same destination"_s;
        QTest::newRow("too many fields")
            << QByteArray("cat@example.com,Cat,Roe,,,,surplus") << u"has 7 fields"_s;
    }

    void rowErrors()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, words);
        const AccountSnapshot view = account();
        // A valid row before it, so the line number is the file's, not the row's index.
        const PeopleImport import =
            mapped(kHeader + "dan@example.com,Dan,Oak,,,\n" + row + "\n", view);
        QVERIFY(import.fileError().isEmpty());
        QCOMPARE(import.rows().size(), 2);
        QVERIFY(import.rows().at(0).isValid());
        const ImportRow &bad = import.rows().at(1);
        QCOMPARE(bad.line, 3);
        QVERIFY(!bad.isValid());
        QVERIFY2(bad.errors.join(u'\n').contains(words), qPrintable(bad.errors.join(u'\n')));
        QCOMPARE(import.errorCount(), 1);
        QVERIFY(import.errorLines().constFirst().startsWith(u"line 3"_s));
        // Only the valid row's changes are in the plan.
        QVector<int> rowOf;
        const Plan plan = import.plan(&rowOf);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(rowOf, QVector<int>({ 0 }));
    }

    void sameEmailTwiceMarksBothLines()
    {
        const AccountSnapshot view = account();
        const PeopleImport import = mapped(kHeader
                                               + "cat@example.com,Cat,Roe,,,\n"
                                                 "dan@example.com,Dan,Oak,,,\n"
                                                 "CAT@example.com,Catherine,Roe,,,\n",
                                           view);
        QCOMPARE(import.errorCount(), 2);
        QVERIFY(import.rows().at(0).errors.join(u' ').contains(u"line(s) 4"_s));
        QVERIFY(import.rows().at(2).errors.join(u' ').contains(u"line(s) 2"_s));
        QVERIFY(import.rows().at(1).isValid());
        QCOMPARE(import.plan().size(), 1);
    }

    void lineNumbersFollowQuotedLineBreaks()
    {
        const AccountSnapshot view = account();
        const PeopleImport import = mapped("email,given_name,family_name\n"
                                           "cat@example.com,\"Cat\nherine\",Roe\n"
                                           "bad,Dan,Oak\n",
                                           view);
        QCOMPARE(import.rows().at(1).line, 4);
        QVERIFY(import.errorLines().constFirst().startsWith(u"line 4"_s));
    }

    void checkProblemsLandOnTheirRows()
    {
        const AccountSnapshot view = account();
        // Demoting the only administrator is refused by the check; the row says so. Ben is
        // made an administrator on a later line, so the demotion goes last and is fine.
        PeopleImport alone = mapped(kHeader + "ann@example.com,,,Account Reviewer,,\n", view);
        QVector<int> rowOf;
        Plan plan = alone.plan(&rowOf);
        alone.applyCheck(PlanChecker::check(plan, view), rowOf);
        QVERIFY(!alone.rows().constFirst().isValid());
        QVERIFY(alone.rows().constFirst().errors.join(u' ').contains(u"Account Administrator"_s));
        QVERIFY(alone.plan().isEmpty());

        PeopleImport handover = mapped(kHeader
                                           + "ann@example.com,,,Account Reviewer,,\n"
                                             "ben@example.com,,,Account Administrator,,\n",
                                       view);
        plan = handover.plan(&rowOf);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(rowOf, QVector<int>({ 1, 0 })); // the demotion last
        const PlanCheck check = PlanChecker::check(plan, view);
        handover.applyCheck(check, rowOf);
        QVERIFY(!check.hasErrors());
        QCOMPARE(handover.errorCount(), 0);
    }

    void probeNamesWhatMapNeeds()
    {
        const PeopleImport import = PeopleImport::read(
            kHeader
            + "cat@example.com,Cat,Roe,Account Reviewer,Finance=View Destination,lake=View "
              "Connection\n"
              "dan@example.com,Dan,Oak,,,\n");
        const Plan probe = import.probePlan();
        // Per person: the user by e-mail (with the role, so the roles are read), and one
        // membership per kind they name (so the targets and their memberships are read).
        QCOMPARE(probe.size(), 4);
        QCOMPARE(probe.at(0).email, u"cat@example.com"_s);
        QCOMPARE(probe.at(0).newAccountRole(), std::optional<QString>(u"Account Reviewer"_s));
        QCOMPARE(probe.at(1).kind, MembershipKind::Group);
        QCOMPARE(probe.at(2).kind, MembershipKind::Connection);
        QCOMPARE(probe.at(3).email, u"dan@example.com"_s);
    }

    void unknownAccountPartsAreNotGuessed()
    {
        // Nothing read: roles are left to the check; targets cannot be found by name.
        const AccountSnapshot nothing;
        const PeopleImport import = mapped(kHeader
                                               + "cat@example.com,Cat,Roe,Account Reviewer,,\n"
                                                 "dan@example.com,Dan,Oak,,Finance=View "
                                                 "Destination,\n",
                                           nothing);
        QVERIFY(import.rows().at(0).isValid());
        QVERIFY(!import.rows().at(1).isValid());
        QVERIFY(import.rows().at(1).errors.constFirst().contains(u"could not be read"_s));
    }
};

QTEST_GUILESS_MAIN(TstPeopleImport)
#include "tst_peopleimport.moc"

// Apply, then undo, against the sandbox (the fixed demo account), journalled in a file of the
// test's own: for each write operation the undo gives back the state read from the sandbox;
// deleting a user and undoing it gives back names, phone, picture, role and every membership
// (as a new user, and the undo says so); an undo whose state changed since says what changed.
#include "journal.h"
#include "modelfixture.h"
#include "planrun.h"
#include "storage.h"
#include "undoplanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ftmodels;
using ftapi::MembershipKind;
using SandboxKind = ftsandbox::MembershipKind;

namespace {

// What the sandbox holds about one person, to compare before and after.
struct Person
{
    bool exists = false;
    QString id;
    QString givenName, familyName;
    std::optional<QString> phone, picture, role;
    QMap<QString, QString> groups, connections; // target -> role

    friend bool operator==(const Person &a, const Person &b)
    {
        return a.exists == b.exists && a.givenName == b.givenName && a.familyName == b.familyName
            && a.phone == b.phone && a.picture == b.picture && a.role == b.role
            && a.groups == b.groups && a.connections == b.connections;
    }
};

Person read(fttest::TestSandbox &sandbox, const QString &email)
{
    Person p;
    const ftsandbox::SandboxUser *u = sandbox.store().userByEmail(email);
    if (!u)
        return p;
    p.exists = true;
    p.id = u->id;
    p.givenName = u->givenName;
    p.familyName = u->familyName;
    p.phone = u->phone;
    p.picture = u->picture;
    p.role = u->role;
    for (const auto &m : sandbox.store().groupMemberships(u->id))
        p.groups.insert(m.id, m.role);
    for (const auto &m : sandbox.store().connectionMemberships(u->id))
        p.connections.insert(m.id, m.role);
    return p;
}

QString describe(const Person &p)
{
    QStringList parts { p.exists ? u"exists"_s : u"gone"_s, p.givenName, p.familyName,
                        p.phone.value_or(u"-"_s), p.role.value_or(u"no role"_s) };
    for (auto it = p.groups.begin(); it != p.groups.end(); ++it)
        parts.append(u"g:"_s + it.key() + u"="_s + it.value());
    for (auto it = p.connections.begin(); it != p.connections.end(); ++it)
        parts.append(u"c:"_s + it.key() + u"="_s + it.value());
    return parts.join(u", "_s);
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Fixture
    {
        fttest::TestSandbox sandbox;
        std::unique_ptr<ftapi::ApiClient> client { fttest::newClient(sandbox) };
        Storage storage;
        std::unique_ptr<Journal> journal;
    };

    std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        QString error;
        if (!f->storage.open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                            + QString::fromLatin1(QTest::currentDataTag())
                                            + u".sqlite"_s),
                             &error))
            return nullptr;
        f->journal = std::make_unique<Journal>(
            &f->storage,
            f->storage.accountId({ u"t"_s, f->sandbox.server().baseUrl().toString(), u"k"_s }));
        return f;
    }

    std::unique_ptr<PlanRun> run(Fixture &f, const Plan &plan)
    {
        auto r = std::make_unique<PlanRun>(f.client.get(), plan, nullptr);
        r->setJournal(f.journal.get());
        r->setRetryDelay(5);
        QSignalSpy finished(r.get(), &PlanRun::finished);
        r->start();
        if (!r->isFinished())
            finished.wait(20000);
        return r;
    }

    UndoPlanner::Undo undoOf(Fixture &f, const PlanRun &done)
    {
        JournalFilter filter;
        filter.batch = done.batch();
        return UndoPlanner::plan(f.journal->entries(filter), *f.journal);
    }

private Q_SLOTS:
    void undoGivesBackTheState_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QByteArray>("change"); // one PLAN.json entry
        const QString james = u"james.walker@example.com"_s;
        const QString priya = u"priya.sharma@example.com"_s;
        QTest::newRow("modify names and phone")
            << priya << QByteArray(R"({"op":"modify_user","email":"priya.sharma@example.com",
                              "given_name":"Priyanka","phone":null})");
        QTest::newRow("modify the account role")
            << priya
            << QByteArray(
                   R"({"op":"modify_user","user_id":"candid_atlas","role":"Account Reviewer"})");
        QTest::newRow("give a first account role")
            << james
            << QByteArray(
                   R"({"op":"modify_user","user_id":"keen_walnut","role":"Account Reviewer"})");
        QTest::newRow("remove the account role")
            << priya
            << QByteArray(R"({"op":"delete_user_membership_in_account","user_id":"candid_atlas"})");
        QTest::newRow("add to a destination")
            << james << QByteArray(R"({"op":"add_user_membership_in_group","user_id":"keen_walnut",
                              "group_id":"quiet_summit","role":"View Destination"})");
        QTest::newRow("add to a connection")
            << james
            << QByteArray(R"({"op":"add_user_membership_in_connector","user_id":"keen_walnut",
                              "connector_id":"brisk_falcon","role":"View Connection"})");
        QTest::newRow("change a role")
            << james
            << QByteArray(R"({"op":"update_user_membership_in_group","user_id":"keen_walnut",
                              "group_id":"warm_harbor","role":"View Destination"})");
        QTest::newRow("remove from a connection")
            << james
            << QByteArray(R"({"op":"delete_user_membership_in_connector","user_id":"keen_walnut",
                              "connector_id":"placid_otter"})");
        QTest::newRow("invite") << u"new.person@example.com"_s
                                << QByteArray(
                                       R"({"op":"create_user","email":"new.person@example.com",
                              "given_name":"New","family_name":"Person","role":"Account Reviewer"})");
    }

    void undoGivesBackTheState()
    {
        QFETCH(QString, email);
        QFETCH(QByteArray, change);
        auto f = fixture();
        QVERIFY(f);
        QString problem;
        const std::optional<Change> c =
            Change::fromJson(QJsonDocument::fromJson(change).object(), &problem);
        QVERIFY2(c, qPrintable(problem));
        const Person before = read(f->sandbox, email);

        auto done = run(*f, Plan({ *c }));
        QVERIFY(done->succeeded());
        QCOMPARE(done->result(0).outcome, PlanRun::Outcome::Applied);
        QVERIFY2(!(read(f->sandbox, email) == before), "the change changed nothing");

        const UndoPlanner::Undo undo = undoOf(*f, *done);
        QVERIFY2(!undo.plan.isEmpty(), qPrintable(undo.skipped.join(u"; "_s)));
        QVERIFY(undo.words.startsWith(u"Undo: "_s));
        QVERIFY(undo.losses.isEmpty());
        auto undone = run(*f, undo.plan);
        QVERIFY(undone->succeeded());
        const Person after = read(f->sandbox, email);
        QVERIFY2(after == before, qPrintable(describe(after) + u" vs "_s + describe(before)));

        // The undo is journalled with its link; there is nothing left to undo.
        const QVector<JournalEntry> entries = f->journal->entries();
        QVERIFY(entries.constLast().undoes > 0);
        QVERIFY(f->journal->isUndone(entries.constFirst().id));
        QVERIFY(f->journal->lastUndoableBatch().isEmpty());
        QVERIFY(f->journal->verify().intact);
    }

    void deleteThenUndoGivesBackNamesRoleAndEveryMembership()
    {
        auto f = fixture();
        QVERIFY(f);
        // Hannah: a destination and a connection; give her a phone and a role first.
        const QString email = u"hannah.mueller@example.com"_s;
        ftsandbox::SandboxUserPatch patch;
        patch.phone = std::optional<QString>(u"+49 30 555 0100"_s);
        patch.role = u"Account Reviewer"_s;
        QVERIFY(!f->sandbox.store().updateUser(u"frosty_paddle"_s, patch, nullptr).isError());
        const Person before = read(f->sandbox, email);
        QCOMPARE(before.groups.size() + before.connections.size(), 2);

        auto done = run(*f, Plan({ Change::deleteUser(u"frosty_paddle"_s) }));
        QVERIFY(done->succeeded());
        QVERIFY(!read(f->sandbox, email).exists);
        const JournalEntry deleted = f->journal->entries().constFirst();
        QCOMPARE(deleted.before.value(u"groups"_s).toArray().size(), 1);
        QCOMPARE(deleted.before.value(u"connections"_s).toArray().size(), 1);

        const UndoPlanner::Undo undo = undoOf(*f, *done);
        QCOMPARE(undo.losses.size(), 1); // said before it runs
        QVERIFY(undo.losses.constFirst().contains(u"new id"_s));
        QCOMPARE(undo.plan.size(), 3); // the invitation and the two memberships
        auto undone = run(*f, undo.plan);
        QVERIFY(undone->succeeded());
        const Person after = read(f->sandbox, email);
        QVERIFY2(after == before, qPrintable(describe(after) + u" vs "_s + describe(before)));
        QVERIFY(after.id != before.id); // a new user, as the undo said
    }

    void anUndoSaysWhatChangedSince()
    {
        auto f = fixture();
        QVERIFY(f);
        auto done =
            run(*f,
                Plan({ Change::updateMembership(MembershipKind::Group, u"keen_walnut"_s,
                                                u"warm_harbor"_s, u"View Destination"_s) }));
        QVERIFY(done->succeeded());
        // Someone else changes the role meanwhile.
        QVERIFY(!f->sandbox.store()
                     .updateMembership(SandboxKind::Group, u"keen_walnut"_s, u"warm_harbor"_s,
                                       u"Edit Destination"_s, nullptr)
                     .isError());
        const UndoPlanner::Undo undo = undoOf(*f, *done);
        auto check = std::make_unique<PlanRun>(f->client.get(), undo.plan, nullptr);
        check->setCheckOnly(true);
        QSignalSpy finished(check.get(), &PlanRun::finished);
        check->start();
        QVERIFY(finished.wait(10000));
        bool said = false;
        for (const PlanProblem &p : check->check().problems)
            said = said
                || (p.kind == PlanProblem::Kind::StateChanged
                    && p.text.contains(u"Edit Destination"_s));
        QVERIFY(said);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"

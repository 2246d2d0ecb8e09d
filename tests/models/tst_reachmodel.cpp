// ReachModel under QAbstractItemModelTester on a session over the demo account: the current
// user's rows against the brute force, ready only once every list arrived, recomputed when
// the user or their memberships change, and what it says when teams cannot be read.
#include "effectivefixture.h"
#include "membershipsmodel.h"
#include "modelfixture.h"
#include "reachmodel.h"
#include "session.h"
#include "teamdirectory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::ReachModel;
using ftmodels::Session;

class TestReachModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const ftsandbox::SandboxOptions &options = {})
            : sandbox(options)
        {
            client = fttest::newClient(sandbox, &owner);
            session = std::make_unique<Session>(
                client, ftmodels::AccountInfo { u"Test"_s, sandbox.server().baseUrl(), true });
            model = std::make_unique<ReachModel>(session.get());
        }
        bool start()
        {
            QSignalSpy loaded(session.get(), &Session::usersLoaded);
            session->start();
            return loaded.wait(20000);
        }
        bool show(const QString &userId)
        {
            session->setCurrentUser(userId);
            model->activate();
            return QTest::qWaitFor([this] { return model->isReady(); }, 20000);
        }
        fttest::TestSandbox sandbox;
        QObject owner;
        ftapi::ApiClient *client = nullptr;
        std::unique_ptr<Session> session;
        std::unique_ptr<ReachModel> model;
    };

    static void compare(const ReachModel &model, const ftsandbox::SandboxStore &store,
                        const QString &userId, bool withTeams = true)
    {
        QStringList expected;
        for (const fttest::ExpectedReach &r : fttest::expectedEffectiveRows(store, withTeams)) {
            if (r.userId == userId)
                expected.append(r.kind + u':' + r.targetId + u':' + r.level + u':'
                                + QString::number(r.via.size()));
        }
        QStringList actual;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto &reached = model.reachedAt(row);
            const auto &target = model.graph().targets().at(reached.target);
            // One child row a reason, in words, in the paths' order.
            const QModelIndex parent = model.index(row, ReachModel::TargetColumn);
            QStringList children;
            for (int r = 0; r < model.rowCount(parent); ++r)
                children.append(model.index(r, ReachModel::TargetColumn, parent).data().toString());
            QCOMPARE(children, model.reasonsAt(row));
            actual.append(ftmodels::Audit::kindKey(target.kind) + u':' + target.id + u':'
                          + ftmodels::AccessRules::levelKey(reached.level) + u':'
                          + QString::number(children.size()));
        }
        QCOMPARE(actual, expected);
    }

private Q_SLOTS:
    void followsTheCurrentUser()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(f.start());
        QVERIFY(!f.model->isReady());
        QCOMPARE(f.model->rowCount(), 0);
        for (const QString &user : { u"nozzle_eat"_s, u"keen_walnut"_s, u"frosty_paddle"_s,
                                     u"candid_atlas"_s, u"lunar_quiver"_s }) {
            QVERIFY(f.show(user));
            compare(*f.model, f.sandbox.store(), user);
            QVERIFY(f.model->note().isEmpty());
            QVERIFY(f.model->emptyText().isEmpty());
        }
        QCOMPARE(f.model->columnCount(), int(ReachModel::ColumnCount));
        const int row = f.model->rowOf(ftmodels::AuditKind::Connection, u"jolly_kettle"_s);
        QVERIFY(row >= 0);
        QCOMPARE(
            f.model->index(row, ReachModel::TargetColumn).data(ReachModel::TargetIdRole).toString(),
            u"jolly_kettle"_s);
        f.session->setCurrentUser({});
        QCOMPARE(f.model->rowCount(), 0);
        QVERIFY(!f.model->isReady());
    }

    void aPersonShownIsComputedOncePerAnswer()
    {
        // Showing someone: once at once (nothing loaded yet), then once for each membership list
        // that arrives, not again for every reset, loading flag and row insert on the way.
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.show(u"frosty_paddle"_s)); // names, roles and teams are in from now on
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(f.show(u"keen_walnut"_s));
        QVERIFY2(reset.count() <= 3, qPrintable(QString::number(reset.count())));
        compare(*f.model, f.sandbox.store(), u"keen_walnut"_s);
    }

    void membershipChangesRecompute()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.show(u"frosty_paddle"_s));
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
        const int before = f.model->rowCount();
        QVERIFY(f.model->rowOf(ftmodels::AuditKind::Destination, u"warm_harbor"_s) >= 0);
        f.session->upsertMembership(u"frosty_paddle"_s, ftapi::MembershipKind::Group,
                                    { u"warm_harbor"_s, u"Manage Destination"_s, QDateTime() });
        QVERIFY(reset.count() > 0);
        QCOMPARE(f.model->rowCount(), before);
        const int row = f.model->rowOf(ftmodels::AuditKind::Destination, u"warm_harbor"_s);
        QCOMPARE(f.model->reachedAt(row).level, ftmodels::AccessLevel::Manage);
        QCOMPARE(f.model->reasonsAt(row).first(),
                 u"Manage, as a member with the role Manage Destination"_s);
    }

    void withoutTeams()
    {
        ftsandbox::SandboxOptions options;
        options.teamsAnswer = ftsandbox::TeamsAnswer::NotFound;
        Fixture f(options);
        QVERIFY(f.start());
        QVERIFY(f.show(u"frosty_paddle"_s));
        QCOMPARE(f.model->teams()->state(), ftmodels::TeamDirectory::State::Unreadable);
        compare(*f.model, f.sandbox.store(), u"frosty_paddle"_s, false);
        QVERIFY2(f.model->note().contains(u"Teams could not be read"_s),
                 qPrintable(f.model->note()));
    }

    void destinationCreatorIsExplained()
    {
        ftsandbox::SandboxOptions options;
        Fixture f(options);
        ftsandbox::SandboxUser creator;
        creator.id = u"bold_crane"_s;
        creator.email = u"creator@example.com"_s;
        creator.givenName = u"Cy"_s;
        creator.familyName = u"Creator"_s;
        creator.role = u"Destination Creator"_s;
        f.sandbox.store().addUser(creator);
        QVERIFY(f.start());
        QVERIFY(f.show(creator.id));
        QCOMPARE(f.model->rowCount(), 0);
        QVERIFY(f.model->emptyText().contains(u"Destination Creator"_s));
        QVERIFY(f.model->emptyText().contains(u"which ones the API does not say"_s));
        // With something to show, the note says it instead.
        f.session->upsertMembership(creator.id, ftapi::MembershipKind::Group,
                                    { u"warm_harbor"_s, u"View Destination"_s, QDateTime() });
        QCOMPARE(f.model->rowCount(), 4); // the destination and its three connections
        QVERIFY(f.model->emptyText().isEmpty());
        QVERIFY(f.model->note().contains(u"Destination Creator"_s));
    }
};

QTEST_GUILESS_MAIN(TestReachModel)
#include "tst_reachmodel.moc"

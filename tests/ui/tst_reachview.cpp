// The details panel's "Can reach" tab in the main window, on the demo account: clicked open
// for an Account Administrator, for a member through a destination and for a team member,
// every row and its reasons compared with the brute force over the sandbox's data; a server
// without teams; a role that reaches nothing; a change from a dialog shows at once.
#include "../models/effectivefixture.h"
#include "emptystate.h"
#include "reachmodel.h"
#include "reachview.h"
#include "teamdirectory.h"
#include "uifixture.h"
#include "userdetailspanel.h"
#include "usersview.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// The brute force's rows of one user: target name -> (level word, reasons).
QHash<QString, fttest::ExpectedReach> expectedFor(const ftsandbox::SandboxStore &store,
                                                  const QString &userId, bool withTeams = true)
{
    QHash<QString, fttest::ExpectedReach> rows;
    for (const fttest::ExpectedReach &r : fttest::expectedEffectiveRows(store, withTeams)) {
        if (r.userId == userId)
            rows.insert(r.targetName, r);
    }
    return rows;
}

QString levelWord(const QString &key)
{
    return key.at(0).toUpper() + key.mid(1); // "manage" -> "Manage"
}

} // namespace

class TestReachView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::UiFixture> m_fixture;
    ftui::ReachView *m_reach = nullptr;
    QTabWidget *m_tabs = nullptr;

    void open(const ftsandbox::SandboxOptions &options = {})
    {
        m_fixture = std::make_unique<fttest::UiFixture>(options);
        ftui::MainWindow *window = m_fixture->openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(m_fixture->startAndWait());
        m_tabs = window->detailsPanel()->tabs();
        m_reach = window->detailsPanel()->reach();
    }

    // Selects the user as a person would, and clicks the tab open.
    void showUser(const QString &userId)
    {
        QVERIFY(m_fixture->window->usersView()->selectUser(userId));
        QTabBar *bar = m_tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          bar->tabRect(ftui::UserDetailsPanel::ReachTab).center());
        QCOMPARE(m_tabs->currentWidget(), m_reach);
        QVERIFY(m_reach->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_reach->count() >= 0, 20000);
    }

    // Every row shown against the brute force: the same targets, levels and reasons.
    void compareWithExpected(const QString &userId, bool withTeams = true)
    {
        const auto expected = expectedFor(m_fixture->sandbox.store(), userId, withTeams);
        QCOMPARE(m_reach->count(), int(expected.size()));
        QCOMPARE(m_tabs->tabText(ftui::UserDetailsPanel::ReachTab),
                 u"Can reach (%1)"_s.arg(expected.size()));
        for (int row = 0; row < m_reach->count(); ++row) {
            const QString name = m_reach->targetNameAt(row);
            QVERIFY2(expected.contains(name), qPrintable(name));
            const fttest::ExpectedReach &e = expected.value(name);
            QCOMPARE(m_reach->levelAt(row), levelWord(e.level));
            const QStringList reasons = m_reach->reasonsAt(row);
            QCOMPARE(reasons.size(), e.via.size());
            for (qsizetype i = 0; i < reasons.size(); ++i)
                QVERIFY2(reasons.at(i).startsWith(levelWord(e.via.at(i).level) + u", "_s),
                         qPrintable(reasons.at(i)));
        }
    }

private Q_SLOTS:
    void initTestCase() { fttest::useTestSettings(); }
    void cleanup()
    {
        m_reach = nullptr;
        m_tabs = nullptr;
        m_fixture.reset();
    }

    void accountAdministrator()
    {
        open();
        showUser(u"nozzle_eat"_s);
        compareWithExpected(u"nozzle_eat"_s);
        // Everything in the account, each for one reason, in words.
        const ftsandbox::SandboxStore &store = m_fixture->sandbox.store();
        QCOMPARE(m_reach->count(), int(store.groups().size() + store.connections().size()));
        for (int row = 0; row < m_reach->count(); ++row) {
            QCOMPARE(m_reach->levelAt(row), u"Manage"_s);
            QCOMPARE(
                m_reach->reasonsAt(row),
                QStringList { u"Manage, because their account role is Account Administrator"_s });
        }
        // Destinations first, then connections, each by name.
        QCOMPARE(m_reach->targetNameAt(0), u"Finance Redshift"_s);
        QVERIFY(m_reach->noteLabel()->isHidden());
    }

    void memberThroughADestination()
    {
        open();
        // James has no account role: Manage on Production Snowflake reaches its connections.
        showUser(u"keen_walnut"_s);
        compareWithExpected(u"keen_walnut"_s);
        const int salesforce = m_reach->rowOf(u"salesforce (salesforce)"_s);
        QVERIFY(salesforce >= 0);
        QCOMPARE(m_reach->levelAt(salesforce), u"Manage"_s);
        QCOMPARE(m_reach->reasonsAt(salesforce),
                 QStringList { u"Manage, through the destination Production Snowflake (Manage "
                               "Destination)"_s });
        // His own Manage on app_db is a second, redundant way in.
        const int appDb = m_reach->rowOf(u"app_db (postgres)"_s);
        QCOMPARE(m_reach->reasonsAt(appDb),
                 (QStringList { u"Manage, as a member with the role Manage Connection"_s,
                                u"Manage, through the destination Production Snowflake (Manage "
                                "Destination)"_s }));
        // What he does not reach is not listed: Finance Redshift.
        QCOMPARE(m_reach->rowOf(u"Finance Redshift"_s), -1);
    }

    void teamMember()
    {
        open();
        // Hannah is in Finance Analysts and Platform Reviewers.
        showUser(u"frosty_paddle"_s);
        compareWithExpected(u"frosty_paddle"_s);
        const int netsuite = m_reach->rowOf(u"netsuite_suiteanalytics (netsuite)"_s);
        QVERIFY(netsuite >= 0);
        QCOMPARE(m_reach->levelAt(netsuite), u"Edit"_s);
        const QStringList reasons = m_reach->reasonsAt(netsuite);
        QVERIFY(reasons.contains(u"Edit, through the team Finance Analysts (Edit Connection)"_s));
        QVERIFY(reasons.contains(
            u"View, through the team Platform Reviewers, whose account role is Account Reviewer"_s));
        // The team's account role reaches what she holds no membership of.
        const int stripe = m_reach->rowOf(u"salesforce (salesforce)"_s);
        QCOMPARE(m_reach->reasonsAt(stripe),
                 QStringList { u"View, through the team Platform Reviewers, whose account role is "
                               "Account Reviewer"_s });
    }

    void serverWithoutTeams()
    {
        ftsandbox::SandboxOptions options;
        options.teamsAnswer = ftsandbox::TeamsAnswer::Forbidden;
        open(options);
        showUser(u"frosty_paddle"_s);
        QTRY_COMPARE(m_reach->model()->teams()->state(),
                     ftmodels::TeamDirectory::State::Unreadable);
        compareWithExpected(u"frosty_paddle"_s, false);
        QVERIFY(m_reach->noteLabel()->isVisible());
        QVERIFY2(m_reach->noteLabel()->text().contains(u"Teams could not be read"_s),
                 qPrintable(m_reach->noteLabel()->text()));
    }

    void roleThatReachesNothing()
    {
        m_fixture.reset();
        ftsandbox::SandboxOptions options;
        auto fixture = std::make_unique<fttest::UiFixture>(options);
        ftsandbox::SandboxUser billing;
        billing.id = u"plain_abacus"_s;
        billing.email = u"billing@example.com"_s;
        billing.givenName = u"Bea"_s;
        billing.familyName = u"Billing"_s;
        billing.role = u"Account Billing"_s;
        fixture->sandbox.store().addUser(billing);
        m_fixture = std::move(fixture);
        ftui::MainWindow *window = m_fixture->openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(m_fixture->startAndWait());
        m_tabs = window->detailsPanel()->tabs();
        m_reach = window->detailsPanel()->reach();
        showUser(billing.id);
        QCOMPARE(m_reach->count(), 0);
        QVERIFY(m_reach->emptyState()->isVisible());
        QCOMPARE(m_reach->emptyState()->message(),
                 u"Their account role, Account Billing, reaches no destination or connection by "
                 "itself."_s);
    }

    void changesShowAtOnce()
    {
        open();
        showUser(u"keen_walnut"_s);
        QCOMPARE(m_reach->rowOf(u"Finance Redshift"_s), -1);
        // What a dialog hands the session after the service said yes.
        m_fixture->session->upsertMembership(
            u"keen_walnut"_s, ftapi::MembershipKind::Group,
            ftapi::Membership { u"amber_meadow"_s, u"View Destination"_s, QDateTime() });
        const int finance = m_reach->rowOf(u"Finance Redshift"_s);
        QVERIFY(finance >= 0);
        QCOMPARE(m_reach->reasonsAt(finance),
                 QStringList { u"View, as a member with the role View Destination"_s });
    }
};

QTEST_MAIN(TestReachView)
#include "tst_reachview.moc"

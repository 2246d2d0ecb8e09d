#include "modelfixture.h"
#include "timeformat.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::UsersFilterProxy;
using ftmodels::UsersModel;
using ftmodels::UserStatus;

namespace {

// A varied account: names with accents and mixed case, several roles and none, every status,
// logins and creation dates spread over years (and some never).
QVector<ftapi::User> makeUsers(int count, quint32 seed)
{
    const QStringList given { u"Ann"_s, u"anna"_s,   u"Hannah"_s, u"Zoë"_s, u"Émile"_s,
                              u"Bob"_s, u"joanne"_s, u"Ölaf"_s,   u"Kim"_s, u"Leo"_s };
    const QStringList family { u"Müller"_s,   u"Mueller"_s, u"Smith"_s,      u"O'Neil"_s,
                               u"Ångström"_s, u"Brown"_s,   u"de la Cruz"_s, u"Nguyen"_s };
    const QStringList roles { u"Account Administrator"_s, u"Account Reviewer"_s,
                              u"Account Analyst"_s, QString() };
    QRandomGenerator random(seed);
    const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVector<ftapi::User> users;
    for (int i = 0; i < count; ++i) {
        ftapi::User user;
        user.id = u"user_%1"_s.arg(i);
        user.givenName = given.at(random.bounded(int(given.size())));
        user.familyName = family.at(random.bounded(int(family.size())));
        user.email = user.givenName.toLower() + u'.' + QString::number(i) + u"@"_s
            + (i % 3 ? u"example.com"_s : u"Partner.example.ORG"_s);
        const QString role = roles.at(random.bounded(int(roles.size())));
        if (!role.isEmpty())
            user.role = role;
        const int state = random.bounded(4);
        user.active = state != 3;
        user.invited = state == 1;
        user.verified = state == 0 || state == 3;
        // Dates whose text (day first, month second...) does not sort like the dates.
        user.createdAt = base.addSecs(qint64(random.bounded(4 * 365 * 24)) * 3600);
        if (random.bounded(5) != 0)
            user.loggedInAt = user.createdAt.addSecs(qint64(random.bounded(500 * 24)) * 3600);
        users.append(user);
    }
    return users;
}

QSet<QString> visibleIds(const UsersFilterProxy &proxy)
{
    QSet<QString> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.insert(proxy.userIdAt(row));
    return ids;
}

qint64 msecs(const std::optional<QDateTime> &when)
{
    return when ? when->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

class TestUsersFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textMatchesNameAndEmail_data();
    void textMatchesNameAndEmail();
    void accentsAndCaseAreIgnored();
    void roleFilter();
    void statusFilter();
    void severalStatusesAtOnce();
    void lastLogin_data();
    void lastLogin();
    void filtersCombineAndClear();
    void sortsByNaturalValue_data();
    void sortsByNaturalValue();
    void filterFollowsAppendedRows();
    void mapsIdsBothWays();
    void staysSortedThroughChanges();
    void typingAndErasingStayExact();
    void sortWaitsForTheFirstLoad();
    void randomChangesMatchAFreshComputation();
    void selectionFollowsItsRowThroughFilters();
    void sortOrdersNamesLikeQString();
    void severalRowsChangedAtOnce();
    void columnSortsBreakTiesByName();

private:
    QVector<ftapi::User> m_users;
    UsersModel *m_model = nullptr;
    UsersFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestUsersFilterProxy::init()
{
    m_users = makeUsers(400, 7);
    m_model = new UsersModel(this);
    m_model->setUsers(m_users);
    m_proxy = new UsersFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestUsersFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void TestUsersFilterProxy::textMatchesNameAndEmail_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("given name part") << u"ann"_s;
    QTest::newRow("upper case") << u"SMITH"_s;
    QTest::newRow("e-mail domain") << u"partner.example"_s;
    QTest::newRow("e-mail number") << u".17@"_s;
    QTest::newRow("full name") << u"kim nguyen"_s;
    QTest::newRow("spaces around") << u"  brown  "_s;
    QTest::newRow("nothing matches") << u"xyzzy"_s;
}

void TestUsersFilterProxy::textMatchesNameAndEmail()
{
    QFETCH(QString, text);
    m_proxy->setFilterText(text);
    QSet<QString> expected;
    const QString needle = text.trimmed();
    for (const ftapi::User &user : std::as_const(m_users)) {
        if (user.fullName().contains(needle, Qt::CaseInsensitive)
            || user.email.contains(needle, Qt::CaseInsensitive))
            expected.insert(user.id);
    }
    QCOMPARE(visibleIds(*m_proxy), expected);
    QCOMPARE(m_proxy->isFiltering(), true);
}

void TestUsersFilterProxy::accentsAndCaseAreIgnored()
{
    m_proxy->setFilterText(u"MULLER"_s);
    const QSet<QString> plain = visibleIds(*m_proxy);
    m_proxy->setFilterText(u"müller"_s);
    QCOMPARE(visibleIds(*m_proxy), plain);
    QSet<QString> expected;
    for (const ftapi::User &user : std::as_const(m_users)) {
        if (user.familyName == u"Müller"_s)
            expected.insert(user.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(plain, expected); // and not the Muellers
    m_proxy->setFilterText(u"angstrom"_s);
    QVERIFY(m_proxy->rowCount() > 0);
    m_proxy->setFilterText(u"zoe"_s);
    QVERIFY(m_proxy->rowCount() > 0);
}

void TestUsersFilterProxy::roleFilter()
{
    m_proxy->setRoleFilter(u"Account Reviewer"_s);
    QSet<QString> reviewers;
    QSet<QString> roleless;
    for (const ftapi::User &user : std::as_const(m_users)) {
        if (user.role == u"Account Reviewer"_s)
            reviewers.insert(user.id);
        if (!user.role)
            roleless.insert(user.id);
    }
    QVERIFY(!reviewers.isEmpty() && !roleless.isEmpty());
    QCOMPARE(visibleIds(*m_proxy), reviewers);
    m_proxy->setRoleFilter(QString()); // users without an account role
    QCOMPARE(visibleIds(*m_proxy), roleless);
    m_proxy->setRoleFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));
}

void TestUsersFilterProxy::statusFilter()
{
    for (int s = 0; s < ftmodels::kUserStatusCount; ++s) {
        m_proxy->setStatusFilter(UserStatus(s));
        QSet<QString> expected;
        for (const ftapi::User &user : std::as_const(m_users)) {
            if (ftmodels::userStatus(user) == UserStatus(s))
                expected.insert(user.id);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(visibleIds(*m_proxy), expected);
    }
}

void TestUsersFilterProxy::severalStatusesAtOnce()
{
    const QList<UserStatus> some { UserStatus::InvitationPending, UserStatus::Suspended };
    m_proxy->setStatusFilters(some);
    QCOMPARE(m_proxy->statusFilters(), some);
    QVERIFY(!m_proxy->statusFilter()); // not one status
    QVERIFY(m_proxy->isFiltering());
    QSet<QString> expected;
    for (const ftapi::User &user : std::as_const(m_users)) {
        const UserStatus status = ftmodels::userStatus(user);
        if (status == UserStatus::InvitationPending || status == UserStatus::Suspended)
            expected.insert(user.id);
    }
    QVERIFY(!expected.isEmpty() && expected.size() < m_users.size());
    QCOMPARE(visibleIds(*m_proxy), expected);
    // Every status ticked filters nothing.
    m_proxy->setStatusFilters({ UserStatus::Active, UserStatus::InvitationPending,
                                UserStatus::EmailNotVerified, UserStatus::Suspended });
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));
    m_proxy->setStatusFilters(some);
    m_proxy->clearFilters();
    QVERIFY(m_proxy->statusFilters().isEmpty());
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));
}

void TestUsersFilterProxy::lastLogin_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("days"); // 0: never signed in; > 0 not within; < 0 within
    QTest::newRow("never") << int(ftmodels::LastLogin::Never) << 0;
    QTest::newRow("not in 30 days") << int(ftmodels::LastLogin::NotIn30Days) << 30;
    QTest::newRow("not in 90 days") << int(ftmodels::LastLogin::NotIn90Days) << 90;
    QTest::newRow("not in 180 days") << int(ftmodels::LastLogin::NotIn180Days) << 180;
    QTest::newRow("in 7 days") << int(ftmodels::LastLogin::Within7Days) << -7;
}

void TestUsersFilterProxy::lastLogin()
{
    QFETCH(int, filter);
    QFETCH(int, days);
    // Within the spread of the generated logins (2020 to 2025), so each choice splits them.
    const QDateTime now(QDate(2022, 6, 1), QTime(12, 0), Qt::UTC);
    m_proxy->setLastLoginFilter(ftmodels::LastLogin(filter), now);
    QVERIFY(m_proxy->isFiltering());
    const qint64 dayMs = 24 * 3600 * 1000;
    QSet<QString> expected;
    for (const ftapi::User &user : std::as_const(m_users)) {
        const bool never = !user.loggedInAt;
        const qint64 ago =
            never ? 0 : now.toMSecsSinceEpoch() - user.loggedInAt->toMSecsSinceEpoch();
        bool shown = false;
        if (days == 0)
            shown = never;
        else if (days > 0)
            shown = never || ago >= days * dayMs;
        else
            shown = !never && ago < -days * dayMs;
        if (shown)
            expected.insert(user.id);
    }
    QVERIFY(!expected.isEmpty() && expected.size() < m_users.size());
    QCOMPARE(visibleIds(*m_proxy), expected);
    m_proxy->setLastLoginFilter(ftmodels::LastLogin::Any);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));
}

void TestUsersFilterProxy::filtersCombineAndClear()
{
    m_proxy->setFilterText(u"nn"_s);
    m_proxy->setRoleFilter(u"Account Analyst"_s);
    m_proxy->setStatusFilter(UserStatus::Active);
    QSet<QString> expected;
    for (const ftapi::User &user : std::as_const(m_users)) {
        if ((user.fullName().contains(u"nn"_s, Qt::CaseInsensitive)
             || user.email.contains(u"nn"_s, Qt::CaseInsensitive))
            && user.role == u"Account Analyst"_s
            && ftmodels::userStatus(user) == UserStatus::Active)
            expected.insert(user.id);
    }
    QCOMPARE(visibleIds(*m_proxy), expected);
    m_proxy->clearFilters();
    QVERIFY(!m_proxy->isFiltering());
    QVERIFY(m_proxy->filterText().isEmpty());
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));
}

void TestUsersFilterProxy::sortsByNaturalValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const QByteArray name = QMetaEnum::fromType<UsersModel::Column>().valueToKey(column);
        QTest::newRow(QByteArray(name + " up").constData()) << column << int(Qt::AscendingOrder);
        QTest::newRow(QByteArray(name + " down").constData()) << column << int(Qt::DescendingOrder);
    }
}

void TestUsersFilterProxy::sortsByNaturalValue()
{
    QFETCH(int, column);
    QFETCH(int, order);
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_proxy->rowCount(), int(m_users.size()));

    // Each adjacent pair must be in order by the column's natural value.
    const auto valueCompare = [&](const ftapi::User &a, const ftapi::User &b) -> int {
        switch (column) {
        case UsersModel::NameColumn:
            return UsersModel::foldKey(a.fullName()).compare(UsersModel::foldKey(b.fullName()));
        case UsersModel::EmailColumn:
            return UsersModel::foldKey(a.email).compare(UsersModel::foldKey(b.email));
        case UsersModel::RoleColumn:
            return a.role.value_or(QString()).compare(b.role.value_or(QString()),
                                                      Qt::CaseInsensitive);
        case UsersModel::StatusColumn:
            return int(ftmodels::userStatus(a)) - int(ftmodels::userStatus(b));
        case UsersModel::LastLoginColumn:
            return msecs(a.loggedInAt) < msecs(b.loggedInAt) ? -1
                : msecs(a.loggedInAt) > msecs(b.loggedInAt)  ? 1
                                                             : 0;
        case UsersModel::CreatedColumn:
            return a.createdAt < b.createdAt ? -1 : (b.createdAt < a.createdAt ? 1 : 0);
        }
        return 0;
    };
    const auto userAtRow = [&](int row) -> const ftapi::User & {
        return m_model->userAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    };
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const int c = valueCompare(userAtRow(row - 1), userAtRow(row));
        if (order == Qt::AscendingOrder)
            QVERIFY2(c <= 0, qPrintable(u"row %1"_s.arg(row)));
        else
            QVERIFY2(c >= 0, qPrintable(u"row %1"_s.arg(row)));
    }
    if (column == UsersModel::LastLoginColumn && order == Qt::AscendingOrder)
        QVERIFY(!userAtRow(0).loggedInAt); // "never" first
}

void TestUsersFilterProxy::filterFollowsAppendedRows()
{
    m_proxy->setFilterText(u"zzz-unique"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    ftapi::User extra = m_users.constFirst();
    extra.id = u"extra"_s;
    extra.email = u"zzz-unique@example.com"_s;
    m_model->appendUsers({ extra });
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->userIdAt(0), u"extra"_s);
    extra.email = u"someone@example.com"_s;
    m_model->upsertUser(extra); // no longer matches
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestUsersFilterProxy::mapsIdsBothWays()
{
    m_proxy->sort(UsersModel::NameColumn, Qt::DescendingOrder);
    for (int row = 0; row < m_proxy->rowCount(); row += 37)
        QCOMPARE(m_proxy->proxyRowOf(m_proxy->userIdAt(row)), row);
    QCOMPARE(m_proxy->proxyRowOf(u"nobody"_s), -1);
    QVERIFY(m_proxy->userIdAt(-1).isEmpty());
    QVERIFY(m_proxy->userIdAt(m_proxy->rowCount()).isEmpty());
    m_proxy->setFilterText(u"xyzzy"_s);
    QCOMPARE(m_proxy->proxyRowOf(m_users.constFirst().id), -1);
}

void TestUsersFilterProxy::staysSortedThroughChanges()
{
    const auto checkSortedByName = [&] {
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const int a = m_proxy->mapToSource(m_proxy->index(row - 1, 0)).row();
            const int b = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            if (m_model->nameKeyAt(a) > m_model->nameKeyAt(b))
                return false;
        }
        return true;
    };
    m_proxy->sort(UsersModel::NameColumn);
    QVERIFY(checkSortedByName());

    // An edit moves its row (the ranks of the old name must not be used).
    ftapi::User renamed = m_model->userAt(200);
    renamed.givenName = u"Aaaaa"_s;
    renamed.familyName = u"Aaaaa"_s;
    m_model->upsertUser(renamed);
    QCOMPARE(m_proxy->userIdAt(0), renamed.id);

    // Appended rows land in order, and a later filter (a whole-list sort) agrees.
    ftapi::User first = m_users.constFirst();
    first.id = u"appended_1"_s;
    first.givenName = u"Zzzzz"_s;
    ftapi::User second = first;
    second.id = u"appended_2"_s;
    second.givenName = u"Aaaab"_s;
    m_model->appendUsers({ first, second });
    QCOMPARE(m_proxy->userIdAt(m_proxy->rowCount() - 1), u"appended_1"_s);
    QCOMPARE(m_proxy->userIdAt(1), u"appended_2"_s);
    QVERIFY(checkSortedByName());
    m_proxy->setFilterText(u"a"_s);
    QVERIFY(checkSortedByName());
    m_proxy->setFilterText(QString());
    QVERIFY(checkSortedByName());
    QCOMPARE(m_proxy->userIdAt(0), renamed.id);

    // A removal shifts source rows: still in order.
    m_model->removeUser(m_users.at(5).id);
    m_proxy->setFilterText(u"e"_s);
    QVERIFY(checkSortedByName());
}

void TestUsersFilterProxy::typingAndErasingStayExact()
{
    // Each keystroke reuses the previous answers; every step must still match a fresh check.
    const auto expected = [&](const QString &typed) {
        QSet<QString> ids;
        const QString needle = UsersModel::foldKey(typed.trimmed());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ftapi::User &user = m_model->userAt(row);
            const QString name = UsersModel::foldKey(user.fullName());
            const QString email = UsersModel::foldKey(user.email);
            if ((name.contains(needle) || email.contains(needle))
                && (!m_proxy->roleFilter()
                    || user.role.value_or(QString()) == *m_proxy->roleFilter()))
                ids.insert(user.id);
        }
        return ids;
    };
    m_proxy->sort(UsersModel::NameColumn);
    QString typed;
    for (const QChar c : u"anna"_s) {
        typed += c;
        m_proxy->setFilterText(typed);
        QCOMPARE(visibleIds(*m_proxy), expected(typed));
    }
    m_proxy->setRoleFilter(u"Account Analyst"_s); // the text answers stay valid
    QCOMPARE(visibleIds(*m_proxy), expected(typed));
    m_proxy->setRoleFilter(std::nullopt);
    // An edit in between: the remembered answers are dropped.
    ftapi::User edited = m_model->userAt(10);
    edited.givenName = u"Annabel"_s;
    m_model->upsertUser(edited);
    while (!typed.isEmpty()) {
        typed.chop(1);
        m_proxy->setFilterText(typed);
        if (!typed.isEmpty())
            QCOMPARE(visibleIds(*m_proxy), expected(typed));
    }
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    // Neither narrower nor wider: a new word.
    m_proxy->setFilterText(u"smi"_s);
    m_proxy->setFilterText(u"bro"_s);
    QCOMPARE(visibleIds(*m_proxy), expected(u"bro"_s));

    // Typed and erased again: a text met a moment ago is answered from what was found then...
    for (const QString &text : { u"a"_s, u"an"_s, u"ann"_s, u"an"_s, u"a"_s, u"an"_s, u"ann"_s }) {
        m_proxy->setFilterText(text);
        QCOMPARE(visibleIds(*m_proxy), expected(text));
    }
    // ...and an edit since then still counts: someone who did not match "an" now does.
    int outside = -1;
    for (int row = 0; row < m_model->rowCount() && outside < 0; ++row) {
        if (!expected(u"an"_s).contains(m_model->userAt(row).id))
            outside = row;
    }
    QVERIFY(outside >= 0);
    edited = m_model->userAt(outside);
    edited.givenName = u"Zanzibar"_s;
    m_model->upsertUser(edited);
    QVERIFY(expected(u"an"_s).contains(edited.id));
    for (const QString &text : { u"an"_s, u"a"_s, u"an"_s }) {
        m_proxy->setFilterText(text);
        QCOMPARE(visibleIds(*m_proxy), expected(text));
    }
}

void TestUsersFilterProxy::sortWaitsForTheFirstLoad()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(2500, 2, 4, 1));
    QObject owner;
    ftapi::ApiClient *client = fttest::newClient(sandbox, &owner);
    UsersModel model;
    model.setClient(client);
    UsersFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(UsersModel::EmailColumn, Qt::DescendingOrder);

    // While pages arrive: the server's order; the requested sort is kept for later.
    QVector<bool> deferredWhileArriving;
    connect(&model, &QAbstractItemModel::rowsInserted, &owner, [&] {
        deferredWhileArriving.append(proxy.isSortDeferred() && proxy.sortColumn() == -1
                                     && proxy.mapToSource(proxy.index(0, 0)).row() == 0);
    });
    QSignalSpy finished(&model, &UsersModel::loadFinished);
    model.reload();
    QVERIFY(finished.wait(20000));
    QVERIFY(deferredWhileArriving.size() >= 3); // three pages, inserted in batches
    QVERIFY(!deferredWhileArriving.contains(false));

    // Complete: sorted as asked (on the next turn of the event loop).
    QTRY_VERIFY(!proxy.isSortDeferred());
    QCOMPARE(proxy.sortColumn(), int(UsersModel::EmailColumn));
    QCOMPARE(proxy.requestedSortOrder(), Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), int(sandbox.store().users().size()));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int a = proxy.mapToSource(proxy.index(row - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(row, 0)).row();
        QVERIFY(model.emailKeyAt(a) >= model.emailKeyAt(b));
    }

    // A refresh sorts as rows change, without deferring.
    model.reload();
    QVERIFY(!proxy.isSortDeferred());
    QVERIFY(finished.wait(20000));
    QCOMPARE(proxy.sortColumn(), int(UsersModel::EmailColumn));
}

// Filters, sorts, edits, inserts and removals in a random order: after each step the rows
// shown must be exactly those a fresh computation gives, in the same order, and a persistent
// index must stay on its user (or become invalid when the user is hidden or gone).
void TestUsersFilterProxy::randomChangesMatchAFreshComputation()
{
    QRandomGenerator random(11);
    const QStringList texts { QString(),      u"a"_s,     u"an"_s, u"ann"_s,
                              u"anna"_s,      u"smith"_s, u"e"_s,  u"example.org"_s,
                              u"example.o"_s, u"zzz"_s,   u"mu"_s };
    const QVector<std::optional<QString>> roles { std::nullopt, QString(), u"Account Analyst"_s };
    const QVector<QList<UserStatus>> statuses { {},
                                                { UserStatus::Active },
                                                { UserStatus::InvitationPending },
                                                { UserStatus::Suspended },
                                                { UserStatus::Active, UserStatus::Suspended } };
    const QDateTime loginNow(QDate(2022, 6, 1), QTime(12, 0), Qt::UTC);
    const QStringList names { u"Aaron"_s, u"Zoë"_s, u"anna"_s, u"Mia"_s, u"Éva"_s };

    const auto compareBy = [&](int column, int l, int r) {
        const ftapi::User &a = m_model->userAt(l);
        const ftapi::User &b = m_model->userAt(r);
        int c = 0;
        switch (column) {
        case UsersModel::EmailColumn:
            c = UsersModel::foldKey(a.email).compare(UsersModel::foldKey(b.email));
            break;
        case UsersModel::RoleColumn:
            c = a.role.value_or(QString()).compare(b.role.value_or(QString()), Qt::CaseInsensitive);
            break;
        case UsersModel::StatusColumn:
            c = int(ftmodels::userStatus(a)) - int(ftmodels::userStatus(b));
            break;
        case UsersModel::LastLoginColumn:
            c = msecs(a.loggedInAt) < msecs(b.loggedInAt)   ? -1
                : msecs(a.loggedInAt) > msecs(b.loggedInAt) ? 1
                                                            : 0;
            break;
        case UsersModel::CreatedColumn:
            c = a.createdAt < b.createdAt ? -1 : (b.createdAt < a.createdAt ? 1 : 0);
            break;
        default:
            break;
        }
        if (c == 0)
            c = UsersModel::foldKey(a.fullName()).compare(UsersModel::foldKey(b.fullName()));
        if (c == 0)
            c = UsersModel::foldKey(a.email).compare(UsersModel::foldKey(b.email));
        return c != 0 ? c : l - r;
    };
    const auto expected = [&] {
        QVector<int> rows;
        const QString needle = UsersModel::foldKey(m_proxy->filterText().trimmed());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ftapi::User &user = m_model->userAt(row);
            if (!UsersModel::foldKey(user.fullName()).contains(needle)
                && !UsersModel::foldKey(user.email).contains(needle))
                continue;
            if (const auto role = m_proxy->roleFilter();
                role && (role->isEmpty() ? user.role.has_value() : user.role != *role))
                continue;
            if (const auto ticked = m_proxy->statusFilters();
                !ticked.isEmpty() && !ticked.contains(ftmodels::userStatus(user)))
                continue;
            if (!ftmodels::lastLoginMatches(m_proxy->lastLoginFilter(), user.loggedInAt, loginNow))
                continue;
            rows.append(row);
        }
        const int column = m_proxy->sortColumn();
        const bool up = m_proxy->sortOrder() == Qt::AscendingOrder;
        if (column >= 0) {
            std::sort(rows.begin(), rows.end(), [&](int l, int r) {
                const int c = compareBy(column, l, r);
                return up ? c < 0 : c > 0;
            });
        }
        QStringList ids;
        for (const int row : std::as_const(rows))
            ids.append(m_model->userAt(row).id);
        return ids;
    };
    const auto shown = [&] {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->userIdAt(row));
        return ids;
    };

    QPersistentModelIndex tracked;
    QString trackedId;
    int appended = 0;
    for (int step = 0; step < 400; ++step) {
        if (!tracked.isValid() && m_proxy->rowCount() > 0) {
            tracked = m_proxy->index(int(random.bounded(m_proxy->rowCount())), 1);
            trackedId = m_proxy->userIdAt(tracked.row());
        }
        const int action = int(random.bounded(10));
        switch (action) {
        case 0:
        case 1:
            m_proxy->setFilterText(texts.at(random.bounded(int(texts.size()))));
            break;
        case 2:
            m_proxy->setRoleFilter(roles.at(random.bounded(int(roles.size()))));
            break;
        case 3:
            m_proxy->setStatusFilters(statuses.at(random.bounded(int(statuses.size()))));
            break;
        case 9:
            m_proxy->setLastLoginFilter(
                ftmodels::LastLogin(random.bounded(ftmodels::kLastLoginCount)), loginNow);
            break;
        case 4:
            m_proxy->sort(int(random.bounded(UsersModel::ColumnCount)),
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 5: { // an edit that may move the row, hide it or show it
            ftapi::User user = m_model->userAt(int(random.bounded(m_model->rowCount())));
            user.givenName = names.at(random.bounded(int(names.size())));
            if (random.bounded(2))
                user.role = roles.at(1 + random.bounded(2)).value_or(QString());
            user.active = random.bounded(4) != 0;
            m_model->upsertUser(user);
            break;
        }
        case 6: { // a few new users, now and then a page of them
            const int count = random.bounded(6) == 0 ? 40 : 1 + int(random.bounded(3));
            QVector<ftapi::User> fresh = makeUsers(count, quint32(100 + step));
            for (ftapi::User &user : fresh)
                user.id = u"new_%1"_s.arg(appended++);
            m_model->appendUsers(fresh);
            break;
        }
        default:
            if (m_model->rowCount() > 50)
                m_model->removeUser(m_model->userAt(int(random.bounded(m_model->rowCount()))).id);
            break;
        }
        QCOMPARE(shown(), expected());
        if (tracked.isValid()) {
            QCOMPARE(m_proxy->userIdAt(tracked.row()), trackedId);
            QCOMPARE(tracked.column(), 1);
        } else if (!trackedId.isEmpty()) {
            QCOMPARE(m_proxy->proxyRowOf(trackedId), -1); // hidden or removed
            trackedId.clear();
        }
    }
}

// A table's selection is persistent indexes: narrowing the filter and widening it back to
// every row keeps the selected user selected, wherever the row lands.
void TestUsersFilterProxy::selectionFollowsItsRowThroughFilters()
{
    m_proxy->sort(UsersModel::NameColumn);
    QItemSelectionModel selection(m_proxy);
    const QString id = m_proxy->userIdAt(123);
    const QString email = m_model->user(id)->email;
    selection.setCurrentIndex(m_proxy->index(123, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_proxy->setFilterText(email.left(email.indexOf(u'@')));
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    QCOMPARE(m_proxy->userIdAt(selection.currentIndex().row()), id);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QCOMPARE(selection.currentIndex().row(), 123);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(m_proxy->userIdAt(selection.selectedRows().constFirst().row()), id);
    m_proxy->sort(UsersModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->userIdAt(selection.currentIndex().row()), id);
    m_proxy->setFilterText(u"zzz-nobody"_s);
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(!selection.hasSelection());
}

// Sorting compares a number made from each name's first characters before the names
// themselves; the order must still be QString::compare()'s (surrogates, characters beyond
// U+FFFF, included), with short names before longer ones that begin alike.
void TestUsersFilterProxy::sortOrdersNamesLikeQString()
{
    const QStringList names { u"x\U0001F600"_s, u"x\uE000"_s,      u"x\uFFFF"_s,     u"x"_s,
                              u"xa"_s,          u"x\U0001F600a"_s, u"x\U0001F601"_s, u"xaaaa"_s,
                              u"xaaab"_s,       u"xaaa"_s,         u"\U0001F600"_s,  u"zz"_s };
    QVector<ftapi::User> users;
    for (int i = 0; i < names.size(); ++i) {
        ftapi::User user = m_users.at(i);
        user.givenName = names.at(i);
        user.familyName.clear();
        users.append(user);
    }
    m_model->setUsers(users);
    m_proxy->sort(UsersModel::NameColumn);
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row)
        keys.append(m_model->nameKeyAt(row));
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return a.compare(b) < 0; });
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->nameKeyAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    QCOMPARE(shown, keys);
}

// A source may report edits of several neighbouring rows in one dataChanged: every row lands
// in its place, even when one moves past another that changed too.
void TestUsersFilterProxy::severalRowsChangedAtOnce()
{
    m_proxy->sort(UsersModel::NameColumn);
    m_proxy->setFilterText(u"k"_s); // "Kim", and "Kent" after the edits
    QSignalSpy layouts(m_proxy, &QAbstractItemModel::layoutChanged);
    {
        const QSignalBlocker quiet(m_model); // three edits, reported below as one
        const QStringList names { u"Zzzz"_s, u"Aaab"_s, u"Qqqq"_s };
        for (int i = 0; i < names.size(); ++i) {
            ftapi::User user = m_model->userAt(10 + i);
            user.givenName = names.at(i);
            user.familyName = u"Kent"_s;
            m_model->upsertUser(user);
        }
    }
    Q_EMIT m_model->dataChanged(m_model->index(10, 0),
                                m_model->index(12, UsersModel::ColumnCount - 1), {});
    QCOMPARE(layouts.count(), 1);
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_model->nameKeyAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        QVERIFY(name.contains(u'k'));
        names.append(name);
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    QCOMPARE(m_proxy->userIdAt(0), m_model->userAt(11).id); // "Aaab Kent" first
    QCOMPARE(m_proxy->userIdAt(m_proxy->rowCount() - 1), m_model->userAt(10).id); // "Zzzz Kent"
    QVERIFY(m_proxy->proxyRowOf(m_model->userAt(12).id) >= 0);
}

// The columns other than name and e-mail are sorted as a stable pass over the name order: a
// role spelled in two cases is one role, "never" and dates before 1970 come before the
// others, and every tie is in name order, then e-mail, whichever column.
void TestUsersFilterProxy::columnSortsBreakTiesByName()
{
    const QDateTime epoch(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const auto user = [&](const QString &id, const QString &given, const char *role,
                          qint64 loginDays, qint64 createdDays) {
        ftapi::User u;
        u.id = id;
        u.givenName = given;
        u.familyName = u"Doe"_s;
        u.email = id + u"@example.com"_s;
        if (role)
            u.role = QString::fromLatin1(role);
        u.active = true;
        u.verified = true;
        if (loginDays != 0)
            u.loggedInAt = epoch.addDays(loginDays);
        u.createdAt = epoch.addDays(createdDays);
        return u;
    };
    m_model->setUsers({
        user(u"e"_s, u"Eve"_s, "account reviewer", 0, -400), // never logged in, before 1970
        user(u"b"_s, u"Bob"_s, "Account Reviewer", 20000, 19000),
        user(u"d"_s, u"Dan"_s, nullptr, 20000, 19000),
        user(u"a"_s, u"Ann"_s, "Account Reviewer", -10, 19000),
        user(u"c"_s, u"Cy"_s, "Account Administrator", 0, 18000),
    });
    const auto ids = [&] {
        QString shown;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown += m_proxy->userIdAt(row);
        return shown;
    };
    m_proxy->sort(UsersModel::RoleColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"dcabe"_s); // none, Administrator, then the reviewers by name
    m_proxy->sort(UsersModel::RoleColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), u"ebacd"_s);
    m_proxy->sort(UsersModel::LastLoginColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"ceabd"_s); // never (Cy, Eve), 1969 (Ann), then Bob before Dan
    m_proxy->sort(UsersModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"ecabd"_s);
    m_proxy->sort(UsersModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"abcde"_s); // one status: the name order
    // An edit moves the row in every column's order.
    ftapi::User bob = m_model->userAt(m_model->rowOf(u"b"_s));
    bob.role.reset();
    bob.givenName = u"Abe"_s;
    m_model->upsertUser(bob);
    m_proxy->sort(UsersModel::RoleColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"bdcae"_s);
    m_proxy->sort(UsersModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), u"bacde"_s);
}

QTEST_MAIN(TestUsersFilterProxy)
#include "tst_usersfilterproxy.moc"

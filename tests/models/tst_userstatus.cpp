#include "user.h"
#include "userstatus.h"

#include <QSet>
#include <QTest>

using ftmodels::UserStatus;

class TestUserStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void wordsAreDistinct();
};

void TestUserStatus::mapping_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("invited");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<int>("expected");

    // The table written on top of userStatus(): inactive wins, then a pending invitation,
    // then an unverified address.
    QTest::newRow("active verified") << true << false << true << int(UserStatus::Active);
    QTest::newRow("accepted invitation") << true << true << true << int(UserStatus::Active);
    QTest::newRow("invited, not accepted")
        << true << true << false << int(UserStatus::InvitationPending);
    QTest::newRow("not verified") << true << false << false << int(UserStatus::EmailNotVerified);
    QTest::newRow("inactive") << false << false << true << int(UserStatus::Suspended);
    QTest::newRow("inactive and invited") << false << true << false << int(UserStatus::Suspended);
    QTest::newRow("inactive unverified") << false << false << false << int(UserStatus::Suspended);
    QTest::newRow("inactive invited verified")
        << false << true << true << int(UserStatus::Suspended);
}

void TestUserStatus::mapping()
{
    QFETCH(bool, active);
    QFETCH(bool, invited);
    QFETCH(bool, verified);
    QFETCH(int, expected);

    ftapi::User user;
    user.active = active;
    user.invited = invited;
    user.verified = verified;
    QCOMPARE(int(ftmodels::userStatus(user)), expected);
}

void TestUserStatus::wordsAreDistinct()
{
    QSet<QString> words;
    QSet<QString> explanations;
    for (int i = 0; i < ftmodels::kUserStatusCount; ++i) {
        const auto status = UserStatus(i);
        QVERIFY(!ftmodels::statusText(status).isEmpty());
        QVERIFY(!ftmodels::statusExplanation(status).isEmpty());
        words.insert(ftmodels::statusText(status));
        explanations.insert(ftmodels::statusExplanation(status));
    }
    QCOMPARE(words.size(), ftmodels::kUserStatusCount);
    QCOMPARE(explanations.size(), ftmodels::kUserStatusCount);
    QCOMPARE(ftmodels::statusText(UserStatus::InvitationPending),
             QStringLiteral("Invitation pending"));
}

QTEST_GUILESS_MAIN(TestUserStatus)
#include "tst_userstatus.moc"

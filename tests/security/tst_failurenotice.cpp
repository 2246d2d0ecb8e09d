#include "apiclient.h"
#include "failurenotice.h"
#include "messagewidget.h"
#include "testsandbox.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using ftapi::ApiError;
using ftui::FailureNotice;
using ftui::MessageWidget;

class TestFailureNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unauthorizedAsksToReconnect()
    {
        MessageWidget banner;
        FailureNotice notice(&banner, nullptr);
        QSignalSpy reconnect(&notice, &FailureNotice::reconnectRequested);
        QSignalSpy retry(&notice, &FailureNotice::retryRequested);
        notice.show(u"The users could not be loaded."_s,
                    ApiError::make(ApiError::Kind::Http, u"Unauthorized"_s, 401));
        QCOMPARE(notice.remedy(), FailureNotice::Remedy::Reconnect);
        QVERIFY(!banner.isHidden());
        QVERIFY(banner.text().startsWith(u"The users could not be loaded."_s));
        QVERIFY(banner.text().contains(u"Reconnect"_s));
        QVERIFY(!banner.actionButton()->isHidden());
        QTest::mouseClick(banner.actionButton(), Qt::LeftButton);
        QCOMPARE(reconnect.size(), 1);
        QCOMPARE(retry.size(), 0);
    }

    void forbiddenExplainsThePermissionWithoutRetry()
    {
        MessageWidget banner;
        FailureNotice notice(&banner, nullptr);
        notice.show(QString(),
                    ApiError::make(ApiError::Kind::Http, u"Forbidden"_s, 403, u"Forbidden"_s));
        QCOMPARE(notice.remedy(), FailureNotice::Remedy::None);
        QVERIFY(banner.text().contains(u"lacks the permission"_s));
        QCOMPARE(banner.type(), MessageWidget::Type::Warning);
        QVERIFY(banner.actionButton()->isHidden());
    }

    void serverErrorsAndTimeoutsOfferRetry_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << int(ApiError::Kind::Http) << 500;
        QTest::newRow("503") << int(ApiError::Kind::Http) << 503;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0;
        QTest::newRow("dropped") << int(ApiError::Kind::Network) << 0;
    }

    void serverErrorsAndTimeoutsOfferRetry()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        MessageWidget banner;
        FailureNotice notice(&banner, nullptr);
        QSignalSpy retry(&notice, &FailureNotice::retryRequested);
        notice.show(u"Failed."_s, ApiError::make(ApiError::Kind(kind), QString(), status));
        QCOMPARE(notice.remedy(), FailureNotice::Remedy::Retry);
        QCOMPARE(banner.type(), MessageWidget::Type::Error);
        QVERIFY(!banner.actionButton()->isHidden());
        QTest::mouseClick(banner.actionButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
    }

    void rateLimitCountsDownAndResumes()
    {
        ftsandbox::SandboxOptions options;
        options.rateLimit = 1; // one request a second, then 429 with Retry-After
        fttest::TestSandbox sandbox(options);
        QVERIFY(sandbox.isListening());
        ftapi::ApiClient client(&sandbox.manager(), sandbox.server().baseUrl(),
                                { options.apiKey, options.apiSecret });
        MessageWidget banner;
        FailureNotice notice(&banner, client.scheduler());
        QSignalSpy paused(client.scheduler(), &ftapi::RequestScheduler::pausedUntilChanged);
        int answered = 0;
        int failed = 0;
        constexpr int kRequests = 4;
        for (int i = 0; i < kRequests; ++i) {
            client.listRoles(this, [&](const ftapi::ApiResult<QVector<ftapi::Role>> &result) {
                ++answered;
                failed += result ? 0 : 1;
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(notice.isCountingDown(), 10000);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(u"resume in"_s), qPrintable(banner.text()));
        QVERIFY(banner.actionButton()->isHidden()); // nothing to press: it resumes by itself
        // The countdown is the scheduler's own pause, read just after: the same deadline, so at
        // most the second that may have ticked between the two readings apart.
        const int shown = notice.secondsLeft();
        const int held = ftapi::RequestScheduler::secondsLeft(client.scheduler()->pausedUntil());
        QVERIFY2(held > 0 && shown >= held && shown <= held + 1,
                 qPrintable(u"%1 %2"_s.arg(shown).arg(held)));
        QTRY_COMPARE_WITH_TIMEOUT(answered, kRequests, 60000);
        QCOMPARE(failed, 0);
        QVERIFY(!paused.isEmpty());
        QTRY_VERIFY(!notice.isCountingDown());
        QVERIFY(banner.isHidden());
    }

    // A long job holding back for the hourly budget is not the service refusing: the banner
    // says until when, and that a person's own changes still go through.
    void budgetWaitSaysPausedUntil()
    {
        fttest::TestSandbox sandbox;
        QVERIFY(sandbox.isListening());
        sandbox.server().setHourlyLimit(20, 30);
        const ftsandbox::SandboxOptions &options = sandbox.server().options();
        ftapi::ApiClient client(&sandbox.manager(), sandbox.server().baseUrl(),
                                { options.apiKey, options.apiSecret });
        client.scheduler()->setMaxInFlight(4);
        client.scheduler()->budget()->setWindowSeconds(30);
        MessageWidget banner;
        FailureNotice notice(&banner, client.scheduler());
        QObject job;
        client.scheduler()->pace(&job);
        int answered = 0;
        for (int i = 0; i < 30; ++i)
            client.listRoles(&job, [&answered](const auto &) { ++answered; });
        QTRY_VERIFY_WITH_TIMEOUT(notice.isCountingDown(), 10000);
        QCOMPARE(client.scheduler()->pauseReason(),
                 ftapi::RequestScheduler::PauseReason::HourlyBudget);
        QVERIFY2(banner.text().startsWith(u"Paused until "_s), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(u"hourly request budget"_s), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(u"Your own changes still go through."_s),
                 qPrintable(banner.text()));
        QCOMPARE(banner.type(), MessageWidget::Type::Information);
        QVERIFY(banner.actionButton()->isHidden());
        QVERIFY(answered < 30);
        client.cancelAll();
        QTRY_COMPARE(answered, 30);
    }
};

QTEST_MAIN(TestFailureNotice)
#include "tst_failurenotice.moc"

#include "timeformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace TimeFormat = ftmodels::TimeFormat;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relative_data();
    void relative();
    void neverForInvalid();
    void exactAndShortDate();
};

void TestTimeFormat::relative_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");

    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("clock skew") << qint64(-30) << u"just now"_s;
    QTest::newRow("59 s") << qint64(59) << u"just now"_s;
    QTest::newRow("1 min") << minute << u"1 minute ago"_s;
    QTest::newRow("59 min") << 59 * minute + 59 << u"59 minutes ago"_s;
    QTest::newRow("1 h") << hour << u"1 hour ago"_s;
    QTest::newRow("23 h") << 23 * hour << u"23 hours ago"_s;
    QTest::newRow("1 day") << day << u"yesterday"_s;
    QTest::newRow("3 days") << 3 * day + 5 * hour << u"3 days ago"_s;
    QTest::newRow("30 days") << 30 * day << u"30 days ago"_s;
    QTest::newRow("31 days") << 31 * day << u"1 month ago"_s;
    QTest::newRow("200 days") << 200 * day << u"6 months ago"_s;
    QTest::newRow("365 days") << 365 * day << u"1 year ago"_s;
    QTest::newRow("1000 days") << 1000 * day << u"2 years ago"_s;
}

void TestTimeFormat::relative()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(TimeFormat::relative(now.addSecs(-secondsAgo), now), expected);
}

void TestTimeFormat::neverForInvalid()
{
    QCOMPARE(TimeFormat::relative(QDateTime(), QDateTime::currentDateTimeUtc()), u"never"_s);
    QVERIFY(TimeFormat::exact(QDateTime()).isEmpty());
    QVERIFY(TimeFormat::shortDate(QDateTime()).isEmpty());
}

void TestTimeFormat::exactAndShortDate()
{
    const QDateTime when(QDate(2023, 2, 10), QTime(16, 51, 4), Qt::UTC);
    const QDateTime local = when.toLocalTime();
    const QString exact = TimeFormat::exact(when);
    // Local time, to the second, with the year.
    QVERIFY2(exact.contains(QString::number(local.date().year())), qPrintable(exact));
    QVERIFY2(exact.contains(local.time().toString(u"mm:ss"_s)), qPrintable(exact));
    QCOMPARE(TimeFormat::shortDate(when), QLocale().toString(local.date(), QLocale::ShortFormat));
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"

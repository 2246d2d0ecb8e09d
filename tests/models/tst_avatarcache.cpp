#include "avatarcache.h"
#include "user.h"

#include <QBuffer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AvatarCache;

namespace {

QByteArray png(const QColor &color, QSize size = { 40, 40 })
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString dataUri(const QByteArray &bytes, const QString &mime = u"image/png"_s)
{
    return u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

QColor centre(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

ftapi::User person(const QString &given, const QString &family, const QString &email = {})
{
    ftapi::User user;
    user.id = given.toLower() + u"_id"_s;
    user.givenName = given;
    user.familyName = family;
    user.email = email.isEmpty() ? given.toLower() + u"@example.com"_s : email;
    return user;
}

} // namespace

class TestAvatarCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials();
    void colourIsStablePerKey();
    void decodesDataUris();
    void refusesBadDataUris_data();
    void refusesBadDataUris();
    void avatarFromDataUri();
    void initialsWhenNoPicture();
    void fetchable();
    void remoteOffMeansNoFetch();
    void remoteFetchRepaints();
    void remoteFailureKeepsInitials();
};

void TestAvatarCache::initials()
{
    QCOMPARE(AvatarCache::initials(person(u"Olivia"_s, u"Bennett"_s)), u"OB"_s);
    QCOMPARE(AvatarCache::initials(person(u"hannah"_s, u"Müller"_s)), u"HM"_s);
    QCOMPARE(AvatarCache::initials(person(QString(), QString(), u"zed@example.com"_s)), u"Z"_s);
    QCOMPARE(AvatarCache::initials(person(u"(Ann)"_s, QString())), u"A"_s);
    QCOMPARE(AvatarCache::initials(person(QString(), QString(), u"+@+"_s)), u"?"_s);
}

void TestAvatarCache::colourIsStablePerKey()
{
    QCOMPARE(AvatarCache::colorFor(u"abc"_s), AvatarCache::colorFor(u"abc"_s));
    QSet<QRgb> colours;
    for (int i = 0; i < 50; ++i)
        colours.insert(AvatarCache::colorFor(QString::number(i)).rgb());
    QVERIFY(colours.size() > 3);
}

void TestAvatarCache::decodesDataUris()
{
    const QImage image = AvatarCache::decodeDataUri(dataUri(png(Qt::red, { 30, 20 })));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(30, 20));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::red));
    // Large pictures are kept small.
    const QImage large = AvatarCache::decodeDataUri(dataUri(png(Qt::blue, { 600, 600 })));
    QVERIFY(!large.isNull());
    QVERIFY(large.width() <= 128);
}

void TestAvatarCache::refusesBadDataUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("not data") << u"https://example.com/a.png"_s;
    QTest::newRow("no comma") << u"data:image/png;base64"_s;
    QTest::newRow("bad base64") << u"data:image/png;base64,@@@@"_s;
    QTest::newRow("not an image") << dataUri("hello", u"text/plain"_s);
    QTest::newRow("image type, text inside") << dataUri("hello world");
    QTest::newRow("too wide") << dataUri(png(Qt::green, { 5000, 2 }));
    QTest::newRow("empty") << u"data:,"_s;
    QTest::newRow("huge") << u"data:image/png;base64,"_s + QString(3 * 1024 * 1024, u'A');
}

void TestAvatarCache::refusesBadDataUris()
{
    QFETCH(QString, uri);
    QVERIFY(AvatarCache::decodeDataUri(uri).isNull());
}

void TestAvatarCache::avatarFromDataUri()
{
    AvatarCache cache(nullptr);
    ftapi::User user = person(u"Ann"_s, u"Lee"_s);
    user.picture = dataUri(png(QColor(10, 200, 30)));
    const QPixmap pixmap = cache.avatar(user, 32);
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(32, 32));
    QCOMPARE(centre(pixmap), QColor(10, 200, 30));
    // Round: the corner is transparent.
    QCOMPARE(pixmap.toImage().pixelColor(0, 0).alpha(), 0);

    user.picture = u"data:image/png;base64,broken!"_s;
    QCOMPARE(centre(cache.avatar(user, 32)).rgb(), AvatarCache::colorFor(user.id).rgb());
}

void TestAvatarCache::initialsWhenNoPicture()
{
    AvatarCache cache(nullptr);
    const ftapi::User user = person(u"Ann"_s, u"Lee"_s);
    const QPixmap pixmap = cache.avatar(user, 24);
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(24, 24));
    // The circle's colour shows at the left edge of the middle row (the letters are central).
    const QImage image = pixmap.toImage();
    QCOMPARE(image.pixelColor(image.width() / 8, image.height() / 2).rgb(),
             AvatarCache::colorFor(user.id).rgb());
}

void TestAvatarCache::fetchable()
{
    QVERIFY(AvatarCache::isFetchable(u"https://example.com/a.png"_s));
    QVERIFY(AvatarCache::isFetchable(u"http://127.0.0.1:8080/a.png"_s));
    QVERIFY(AvatarCache::isFetchable(u"http://localhost/a.png"_s));
    QVERIFY(!AvatarCache::isFetchable(u"http://example.com/a.png"_s));
    QVERIFY(!AvatarCache::isFetchable(u"ftp://example.com/a.png"_s));
    QVERIFY(!AvatarCache::isFetchable(u"javascript:alert(1)"_s));
    QVERIFY(!AvatarCache::isFetchable(u"not a url"_s));
}

void TestAvatarCache::remoteOffMeansNoFetch()
{
    AvatarCache cache(nullptr);
    ftapi::User user = person(u"Ann"_s, u"Lee"_s);
    user.picture = u"https://avatars.example.com/ann.png"_s;
    const QImage image = cache.avatar(user, 24).toImage();
    QCOMPARE(image.pixelColor(image.width() / 8, image.height() / 2).rgb(),
             AvatarCache::colorFor(user.id).rgb());
    QCOMPARE(cache.pendingFetches(), 1); // queued, waiting for permission
}

void TestAvatarCache::remoteFetchRepaints()
{
    QHttpServer server;
    const QByteArray picture = png(QColor(200, 20, 20));
    server.route(u"/ann.png"_s, [picture] { return QHttpServerResponse("image/png", picture); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    QNetworkAccessManager network;
    AvatarCache cache(&network);
    cache.setRemoteFetchEnabled(true);
    ftapi::User user = person(u"Ann"_s, u"Lee"_s);
    user.picture = u"http://127.0.0.1:%1/ann.png"_s.arg(port);
    QSignalSpy ready(&cache, &AvatarCache::pictureReady);

    QSignalSpy fetched(&network, &QNetworkAccessManager::finished);
    cache.avatar(user, 32); // initials for now, fetch starts
    QVERIFY(ready.wait(5000));
    // Through the manager it was given: none of its own.
    QCOMPARE(fetched.count(), 1);
    QVERIFY(cache.findChildren<QNetworkAccessManager *>().isEmpty());
    QCOMPARE(ready.constFirst().constFirst().toString(), *user.picture);
    QCOMPARE(centre(cache.avatar(user, 32)), QColor(200, 20, 20));
    QCOMPARE(cache.pendingFetches(), 0);
}

void TestAvatarCache::remoteFailureKeepsInitials()
{
    QHttpServer server;
    server.route(u"/text.png"_s, [] { return QHttpServerResponse("image/png", "not a png"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    QNetworkAccessManager network;
    AvatarCache cache(&network);
    cache.setRemoteFetchEnabled(true);
    QSignalSpy ready(&cache, &AvatarCache::pictureReady);
    for (const QString &path : { u"/missing.png"_s, u"/text.png"_s }) {
        ftapi::User user = person(u"Bo"_s, u"Ek"_s);
        user.picture = u"http://127.0.0.1:%1"_s.arg(port) + path;
        cache.avatar(user, 24);
        QVERIFY(ready.wait(5000));
        const QImage image = cache.avatar(user, 24).toImage();
        QCOMPARE(image.pixelColor(image.width() / 8, image.height() / 2).rgb(),
                 AvatarCache::colorFor(user.id).rgb());
        ready.clear();
    }
    QCOMPARE(cache.pendingFetches(), 0);
}

QTEST_MAIN(TestAvatarCache)
#include "tst_avatarcache.moc"

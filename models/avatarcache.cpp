#include "avatarcache.h"

#include "user.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QHostAddress>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

#include <array>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxPictureBytes = qsizetype(1024) * 1024;
constexpr int kMaxPictureSide = 4096;
constexpr int kKeptImageSide = 128; // decoded pictures are kept at most this large
constexpr int kMaxConcurrentFetches = 4;
constexpr int kFetchTimeoutMs = 15000;

qreal devicePixelRatio()
{
    return qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
}

QImage readImage(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxPictureBytes)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxPictureSide || size.height() > kMaxPictureSide)
        return {};
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > kKeptImageSide || image.height() > kKeptImageSide)
        image = image.scaled(kKeptImageSide, kKeptImageSide, Qt::KeepAspectRatioByExpanding,
                             Qt::SmoothTransformation);
    return image;
}

} // namespace

AvatarCache::AvatarCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_pixmaps.setMaxCost(4000);
}

AvatarCache::~AvatarCache() = default;

void AvatarCache::setRemoteFetchEnabled(bool enabled)
{
    m_remoteEnabled = enabled;
    if (enabled)
        startFetches();
}

QString AvatarCache::initials(const ftapi::User &user)
{
    QString result;
    const auto firstLetter = [](const QString &text) {
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                return QString(c).toUpper();
        }
        return QString();
    };
    result += firstLetter(user.givenName);
    result += firstLetter(user.familyName);
    if (result.isEmpty())
        result = firstLetter(user.email);
    return result.isEmpty() ? u"?"_s : result;
}

QColor AvatarCache::colorFor(const QString &key)
{
    // Muted colours that all carry white text.
    static const std::array<QRgb, 10> palette { 0xff3f6fb5, 0xff2e8b7a, 0xff8e5bb0, 0xffc0603a,
                                                0xff5b7f2e, 0xffb5476b, 0xff3b8ea5, 0xff9a7b2f,
                                                0xff6a6fc4, 0xff4f7f6a };
    return QColor::fromRgb(palette[qHash(key) % palette.size()]);
}

bool AvatarCache::isFetchable(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return false;
    if (parsed.scheme() == "https"_L1)
        return true;
    const QHostAddress host(parsed.host());
    return parsed.scheme() == "http"_L1
        && (parsed.host() == "localhost"_L1 || (!host.isNull() && host.isLoopback()));
}

QImage AvatarCache::decodeDataUri(const QString &uri)
{
    if (!uri.startsWith("data:"_L1, Qt::CaseInsensitive) || uri.size() > 2 * kMaxPictureBytes)
        return {};
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return {};
    const QString header = uri.mid(5, comma - 5);
    const QStringList parts = header.split(u';');
    if (!parts.constFirst().isEmpty()
        && !parts.constFirst().startsWith("image/"_L1, Qt::CaseInsensitive))
        return {};
    const bool base64 = parts.constLast().compare("base64"_L1, Qt::CaseInsensitive) == 0;
    const QByteArray payload = QStringView(uri).mid(comma + 1).toLatin1();
    QByteArray bytes;
    if (base64) {
        auto decoded = QByteArray::fromBase64Encoding(
            payload, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return {};
        bytes = std::move(*decoded);
    } else {
        bytes = QByteArray::fromPercentEncoding(payload);
    }
    return readImage(bytes);
}

QPixmap AvatarCache::avatar(const ftapi::User &user, int size)
{
    size = qBound(8, size, 512);
    const QString &picture = user.picture.value_or(QString());
    if (!picture.isEmpty() && !m_broken.contains(picture)) {
        const QString key = QString::number(size) + u'|' + picture;
        if (const QPixmap *cached = m_pixmaps.object(key))
            return *cached;
        auto image = m_images.constFind(picture);
        if (image == m_images.constEnd() && picture.startsWith("data:"_L1, Qt::CaseInsensitive)) {
            const QImage decoded = decodeDataUri(picture);
            if (decoded.isNull())
                m_broken.insert(picture);
            else
                image = m_images.insert(picture, decoded);
        } else if (image == m_images.constEnd()) {
            if (isFetchable(picture))
                requestFetch(picture);
            else
                m_broken.insert(picture);
        }
        if (image != m_images.constEnd()) {
            QPixmap round = roundPixmap(*image, size);
            m_pixmaps.insert(key, new QPixmap(round), 1);
            return round;
        }
    }
    return initialsPixmap(user, size);
}

QPixmap AvatarCache::initialsPixmap(const ftapi::User &user, int size)
{
    const QString text = initials(user);
    const QColor color = colorFor(user.id.isEmpty() ? user.email : user.id);
    const QString key = QString::number(size) + u'#' + color.name() + u'|' + text;
    if (const QPixmap *cached = m_pixmaps.object(key))
        return *cached;

    const qreal ratio = devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = qGuiApp ? qGuiApp->font() : QFont();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * (text.size() > 1 ? 0.38 : 0.46))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    painter.end();

    m_pixmaps.insert(key, new QPixmap(pixmap), 1);
    return pixmap;
}

QPixmap AvatarCache::roundPixmap(const QImage &image, int size) const
{
    const qreal ratio = devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(circle);
    // Fill the circle, cropping the longer side.
    const QSize source = image.size();
    const int side = qMin(source.width(), source.height());
    const QRect crop((source.width() - side) / 2, (source.height() - side) / 2, side, side);
    painter.drawImage(QRectF(0, 0, size, size), image, crop);
    return pixmap;
}

void AvatarCache::requestFetch(const QString &url)
{
    if (m_requested.contains(url))
        return;
    m_requested.insert(url);
    m_queue.push_back(url);
    startFetches();
}

void AvatarCache::startFetches()
{
    if (!m_remoteEnabled || !m_network)
        return;
    while (m_inFlight < kMaxConcurrentFetches && !m_queue.empty()) {
        const QString url = m_queue.front();
        m_queue.pop_front();
        QNetworkRequest request { QUrl(url) };
        request.setTransferTimeout(kFetchTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(3);
        QNetworkReply *reply = m_network->get(request);
        ++m_inFlight;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > kMaxPictureBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, url] { onFetched(reply, url); });
    }
}

void AvatarCache::onFetched(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    --m_inFlight;
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image = readImage(reply->read(kMaxPictureBytes + 1));
    if (image.isNull())
        m_broken.insert(url);
    else
        m_images.insert(url, image);
    Q_EMIT pictureReady(url);
    startFetches();
}

} // namespace ftmodels

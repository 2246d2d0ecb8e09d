#pragma once

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>

#include <deque>

class QNetworkReply;

namespace ftapi {
struct User;
}

namespace ftmodels {

// Round avatars for the tables and the details panel, never blocking the event loop:
// a `data:` picture is decoded on first use; an http(s) picture is fetched in the background
// (only when remote fetching is enabled) and pictureReady() tells the models to repaint;
// until then, and whenever a picture is missing or broken, the user's initials on a coloured
// circle. Pixmaps are cached per picture and size, so 50,000 rows cost only what is painted.
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    // Remote pictures are fetched through `network` (not owned; null: never fetched).
    explicit AvatarCache(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AvatarCache() override;

    // Off by default: tests and the demo have no business on the internet. When on, https
    // URLs (and http on loopback) are fetched, at most a few at once.
    void setRemoteFetchEnabled(bool enabled);
    bool remoteFetchEnabled() const { return m_remoteEnabled; }

    // `size` is in device-independent pixels.
    QPixmap avatar(const ftapi::User &user, int size);

    static QString initials(const ftapi::User &user);
    static QColor colorFor(const QString &key);
    // The image in a data: URI (base64 or percent-encoded); a null image when it is not an
    // image, malformed, larger than 1 MiB or wider/taller than 4096 pixels.
    static QImage decodeDataUri(const QString &uri);
    static bool isFetchable(const QString &url);

    int pendingFetches() const { return m_inFlight + int(m_queue.size()); }

Q_SIGNALS:
    // A remote picture arrived (or failed for good): rows showing `picture` should repaint.
    void pictureReady(const QString &picture);

private:
    QPixmap initialsPixmap(const ftapi::User &user, int size);
    QPixmap roundPixmap(const QImage &image, int size) const;
    void requestFetch(const QString &url);
    void startFetches();
    void onFetched(QNetworkReply *reply, const QString &url);

    QCache<QString, QPixmap> m_pixmaps; // key: picture or initials|colour, plus size
    QHash<QString, QImage> m_images; // decoded pictures, scaled down, by picture string
    QSet<QString> m_broken; // pictures that will never decode
    QSet<QString> m_requested; // remote pictures queued, in flight or done
    std::deque<QString> m_queue;
    QPointer<QNetworkAccessManager> m_network;
    int m_inFlight = 0;
    bool m_remoteEnabled = false;
};

} // namespace ftmodels

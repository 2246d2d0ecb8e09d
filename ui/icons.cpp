#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

// The one line colour the bundled SVGs are drawn with; replaced by the palette's at paint time.
// Accent colours (green for "add", red for "delete") are left alone.
constexpr char kLineColour[] = "#3b4252";

// Renders a bundled SVG with its line colour taken from the application palette, for the mode
// asked: a vector drawn at the final device size, never a bitmap scaled up.
class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon asks with `size` already in device pixels (logical size x scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        const QSize device = size;
        if (device.isEmpty())
            return {};
        const QByteArray svg = coloured(mode);
        const QString key = u"ftui-icon:"_s + m_path + u':' + QString::number(device.width()) + u'x'
            + QString::number(device.height()) + u':' + QString::number(qHash(svg));
        QPixmap result;
        if (!QPixmapCache::find(key, &result)) {
            result = QPixmap(device);
            result.fill(Qt::transparent);
            QPainter painter(&result);
            QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
            painter.end();
            QPixmapCache::insert(key, result);
        }
        result.setDevicePixelRatio(scale);
        (void)state;
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return u"ftui-palette-svg"_s; }
    QIconEngine *clone() const override { return new PaletteSvgEngine(*this); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour;
        switch (mode) {
        case QIcon::Disabled:
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
            break;
        case QIcon::Selected:
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
            break;
        case QIcon::Normal:
        case QIcon::Active:
            colour = palette.color(QPalette::Active, QPalette::WindowText);
            break;
        }
        QByteArray svg = m_svg;
        svg.replace(kLineColour, colour.name(QColor::HexRgb).toLatin1());
        if (mode == QIcon::Disabled) // the accents too, or a disabled "delete" still shouts
            svg.replace("<svg ", "<svg opacity=\"0.45\" ");
        return svg;
    }

    QString m_path;
    QByteArray m_svg;
};

// Bundled name -> freedesktop Icon Naming Specification name (actions and status where the
// specification has one; a few widely themed names where it has none).
const QHash<QString, QString> &themeNames()
{
    static const QHash<QString, QString> names = {
        { u"invite"_s, u"contact-new"_s },
        { u"edit"_s, u"document-properties"_s },
        { u"remove-role"_s, u"list-remove"_s },
        { u"delete"_s, u"edit-delete"_s },
        { u"add-destination"_s, u"list-add"_s },
        { u"add-connection"_s, u"insert-link"_s },
        { u"filter"_s, u"edit-find"_s },
        { u"refresh"_s, u"view-refresh"_s },
        { u"audit"_s, u"system-search"_s },
        { u"connect"_s, u"network-server"_s },
        { u"quit"_s, u"application-exit"_s },
        { u"close"_s, u"window-close"_s },
        { u"about"_s, u"help-about"_s },
        { u"help"_s, u"help-contents"_s },
        { u"info"_s, u"dialog-information"_s },
        { u"warning"_s, u"dialog-warning"_s },
        { u"error"_s, u"dialog-error"_s },
        { u"success"_s, u"emblem-ok"_s },
        { u"undo"_s, u"edit-undo"_s },
        { u"history"_s, u"document-open-recent"_s },
        { u"select-all"_s, u"edit-select-all"_s },
        { u"open-plan"_s, u"document-open"_s },
        { u"save-plan"_s, u"document-save"_s },
    };
    return names;
}

// Names whose drawing is shared with another bundled file.
QString bundledFile(const QString &name)
{
    if (name == u"about"_s || name == u"help"_s)
        return u"info"_s;
    return name;
}

} // namespace

QString themeName(const QString &name)
{
    return themeNames().value(name);
}

QIcon icon(const QString &name)
{
    const QIcon bundled(new PaletteSvgEngine(u":/ftui/icons/"_s + bundledFile(name) + u".svg"_s));
    const QString theme = themeName(name);
    return theme.isEmpty() ? bundled : QIcon::fromTheme(theme, bundled);
}

QString applicationId()
{
    return u"io.github.fivetran_admin.FivetranAdmin"_s;
}

QIcon applicationIcon()
{
    return QIcon::fromTheme(applicationId(), QIcon(u":/ftui/app/"_s + applicationId() + u".svg"_s));
}

} // namespace ftui

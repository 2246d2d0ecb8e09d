// The console's icons: a freedesktop theme name for each with the bundled SVG as fallback,
// line colour from the palette (visible on dark windows), drawn at the device pixel ratio.
#include "icons.h"
#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The mean lightness of the opaque pixels of a plain line icon.
double inkLightness(const QIcon &icon, int size = 32)
{
    const QImage image =
        icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightnessF();
                ++count;
            }
        }
    }
    return count ? sum / count : -1;
}

QPalette paletteWith(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No icon theme: what a desktop without these names (and the offscreen platform) sees.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
    }

    void everyBundledIconLoads()
    {
        QDirIterator files(u":/ftui/icons"_s, { u"*.svg"_s });
        int count = 0;
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).completeBaseName();
            const QIcon icon = ftui::icon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QVERIFY2(!icon.pixmap(QSize(16, 16)).isNull(), qPrintable(name));
            ++count;
        }
        QVERIFY(count >= 10);
    }

    void everyActionHasAThemeNameAndAFallback()
    {
        ftui::MainActions actions;
        for (QAction *action : actions.all()) {
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(!action->icon().pixmap(QSize(22, 22)).isNull(), qPrintable(action->text()));
        }
        for (const QString &name : { u"invite"_s, u"edit"_s, u"delete"_s, u"refresh"_s, u"audit"_s,
                                     u"quit"_s, u"about"_s, u"help"_s }) {
            QVERIFY2(!ftui::themeName(name).isEmpty(), qPrintable(name));
        }
        QCOMPARE(ftui::themeName(u"refresh"_s), u"view-refresh"_s);
        QCOMPARE(ftui::themeName(u"quit"_s), u"application-exit"_s);
    }

    void linesFollowThePalette()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(paletteWith(Qt::white, QColor(0x20, 0x20, 0x20)));
        const double onLight = inkLightness(ftui::icon(u"refresh"_s));
        QApplication::setPalette(paletteWith(QColor(0x20, 0x20, 0x20), QColor(0xf0, 0xf0, 0xf0)));
        const double onDark = inkLightness(ftui::icon(u"refresh"_s));
        QApplication::setPalette(original);
        QVERIFY2(onLight >= 0 && onLight < 0.3, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > 0.7, qPrintable(QString::number(onDark)));
    }

    void drawnAtTheDevicePixelRatio()
    {
        const QIcon icon = ftui::icon(u"edit"_s);
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.size(), QSize(48, 48));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
    }

    void applicationIconIsBundled()
    {
        QCOMPARE(ftui::applicationId(), u"io.github.fivetran_admin.FivetranAdmin"_s);
        QVERIFY(!ftui::applicationIcon().isNull());
        QVERIFY(!ftui::applicationIcon().pixmap(QSize(64, 64)).isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

#include "cachedtextdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// How many pixels of `rect` in `image` are close to `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green())
                    + qAbs(c.blue() - colour.blue())
                < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drawsTheText();
    void selectedTextUsesTheHighlightColour();
    void longTextStaysInItsCell();

private:
    QImage grab() { return m_view->viewport()->grab().toImage(); }

    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

void TestCachedTextDelegate::init()
{
    m_model = new QStandardItemModel(3, 2, this);
    m_model->setItem(0, 0, new QStandardItem(u"Hello there"_s));
    m_model->setItem(1, 0, new QStandardItem(QString(200, u'W')));
    m_model->setItem(2, 0, new QStandardItem(u"Selected"_s));
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ftui::CachedTextDelegate(m_view));
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->resizeSection(0, 120);
    m_view->resize(400, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestCachedTextDelegate::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestCachedTextDelegate::drawsTheText()
{
    const QImage image = grab();
    const QRect cell = m_view->visualRect(m_model->index(0, 0));
    const QColor text = m_view->palette().color(QPalette::Text);
    QVERIFY(pixelsNear(image, cell, text) > 10);
    // An empty cell stays empty.
    QCOMPARE(pixelsNear(image, m_view->visualRect(m_model->index(0, 1)), text), 0);
    // Painting again (from the cache) gives the same picture.
    QCOMPARE(grab(), image);
}

void TestCachedTextDelegate::selectedTextUsesTheHighlightColour()
{
    m_view->selectRow(2);
    const QRect cell = m_view->visualRect(m_model->index(2, 0));
    const QImage image = grab();
    const QPalette palette = m_view->palette();
    QVERIFY(pixelsNear(image, cell, palette.color(QPalette::Active, QPalette::Highlight)) > 100
            || pixelsNear(image, cell, palette.color(QPalette::Inactive, QPalette::Highlight))
                > 100);
    const int highlighted =
        pixelsNear(image, cell, palette.color(QPalette::Active, QPalette::HighlightedText))
        + pixelsNear(image, cell, palette.color(QPalette::Inactive, QPalette::HighlightedText));
    QVERIFY(highlighted > 10);
}

void TestCachedTextDelegate::longTextStaysInItsCell()
{
    const QImage image = grab();
    const QRect cell = m_view->visualRect(m_model->index(1, 0));
    const QRect right = m_view->visualRect(m_model->index(1, 1));
    const QColor text = m_view->palette().color(QPalette::Text);
    QVERIFY(pixelsNear(image, cell, text) > 10);
    QCOMPARE(pixelsNear(image, right, text), 0); // elided, not spilling into the next cell
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"

// UsersTable, offscreen: rows added below the last row shown only grow the scroll range and do
// not repaint the viewport; rows added where they are seen, removed rows, a new layout and
// changed data repaint as in any QTableView.
#include "userstable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRowHeight = 30;

QStringList rows(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(u"row %1"_s.arg(i));
    return list;
}

} // namespace

class TestUsersTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsBelowOnlyGrowTheScrollRange();
    void rowsInViewRepaint();
    void rowsBelowAndAnotherChangeRepaint();
    void rowsThatFillAShortTableRepaint();
    void aNewLayoutRepaints();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return QObject::eventFilter(watched, event);
    }

private:
    void start(int count);
    // Paints what is pending, then counts from zero.
    void settle()
    {
        m_table->viewport()->repaint();
        QCoreApplication::processEvents();
        m_paints = 0;
    }
    int m_paints = 0;
    QStringListModel *m_model = nullptr;
    ftui::UsersTable *m_table = nullptr;
};

void TestUsersTable::init()
{
    m_paints = 0;
}

void TestUsersTable::start(int count)
{
    m_model = new QStringListModel(rows(count), this);
    m_table = new ftui::UsersTable;
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    m_table->setModel(m_model);
    m_table->resize(320, 300);
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table));
    m_table->viewport()->installEventFilter(this);
    settle();
}

void TestUsersTable::cleanup()
{
    delete m_table;
    m_table = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestUsersTable::rowsBelowOnlyGrowTheScrollRange()
{
    start(100);
    const int before = m_table->verticalScrollBar()->maximum();
    QVERIFY(m_model->insertRows(100, 50));
    // The delayed layout ran: the scroll range (a row a step) counts the new rows...
    QTRY_COMPARE(m_table->verticalScrollBar()->maximum(), before + 50);
    QCoreApplication::processEvents();
    // ...and nothing on screen was painted again.
    QCOMPARE(m_paints, 0);
    QCOMPARE(m_table->rowAt(0), 0);

    // The counter does see paints: changed data in view repaints its cell.
    QVERIFY(m_model->setData(m_model->index(0), u"changed"_s));
    QTRY_VERIFY(m_paints > 0);
}

void TestUsersTable::rowsInViewRepaint()
{
    start(100);
    QVERIFY(m_model->insertRows(2, 3));
    QTRY_VERIFY(m_paints > 0);
    QCOMPARE(m_table->model()->rowCount(), 103);
}

void TestUsersTable::rowsBelowAndAnotherChangeRepaint()
{
    start(100);
    QVERIFY(m_model->insertRows(100, 50));
    QVERIFY(m_model->removeRows(0, 1)); // in the same turn: the layout must repaint
    QTRY_VERIFY(m_paints > 0);
    settle();
    // And the next rows below are quiet again.
    const int before = m_table->verticalScrollBar()->maximum();
    QVERIFY(m_model->insertRows(m_model->rowCount(), 10));
    QTRY_COMPARE(m_table->verticalScrollBar()->maximum(), before + 10);
    QCoreApplication::processEvents();
    QCOMPARE(m_paints, 0);
}

void TestUsersTable::rowsThatFillAShortTableRepaint()
{
    start(2); // the viewport has room below the last row: new rows land in view
    QVERIFY(m_model->insertRows(2, 2));
    QTRY_VERIFY(m_paints > 0);
}

void TestUsersTable::aNewLayoutRepaints()
{
    start(100);
    QVERIFY(m_model->insertRows(100, 5));
    m_model->sort(0, Qt::DescendingOrder); // layoutChanged
    QTRY_VERIFY(m_paints > 0);
}

QTEST_MAIN(TestUsersTable)
#include "tst_userstable.moc"

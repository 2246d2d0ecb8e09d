#include "messagewidget.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using ftui::MessageWidget;

class TestMessageWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenUntilShown();
    void errorWithRetry();
    void noActionNoButton();
    void closeButtonHides();
};

void TestMessageWidget::hiddenUntilShown()
{
    QWidget parent;
    MessageWidget widget(&parent);
    parent.show();
    QVERIFY(widget.isHidden());
    widget.showMessage(u"Hello"_s, MessageWidget::Type::Information);
    QVERIFY(widget.isVisible());
    QCOMPARE(widget.text(), u"Hello"_s);
    widget.hideMessage();
    QVERIFY(widget.isHidden());
}

void TestMessageWidget::errorWithRetry()
{
    QWidget parent;
    MessageWidget widget(&parent);
    parent.show();
    QSignalSpy action(&widget, &MessageWidget::actionTriggered);
    widget.showMessage(u"The users could not be loaded."_s, MessageWidget::Type::Error, u"Retry"_s);
    QCOMPARE(widget.type(), MessageWidget::Type::Error);
    QVERIFY(widget.actionButton()->isVisible());
    QCOMPARE(widget.actionButton()->text(), u"Retry"_s);
    QTest::mouseClick(widget.actionButton(), Qt::LeftButton);
    QCOMPARE(action.count(), 1);
}

void TestMessageWidget::noActionNoButton()
{
    QWidget parent;
    MessageWidget widget(&parent);
    parent.show();
    widget.showMessage(u"Saved"_s, MessageWidget::Type::Positive);
    QVERIFY(!widget.actionButton()->isVisible());
    widget.showMessage(u"Again"_s, MessageWidget::Type::Warning, u"Undo"_s);
    QVERIFY(widget.actionButton()->isVisible());
    widget.showMessage(u"Plain"_s, MessageWidget::Type::Warning);
    QVERIFY(!widget.actionButton()->isVisible());
}

void TestMessageWidget::closeButtonHides()
{
    QWidget parent;
    MessageWidget widget(&parent);
    parent.show();
    QSignalSpy closed(&widget, &MessageWidget::closed);
    widget.showMessage(u"Oops"_s, MessageWidget::Type::Error, u"Retry"_s);
    QTest::mouseClick(widget.closeButton(), Qt::LeftButton);
    QVERIFY(widget.isHidden());
    QCOMPARE(closed.count(), 1);
}

QTEST_MAIN(TestMessageWidget)
#include "tst_messagewidget.moc"

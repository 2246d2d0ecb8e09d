#include "messagebox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftui::MessageBox;

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::clear(); }
    void answersInOrderWithoutShowing();
    void recordsWhatWouldHaveBeenShown();
};

void TestMessageBox::answersInOrderWithoutShowing()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(MessageBox::hasPendingAnswers());
    QCOMPARE(MessageBox::question(nullptr, u"Delete"_s, u"Sure?"_s), QMessageBox::Yes);
    QCOMPARE(MessageBox::warning(nullptr, u"Careful"_s, u"Really?"_s,
                                 QMessageBox::Ok | QMessageBox::Cancel),
             QMessageBox::Cancel);
    QVERIFY(!MessageBox::hasPendingAnswers());
}

void TestMessageBox::recordsWhatWouldHaveBeenShown()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, u"Done"_s, u"User invited."_s);
    MessageBox::critical(nullptr, u"Failed"_s, u"No network."_s);
    QCOMPARE(MessageBox::shown(),
             (QStringList { u"Done: User invited."_s, u"Failed: No network."_s }));
    MessageBox::clear();
    QVERIFY(MessageBox::shown().isEmpty());
}

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"

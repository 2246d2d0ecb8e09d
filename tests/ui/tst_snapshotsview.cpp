// The Snapshots tab of the audit window on a sandbox (offscreen): each completed audit saved
// and listed, a cancelled one not; two snapshots compared by clicking (the changes made to the
// sandbox between them, filtered by kind and by name, the pivots), one compared with this
// audit; Save Report… writing a PDF whose text holds the counts; a label typed in place; a
// deletion confirmed. Every model runs under QAbstractItemModelTester.
#include "../models/auditfixture.h"
#include "../support/pdftext.h"
#include "auditcollector.h"
#include "auditwindow.h"
#include "comparisonview.h"
#include "difffilterproxy.h"
#include "diffmodel.h"
#include "diffpivotmodel.h"
#include "messagebox.h"
#include "snapshotlistmodel.h"
#include "snapshotstore.h"
#include "snapshotsview.h"
#include "storage.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ftmodels::AccessChange;
using ftui::AuditWindow;
using ftui::SnapshotsView;

class TestSnapshotsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<ftmodels::Storage> m_storage;
    std::unique_ptr<AuditWindow> m_window;

    SnapshotsView *view() const { return m_window->snapshotsView(); }

    bool runAudit()
    {
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        m_window->start();
        return finished.wait(60000);
    }

    void click(QAbstractButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = {})
    {
        QTableView *list = view()->listView();
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    void grab(const QString &name)
    {
        const QString dir = qEnvironmentVariable("FT_SHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // pending layout requests, as a screen would
        m_window->grab().save(dir + u'/' + name);
    }

private Q_SLOTS:
    void init()
    {
        ftui::MessageBox::clear();
        m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(30, 3, 9, 3));
        QVERIFY(m_sandbox->isListening());
        m_storage = std::make_unique<ftmodels::Storage>();
        QString error;
        QVERIFY2(m_storage->open(m_dir.filePath(u"%1.sqlite"_s.arg(
                                     QString::fromLatin1(QTest::currentTestFunction()))),
                                 &error),
                 qPrintable(error));
        m_owner = std::make_unique<QObject>();
        m_window = std::make_unique<AuditWindow>(fttest::newClient(*m_sandbox, m_owner.get()));
        m_window->setSnapshotStorage(m_storage.get(),
                                     m_storage->accountId({ u"p"_s, u"u"_s, u"f"_s }));
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_owner.reset();
        m_storage.reset();
        m_sandbox.reset();
        QVERIFY(!ftui::MessageBox::hasPendingAnswers());
    }

    void auditsAreSavedAndCompared()
    {
        QAbstractItemModelTester listTester(view()->listModel());
        ftui::ComparisonView *comparison = view()->comparison();
        QAbstractItemModelTester diffTester(comparison->model());
        QAbstractItemModelTester proxyTester(comparison->proxy());
        QAbstractItemModelTester personTester(comparison->byPersonModel());
        QAbstractItemModelTester targetTester(comparison->byTargetModel());

        QVERIFY(runAudit());
        QCOMPARE(view()->listModel()->rowCount(), 1);
        QVERIFY(view()->statusLabel()->text().contains(u"snapshot 1"_s));
        QCOMPARE(view()->listModel()->info(0).users, int(m_sandbox->store().users().size()));

        // Between the audits: an invitation and an account role change.
        ftsandbox::SandboxUser invited;
        QVERIFY(!m_sandbox->store()
                     .inviteUser({ u"late.joiner@example.com"_s,
                                   u"Late"_s,
                                   u"Joiner"_s,
                                   {},
                                   {},
                                   u"Account Administrator"_s },
                                 &invited)
                     .isError());
        QVERIFY(runAudit());
        QCOMPARE(view()->listModel()->rowCount(), 2);

        m_window->tabs()->setCurrentIndex(AuditWindow::SnapshotsTab);
        QVERIFY(view()->isVisible());
        QVERIFY(!view()->compareButton()->isEnabled());
        clickRow(0);
        clickRow(1, Qt::ControlModifier);
        click(view()->compareButton());
        QVERIFY(comparison->model()->hasComparison());
        QCOMPARE(comparison->model()->diff().count(AccessChange::Type::UserAdded), 1);
        const int gained = comparison->model()->diff().count(AccessChange::Type::EffectiveGained);
        QCOMPARE(gained,
                 int(m_sandbox->store().groups().size() + m_sandbox->store().connections().size()));
        QCOMPARE(comparison->proxy()->rowCount(), comparison->model()->rowCount());
        QVERIFY(comparison->titleLabel()->text().contains(u"snapshot 1"_s));
        QVERIFY(comparison->summaryLabel()->text().contains(u"Late Joiner gained Manage"_s));
        grab(u"snapshots-compare.png"_s);

        // Filters: by kind of change, then by a name.
        QComboBox *type = comparison->typeFilter();
        type->setCurrentIndex(type->findData(int(AccessChange::Type::UserAdded)));
        QCOMPARE(comparison->proxy()->rowCount(), 1);
        type->setCurrentIndex(0);
        QTest::keyClicks(comparison->textFilter(), u"nobody-has-this"_s);
        QCOMPARE(comparison->proxy()->rowCount(), 0);
        comparison->textFilter()->clear();
        QTest::keyClicks(comparison->textFilter(), u"late.joiner"_s);
        QCOMPARE(comparison->proxy()->rowCount(), 1 + gained);
        // The pivots follow: one person; every target once.
        QCOMPARE(comparison->byPersonModel()->rowCount(), 1);
        QCOMPARE(comparison->byPersonModel()->rowCount(comparison->byPersonModel()->index(0, 0)),
                 1 + gained);
        QCOMPARE(comparison->byTargetModel()->rowCount(), gained);
        comparison->textFilter()->clear();

        // The report.
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        m_window->setFileChooser(
            [&](const QString &, const QString &, const QString &) { return pdf; });
        click(comparison->saveReportButton());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const fttest::PdfText text = fttest::PdfText::read(file.readAll());
        QVERIFY(text.pages() >= 1);
        QVERIFY(text.text().contains(u"Person added: 1"_s));
        QVERIFY(text.text().contains(u"Access gained: %1"_s.arg(gained)));

        // This audit against the first snapshot: the same changes.
        clickRow(0);
        click(view()->compareCurrentButton());
        QCOMPARE(comparison->model()->diff().count(AccessChange::Type::EffectiveGained), gained);
        QVERIFY(comparison->titleLabel()->text().contains(u"snapshot 1"_s));
    }

    void labelAndDelete()
    {
        QVERIFY(runAudit());
        QVERIFY(runAudit());
        m_window->tabs()->setCurrentIndex(AuditWindow::SnapshotsTab);
        clickRow(0);
        click(view()->labelButton());
        auto *editor = view()->listView()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor, u"Q3 review"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on its next turn of the event loop.
        QTRY_COMPARE(view()->store()->list().first().label, u"Q3 review"_s);
        QCOMPARE(view()->listModel()->index(0, ftmodels::SnapshotListModel::LabelColumn).data(),
                 QVariant(u"Q3 review"_s));

        // Declined, then confirmed.
        clickRow(1);
        ftui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(view()->deleteButton());
        QTRY_COMPARE(view()->store()->list().size(), 2);
        QVERIFY(!ftui::MessageBox::hasPendingAnswers());
        ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->listView()->setFocus();
        QTRY_VERIFY(view()->listView()->hasFocus());
        QTest::keyClick(view()->listView(), Qt::Key_Delete);
        QTRY_COMPARE(view()->store()->list().size(), 1);
        QCOMPARE(view()->listModel()->rowCount(), 1);
        QCOMPARE(view()->store()->list().first().label, u"Q3 review"_s);
    }

    void cancelledAuditIsNotSaved()
    {
        m_sandbox->server().setLatencyMs(50);
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        m_window->start();
        m_window->collector()->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(view()->listModel()->rowCount(), 0);
        QVERIFY(view()->statusLabel()->text().contains(u"not saved"_s));
    }
};

QTEST_MAIN(TestSnapshotsView)
#include "tst_snapshotsview.moc"

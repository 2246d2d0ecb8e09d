// Undo and History in the real window on the demo sandbox, journalled in a file of the test's
// own: Edit > Undo names the last change and gives the state back (Ctrl+Z); a deletion's undo
// asks first, naming what cannot come back; the History window (Ctrl+H) lists the changes,
// filters them, undoes the selected one and exports what it shows.
#include "deleteuserdialog.h"
#include "dialogfixture.h"
#include "historywindow.h"
#include "journal.h"
#include "journalmodel.h"
#include "mainactions.h"
#include "membershipsview.h"
#include "storage.h"
#include "undocontroller.h"
#include "userdetailspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

const QString kJames = u"keen_walnut"_s; // Production Snowflake (warm_harbor), Manage Destination
const QString kHannah = u"frosty_paddle"_s;

struct JournalledWindow : fttest::DialogFixture
{
    QTemporaryDir dir;
    ftmodels::Storage storage;
    std::unique_ptr<ftmodels::Journal> journal;

    bool openJournalled()
    {
        QString error;
        if (!storage.open(dir.filePath(u"journal.sqlite"_s), &error))
            return false;
        journal = std::make_unique<ftmodels::Journal>(
            &storage,
            storage.accountId({ u"demo"_s, sandbox.server().baseUrl().toString(), u"k"_s }));
        session->setJournal(journal.get());
        return open();
    }

    bool activate()
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    // Removes James from Production Snowflake through the window, as a person would.
    bool removeJamesFromSnowflake()
    {
        if (!selectUser(kJames))
            return false;
        QTableView *table = window->detailsPanel()->destinations()->table();
        table->setFocus();
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 1),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy removed(controller(), &ftui::UserActionsController::membershipRemoved);
        controller()->removeMembershipAction(MembershipKind::Group)->trigger();
        return removed.wait(10000);
    }
};

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fttest::useTestSettings(); }
    void init() { ftui::MessageBox::clear(); }

    void undoNamesTheLastChangeAndGivesTheStateBack()
    {
        JournalledWindow f;
        QVERIFY(f.openJournalled());
        QAction *undo = f.window->actions()->undo;
        QVERIFY(!undo->isEnabled()); // nothing done yet
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        bool inEditMenu = false;
        for (QAction *menu : f.window->menuBar()->actions()) {
            if (menu->text() == u"&Edit"_s && menu->menu())
                inEditMenu = menu->menu()->actions().contains(undo)
                    && menu->menu()->actions().contains(f.window->actions()->history);
        }
        QVERIFY(inEditMenu);

        QVERIFY(f.removeJamesFromSnowflake());
        QVERIFY(f.sandbox.store().groupMemberships(kJames).isEmpty());
        QTRY_VERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), u"Undo: remove James Walker from Production Snowflake"_s);

        // Ctrl+Z, as a person presses it.
        QVERIFY(f.activate());
        QSignalSpy finished(f.window->undoController(), &ftui::UndoController::undoFinished);
        QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 1);
        QCOMPARE(f.sandbox.store().groupMemberships(kJames).constFirst().role,
                 u"Manage Destination"_s);
        // The window shows it back, without a refresh.
        QTRY_COMPARE(f.window->detailsPanel()->destinations()->count(), 1);
        QVERIFY(!undo->isEnabled()); // the undo itself is not undone by Ctrl+Z again
        QVERIFY(f.journal->verify().intact);
    }

    void undoingADeletionAsksFirstAndSaysWhatIsLost()
    {
        JournalledWindow f;
        QVERIFY(f.openJournalled());
        QVERIFY(f.selectUser(kHannah));
        f.window->actions()->deleteUser->trigger();
        auto *dialog = qobject_cast<ftui::DeleteUserDialog *>(f.controller()->currentDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->hasListedLosses(); }, 10000));
        fttest::typeInto(dialog->confirmEdit(), u"hannah.mueller@example.com"_s);
        QPointer<ftui::ApiDialog> guard(dialog);
        fttest::clickOk(dialog);
        QVERIFY(fttest::waitForAnswer(guard) && guard.isNull());
        QVERIFY(!f.sandbox.store().user(kHannah));

        // Declined: nothing happens.
        ftui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QSignalSpy finished(f.window->undoController(), &ftui::UndoController::undoFinished);
        f.window->actions()->undo->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.constFirst().at(0).toBool());
        QCOMPARE(ftui::MessageBox::shown().size(),
                 1); // the undo asked; the deletion asked in its dialog
        const QString question = ftui::MessageBox::shown().constLast();
        QVERIFY2(question.contains(u"new id"_s) && question.contains(u"invitation"_s),
                 qPrintable(question));
        QVERIFY(!f.sandbox.store().userByEmail(u"hannah.mueller@example.com"_s));

        ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
        f.window->actions()->undo->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constLast().at(0).toBool());
        const auto *back = f.sandbox.store().userByEmail(u"hannah.mueller@example.com"_s);
        QVERIFY(back);
        QCOMPARE(f.sandbox.store().groupMemberships(back->id).size(), 1);
        QCOMPARE(f.sandbox.store().connectionMemberships(back->id).size(), 1);
        QTRY_VERIFY(f.session->users()->rowOf(back->id) >= 0); // in the list again
    }

    void historyListsFiltersUndoesAndExports()
    {
        JournalledWindow f;
        QVERIFY(f.openJournalled());
        QVERIFY(f.removeJamesFromSnowflake());
        QVERIFY(f.activate());
        QTest::keyClick(f.window.get(), Qt::Key_H, Qt::ControlModifier);
        auto *history = f.window->findChild<ftui::HistoryWindow *>();
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QAbstractItemModelTester tester(history->model());
        QCOMPARE(history->model()->rowCount(), 1);
        const QModelIndex what = history->model()->index(0, ftmodels::JournalModel::WhatColumn);
        QCOMPARE(what.data().toString(), u"Remove James Walker from Production Snowflake"_s);
        QCOMPARE(
            history->model()->index(0, ftmodels::JournalModel::OutcomeColumn).data().toString(),
            u"Done"_s);

        fttest::typeInto(history->personFilter(), u"nobody"_s);
        QCOMPARE(history->model()->rowCount(), 0);
        fttest::typeInto(history->personFilter(), u"james"_s);
        QCOMPARE(history->model()->rowCount(), 1);
        fttest::typeInto(history->targetFilter(), u"Snowflake"_s);
        QCOMPARE(history->model()->rowCount(), 1);

        QVERIFY(!history->undoEntryButton()->isEnabled()); // nothing selected
        history->table()->selectRow(0);
        QVERIFY(history->details()->text().contains(u"Manage Destination"_s)); // what it found
        QVERIFY(history->undoEntryButton()->isEnabled());
        QSignalSpy finished(f.window->undoController(), &ftui::UndoController::undoFinished);
        QTest::mouseClick(history->undoEntryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 1);
        // The list follows: the undo is there, the removal is marked undone.
        fttest::typeInto(history->personFilter(), QString());
        fttest::typeInto(history->targetFilter(), QString());
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->model()
                    ->index(1, ftmodels::JournalModel::OutcomeColumn)
                    .data()
                    .toString()
                    .contains(u"undone"_s));

        QTemporaryDir out;
        QVERIFY(history->exportTo(out.filePath(u"h.json"_s)));
        QFile json(out.filePath(u"h.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 2);
        QVERIFY(history->exportTo(out.filePath(u"h.csv"_s)));
        QVERIFY(!history->exportTo(out.filePath(u"h.txt"_s)));
        QVERIFY(!history->banner()->isHidden());
    }
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"

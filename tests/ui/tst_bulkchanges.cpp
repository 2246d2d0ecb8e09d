// Many people at once, in the window, by keyboard against an in-process sandbox: 50 people
// selected with Shift+arrows get an account role through Pending Changes and Ctrl+Return, read
// back from the sandbox; a lockout in a bulk plan is shown before Apply and Apply is refused;
// Pause and Cancel during a slow apply leave exactly the unsent changes pending; a 429 shows
// its countdown; the summary of a selection; a dialog's "Add to Pending Changes"; a plan saved
// and opened again; the import preview; the audit window's revoke and "select these people".
#include "auditcollector.h"
#include "auditfilterproxy.h"
#include "auditmodel.h"
#include "auditwindow.h"
#include "bulkactionscontroller.h"
#include "bulkchangedialog.h"
#include "dialogfixture.h"
#include "importpreviewdialog.h"
#include "importpreviewmodel.h"
#include "mainactions.h"
#include "membershipdialog.h"
#include "namedirectory.h"
#include "pendingchanges.h"
#include "pendingchangespanel.h"
#include "planrun.h"
#include "selectionreach.h"
#include "selectionsummary.h"
#include "targetpicker.h"
#include "userdetailspanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using ftmodels::PendingChanges;
using fttest::UiFixture;

namespace {

const QString kJames = u"keen_walnut"_s; // no account role; Production Snowflake (Manage)
const QString kHannah = u"frosty_paddle"_s; // no account role; Marketing BigQuery (View)
const QString kOlivia = u"nozzle_eat"_s; // Account Administrator

bool activate(UiFixture &f)
{
    f.window->activateWindow();
    return QTest::qWaitForWindowActive(f.window.get());
}

// Opens a menu of the menu bar with Alt and its letter, then picks an item by its letter.
bool pickFromMenu(UiFixture &f, Qt::Key menuKey, Qt::Key itemKey)
{
    if (!activate(f))
        return false;
    QTest::keyClick(f.window.get(), menuKey, Qt::AltModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        return false;
    QTest::keyClick(menu, itemKey);
    return true;
}

template<typename Dialog>
Dialog *waitForDialog(UiFixture &f)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<Dialog *>(f.window->bulkActions()->currentDialog());
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

bool waitChecked(PendingChanges *pending)
{
    return QTest::qWaitFor([&] { return !pending->isReading(); }, 10000);
}

int writes(UiFixture &f)
{
    int count = 0;
    const QJsonObject handled = f.sandbox.server().stats().value(u"handled"_s).toObject();
    for (auto it = handled.begin(); it != handled.end(); ++it) {
        if (!it.key().startsWith(u"GET "_s))
            count += it.value().toInt();
    }
    return count;
}

bool openAndLoad(UiFixture &f)
{
    f.openWindow();
    if (!QTest::qWaitForWindowExposed(f.window.get()) || !f.startAndWait())
        return false;
    f.session->names()->ensureLoaded();
    return QTest::qWaitFor([&] { return f.session->names()->connectionsComplete(); }, 10000)
        && f.waitIdle();
}

// Presses Ctrl+Return in the window and waits for the pending changes' run to end.
bool applyByKeyboard(UiFixture &f)
{
    QSignalSpy finished(f.window->pendingChanges(), &PendingChanges::runFinished);
    if (!activate(f))
        return false;
    QTest::keyClick(f.window->usersView()->table(), Qt::Key_Return, Qt::ControlModifier);
    return finished.wait(30000);
}

} // namespace

class TestBulkChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fttest::useTestSettings(); }
    void init() { ftui::MessageBox::clear(); }

    void fiftyPeopleByKeyboardGetARoleThroughPendingChanges()
    {
        UiFixture f(fttest::generatedAccount(80, 4, 12, 2));
        QVERIFY(openAndLoad(f));
        ftui::UsersView *users = f.window->usersView();
        QTableView *table = users->table();
        QVERIFY(activate(f));
        table->setFocus();
        // To the top without selecting (Ctrl), then a row selected as the anchor of Shift.
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(users->selectedCount(), 1);
        for (int i = 0; i < 49; ++i)
            QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(users->selectedCount(), 50);
        const QStringList ids = users->selectedUserIds();
        QCOMPARE(ids.size(), 50);
        // The details side sums them up.
        QCOMPARE(f.window->detailsStack()->currentWidget(), f.window->selectionSummary());
        QCOMPARE(f.window->selectionSummary()->titleLabel()->text(), u"50 people selected"_s);

        QVERIFY(pickFromMenu(f, Qt::Key_U, Qt::Key_S)); // User > Set Account Role…
        auto *dialog = waitForDialog<ftui::BulkChangeDialog>(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), ftui::BulkChangeDialog::Action::SetAccountRole);
        QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Billing"_s));
        int already = 0;
        for (const QString &id : ids)
            already += f.sandbox.store().user(id)->role == u"Account Billing"_s ? 1 : 0;
        QVERIFY(dialog->outcomeLabel()->text().contains(u"Adds %1 change(s)"_s.arg(50 - already)));
        QPointer<ftui::BulkChangeDialog> guard(dialog);
        QTest::keyClick(dialog->rolePicker()->comboBox(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));

        PendingChanges *pending = f.window->pendingChanges();
        QCOMPARE(pending->count(), 50 - already);
        QVERIFY(f.window->pendingDock()->isVisible());
        QCOMPARE(writes(f), 0); // held back, not sent
        QVERIFY(waitChecked(pending));
        QVERIFY(!pending->check().hasErrors());
        const QString summary = f.window->pendingPanel()->summaryLabel()->text();
        QVERIFY2(summary.contains(u"%1 request(s) to send"_s.arg(50 - already)),
                 qPrintable(summary));

        QVERIFY(applyByKeyboard(f));
        QVERIFY(pending->isEmpty());
        for (const QString &id : ids)
            QCOMPARE(f.sandbox.store().user(id)->role,
                     std::optional<QString>(u"Account Billing"_s));
        QCOMPARE(writes(f), 50 - already);
        QCOMPARE(f.window->pendingPanel()->banner()->type(), ftui::MessageWidget::Type::Positive);
    }

    void lockoutIsShownBeforeApplyAndApplyIsRefused()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        QTableView *table = f.window->usersView()->table();
        QVERIFY(activate(f));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier); // every user, both administrators
        QCOMPARE(f.window->usersView()->selectedCount(), 10);

        QVERIFY(pickFromMenu(f, Qt::Key_U, Qt::Key_S));
        auto *dialog = waitForDialog<ftui::BulkChangeDialog>(f);
        QVERIFY(dialog);
        QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"Account Reviewer"_s));
        QPointer<ftui::BulkChangeDialog> guard(dialog);
        QTest::keyClick(dialog->rolePicker()->comboBox(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));

        PendingChanges *pending = f.window->pendingChanges();
        QVERIFY(waitChecked(pending));
        QVERIFY(pending->check().hasErrors());
        int lockouts = 0;
        int marked = -1;
        for (const ftmodels::PlanProblem &p : pending->check().problems) {
            if (p.kind == ftmodels::PlanProblem::Kind::Lockout) {
                ++lockouts;
                marked = p.change;
            }
        }
        QCOMPARE(lockouts, 1);
        // Shown on its row and in the summary, before anything is sent.
        QCOMPARE(pending->index(marked, 0).data(PendingChanges::SeverityRole).toInt(),
                 int(PendingChanges::Severity::Error));
        QVERIFY(pending->index(marked, PendingChanges::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"no Account Administrator"_s));
        QVERIFY(f.window->pendingPanel()->summaryLabel()->text().contains(u"1 error"_s));

        f.sandbox.server().resetStats();
        QVERIFY(activate(f));
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        ftui::MessageWidget *banner = f.window->pendingPanel()->banner();
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->type(), ftui::MessageWidget::Type::Error);
        QVERIFY(banner->text().contains(u"nothing was sent"_s));
        QVERIFY(!pending->isRunning());
        QCOMPARE(writes(f), 0);
        QCOMPARE(f.sandbox.store().user(kOlivia)->role,
                 std::optional<QString>(u"Account Administrator"_s));

        // Taking the locking change out: the refusal spoke of the plan as it was, so it goes.
        const int before = pending->count();
        QTreeView *list = f.window->pendingPanel()->list();
        list->setFocus();
        list->setCurrentIndex(pending->index(marked, 0));
        QTest::mouseClick(f.window->pendingPanel()->removeButton(), Qt::LeftButton);
        QCOMPARE(pending->count(), before - 1);
        QVERIFY(banner->isHidden());
    }

    void pauseAndCancelLeaveTheUnsentChangesPending()
    {
        UiFixture f(fttest::generatedAccount(40, 4, 8, 1));
        QVERIFY(openAndLoad(f));
        ftui::UsersView *users = f.window->usersView();
        QVERIFY(activate(f));
        users->table()->setFocus();
        QTest::keyClick(users->table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(users->selectedCount(), 40);
        const QString group = f.sandbox.store().groups().constFirst().id;
        const QString groupName = f.sandbox.store().groups().constFirst().name;

        QTest::keyClick(users->table(), Qt::Key_G, Qt::ControlModifier); // Add to Destination
        auto *dialog = waitForDialog<ftui::BulkChangeDialog>(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), ftui::BulkChangeDialog::Action::AddToTarget);
        QVERIFY(QTest::qWaitFor([&] { return dialog->targetPicker()->isLoaded(); }, 10000));
        fttest::typeInto(dialog->targetPicker()->filterEdit(), groupName);
        QCOMPARE(dialog->targetPicker()->selectedId(), group);
        QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Destination"_s));
        // Who is a member there already decides who gets a change.
        QVERIFY(QTest::qWaitFor([&] { return dialog->okButton()->isEnabled(); }, 10000));
        QPointer<ftui::BulkChangeDialog> guard(dialog);
        QTest::keyClick(dialog->rolePicker()->comboBox(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));

        PendingChanges *pending = f.window->pendingChanges();
        int members = 0;
        for (const auto &u : f.sandbox.store().users()) {
            for (const auto &m : f.sandbox.store().groupMemberships(u.id))
                members += m.id == group ? 1 : 0;
        }
        const int total = 40 - members;
        QCOMPARE(pending->count(), total);
        QVERIFY(total >= 10);
        QVERIFY(waitChecked(pending));
        QVERIFY(!pending->check().hasErrors());

        // Slow: two at a time, each answer 150 ms.
        f.client->scheduler()->setMaxInFlight(2);
        f.sandbox.server().setLatencyMs(150);
        QVERIFY(activate(f));
        QTest::keyClick(users->table(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(pending->isRunning());
        ftmodels::PlanRun *run = pending->run();
        QVERIFY(QTest::qWaitFor([&] { return run->done() >= 3; }, 20000));
        ftui::PendingChangesPanel *panel = f.window->pendingPanel();
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QVERIFY(run->isPaused());
        QCOMPARE(panel->pauseButton()->text(), u"Resu&me"_s);
        // What was on its way finishes; nothing new leaves.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.client->scheduler()->inFlight() == 0
                    && f.client->scheduler()->queued() == 0;
            },
            10000));
        const int sent = run->done();
        QVERIFY(sent < total);
        QVERIFY(panel->progressLabel()->text().contains(u"paused"_s));
        QCOMPARE(writes(f), sent);
        // What did not leave says so, also what Pause took back from the scheduler's queue.
        int unsent = 0;
        for (int row = 0; row < pending->count(); ++row) {
            const QString status =
                pending->index(row, PendingChanges::StatusColumn).data().toString();
            QVERIFY2(status != u"Sending…"_s, qPrintable(status));
            unsent += status == u"Waiting to be sent"_s ? 1 : 0;
        }
        QCOMPARE(unsent, total - sent);
        QVERIFY(pending->isRunning());

        QSignalSpy finished(pending, &PendingChanges::runFinished);
        QVERIFY(panel->cancelButton()->isEnabled());
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        // Nothing was on its way, so the run ends at once.
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toInt(), sent);
        QCOMPARE(finished.at(0).at(2).toInt(), total - sent); // not attempted
        QCOMPARE(pending->count(), total - sent);
        QCOMPARE(writes(f), sent);
        // The pending ones are exactly the people who are not members yet.
        QSet<QString> waiting;
        for (int row = 0; row < pending->count(); ++row) {
            waiting.insert(pending->changeAt(row).userId);
            QVERIFY(pending->index(row, PendingChanges::StatusColumn)
                        .data()
                        .toString()
                        .startsWith(u"Not sent"_s));
        }
        int nowMembers = 0;
        for (const auto &u : f.sandbox.store().users()) {
            bool member = false;
            for (const auto &m : f.sandbox.store().groupMemberships(u.id))
                member = member || m.id == group;
            nowMembers += member ? 1 : 0;
            if (waiting.contains(u.id))
                QVERIFY(!member);
        }
        QCOMPARE(nowMembers, members + sent);

        // Applying again sends what is left.
        f.sandbox.server().setLatencyMs(0);
        f.client->scheduler()->setMaxInFlight(8);
        QVERIFY(applyByKeyboard(f));
        QVERIFY(pending->isEmpty());
        QCOMPARE(writes(f), total);
    }

    void aRateLimitShowsItsCountdown()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        ftmodels::Plan plan;
        for (const QString &target : { u"warm_harbor"_s, u"amber_meadow"_s })
            plan.append(ftmodels::Change::addMembership(MembershipKind::Group, kOlivia, target,
                                                        u"View Destination"_s));
        for (const QString &target : { u"brisk_falcon"_s, u"jolly_kettle"_s, u"sturdy_ledge"_s })
            plan.append(ftmodels::Change::addMembership(MembershipKind::Connection, kHannah, target,
                                                        u"View Connection"_s));
        PendingChanges *pending = f.window->pendingChanges();
        pending->add(plan);
        QVERIFY(waitChecked(pending));
        f.sandbox.server().setRateLimit(1); // one request a second: most are told to wait
        QSignalSpy finished(pending, &PendingChanges::runFinished);
        f.window->pendingPanel()->apply();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.window->pendingPanel()->progressLabel()->text().contains(
                    u"asked to slow down"_s);
            },
            20000));
        QVERIFY(finished.wait(60000));
        QVERIFY(pending->isEmpty());
        QCOMPARE(f.sandbox.store().connectionMemberships(kHannah).size(), 4);
    }

    void theSummaryOfASelection()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        QTableView *table = f.window->usersView()->table();
        auto rowRect = [table](int row) {
            return table->visualRect(table->model()->index(row, 0));
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect(0).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          rowRect(3).center());
        QCOMPARE(f.window->usersView()->selectedCount(), 4);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          rowRect(6).center());
        QCOMPARE(f.window->usersView()->selectedCount(), 5);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          rowRect(6).center());
        QCOMPARE(f.window->usersView()->selectedCount(), 4);
        // Edit works on one person; the bulk actions on all of them.
        QVERIFY(!f.window->actions()->edit->isEnabled());
        QVERIFY(f.window->actions()->setAccountRole->isEnabled());

        QVERIFY(activate(f));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        ftui::SelectionSummary *summary = f.window->selectionSummary();
        QCOMPARE(summary->titleLabel()->text(), u"10 people selected"_s);
        QVERIFY2(summary->rolesLabel()->text().contains(u"Account Administrator: 2"_s),
                 qPrintable(summary->rolesLabel()->text()));
        ftmodels::SelectionReach *reach = f.window->selectionReach();
        QVERIFY(QTest::qWaitFor([&] { return reach->users().size() == 10 && !reach->isLoading(); },
                                10000));
        QSet<QString> targets;
        for (const auto &u : f.sandbox.store().users()) {
            for (const auto &m : f.sandbox.store().groupMemberships(u.id))
                targets.insert(u"g/"_s + m.id);
            for (const auto &m : f.sandbox.store().connectionMemberships(u.id))
                targets.insert(u"c/"_s + m.id);
        }
        QCOMPARE(summary->reachTable()->model()->rowCount(), targets.size());
        QVERIFY(summary->reachLabel()->text().contains(u"Together they are members of"_s));

        // Back to one person: the details again.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect(2).center());
        QCOMPARE(f.window->detailsStack()->currentWidget(),
                 static_cast<QWidget *>(f.window->detailsPanel()));
    }

    void aDialogAddsToPendingChangesInsteadOfSending()
    {
        fttest::DialogFixture f;
        QVERIFY(f.open());
        QVERIFY(f.selectUser(kJames));
        QVERIFY(activate(f));
        QTest::keyClick(f.window->usersView()->table(), Qt::Key_G, Qt::ControlModifier);
        ftui::ApiDialog *opened = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (opened = f.controller()->currentDialog()); }, 5000));
        auto *dialog = qobject_cast<ftui::MembershipDialog *>(opened);
        QVERIFY(dialog);
        QVERIFY(dialog->pendingButton());
        QVERIFY(!dialog->pendingButton()->isEnabled()); // nothing chosen yet
        QVERIFY(QTest::qWaitFor([&] { return dialog->targetPicker()->isLoaded(); }, 10000));
        fttest::typeInto(dialog->targetPicker()->filterEdit(), u"Finance"_s);
        QVERIFY(fttest::chooseRole(dialog->rolePicker(), u"View Destination"_s));
        QVERIFY(dialog->pendingButton()->isEnabled());
        f.sandbox.server().resetStats();
        QPointer<ftui::MembershipDialog> guard(dialog);
        QTest::mouseClick(dialog->pendingButton(), Qt::LeftButton);
        QVERIFY(guard.isNull() || !guard->isVisible());
        PendingChanges *pending = f.window->pendingChanges();
        QCOMPARE(pending->count(), 1);
        QCOMPARE(pending->changeAt(0).targetId, u"amber_meadow"_s);
        QVERIFY(f.window->statusBar()->currentMessage().contains(u"Added to Pending Changes"_s));
        QCOMPARE(writes(f), 0);
        QVERIFY(applyByKeyboard(f));
        QCOMPARE(f.sandbox.store().groupMemberships(kJames).size(), 2);
    }

    void aPlanIsSavedAndOpenedAgain()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pending.json"_s);
        f.window->bulkActions()->setFileChooser(
            [&path](bool, const QString &, const QString &, const QString &) { return path; });
        PendingChanges *pending = f.window->pendingChanges();
        QVERIFY(!f.window->actions()->savePlan->isEnabled());
        pending->add(ftmodels::Plan(
            { ftmodels::Change::removeAccountRole(u"candid_atlas"_s),
              ftmodels::Change::addMembership(MembershipKind::Connection, kJames, u"lucid_beacon"_s,
                                              u"View Connection"_s) }));
        QVERIFY(f.window->actions()->savePlan->isEnabled());
        f.window->actions()->savePlan->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ftmodels::Plan::ReadError error;
        const std::optional<ftmodels::Plan> read = ftmodels::Plan::fromJson(file.readAll(), &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->size(), 2);
        QVERIFY(read->at(0).sameWriteAs(pending->changeAt(0)));
        QVERIFY(read->at(1).sameWriteAs(pending->changeAt(1)));

        QVERIFY(pending->clear());
        f.window->actions()->openPlan->trigger();
        QCOMPARE(pending->count(), 2);
        QVERIFY(pending->changeAt(1).sameWriteAs(read->at(1)));

        // Not a plan: said in the panel, nothing added.
        QFile junk(dir.filePath(u"junk.json"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"changes\": [{\"op\": \"suspend_user\"}]}");
        junk.close();
        QVERIFY(!f.window->bulkActions()->openPlanFile(junk.fileName()));
        QCOMPARE(pending->count(), 2);
        QVERIFY(f.window->pendingPanel()->banner()->text().contains(u"suspend_user"_s));
    }

    void importShowsThePreviewThenAddsTheValidRows()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"people.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email;given_name;family_name;destinations\n"
                   "ann.lee@example.com;Ann;Lee;Finance Redshift=View Destination\n"
                   "bad-address;Cid;Roe;\n"
                   "hannah.mueller@example.com;;;Production Snowflake=View Destination\n");
        file.close();
        f.window->bulkActions()->setFileChooser(
            [&path](bool, const QString &, const QString &, const QString &) { return path; });
        f.sandbox.server().resetStats();
        QVERIFY(pickFromMenu(f, Qt::Key_F, Qt::Key_I)); // File > Import People…
        auto *preview = waitForDialog<ftui::ImportPreviewDialog>(f);
        QVERIFY(preview);
        QSignalSpy ready(preview, &ftui::ImportPreviewDialog::ready);
        QVERIFY(!preview->isReading() || ready.wait(10000));
        const ftmodels::ImportPreviewModel *model = preview->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, 0).data(ftmodels::ImportPreviewModel::ValidRole).toBool());
        // The error is marked on its row, with its line.
        QVERIFY(!model->index(1, 0).data(ftmodels::ImportPreviewModel::ValidRole).toBool());
        QCOMPARE(model->index(1, ftmodels::ImportPreviewModel::LineColumn).data().toInt(), 3);
        QVERIFY(!model->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(preview->summaryLabel()->text().contains(u"semicolons"_s));
        QVERIFY(preview->addButton()->isEnabled());
        QCOMPARE(preview->plan().size(), 3); // Ann: invite and Finance; Hannah: Production
        QTest::mouseClick(preview->addButton(), Qt::LeftButton);
        PendingChanges *pending = f.window->pendingChanges();
        QCOMPARE(pending->count(), 3);
        QCOMPARE(writes(f), 0);
        QVERIFY(applyByKeyboard(f));
        QVERIFY(f.sandbox.store().userByEmail(u"ann.lee@example.com"_s));
        QCOMPARE(f.sandbox.store().groupMemberships(kHannah).size(), 2);
    }

    void theAuditRevokesAndSelectsPeople()
    {
        UiFixture f(ftsandbox::SandboxOptions {});
        QVERIFY(openAndLoad(f));
        QVERIFY(activate(f));
        QTest::keyClick(f.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        ftui::AuditWindow *audit = f.window->findChild<ftui::AuditWindow *>();
        QVERIFY(audit);
        QVERIFY(QTest::qWaitFor(
            [&] { return !audit->isRunning() && audit->proxy()->rowCount() > 0; }, 20000));
        QVERIFY(!audit->revokeButton()->isEnabled());
        // Hannah's rows: her (empty) account row and her destination.
        QTableView *table = audit->tableView();
        QItemSelection rows;
        for (int r = 0; r < audit->proxy()->rowCount(); ++r) {
            const QModelIndex index = audit->proxy()->index(r, 0);
            if (index.data(ftmodels::AuditModel::UserIdRole).toString() == kHannah)
                rows.select(index, index);
        }
        table->selectionModel()->select(
            rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(audit->revokeButton()->isEnabled());
        QTest::mouseClick(audit->revokeButton(), Qt::LeftButton);
        PendingChanges *pending = f.window->pendingChanges();
        int memberships = int(f.sandbox.store().groupMemberships(kHannah).size()
                              + f.sandbox.store().connectionMemberships(kHannah).size());
        QCOMPARE(pending->count(), memberships); // no account role, so nothing for it
        for (int row = 0; row < pending->count(); ++row) {
            QCOMPARE(pending->changeAt(row).op, ftmodels::ChangeOp::DeleteMembership);
            QCOMPARE(pending->changeAt(row).userId, kHannah);
        }

        QTest::mouseClick(audit->actOnPeopleButton(), Qt::LeftButton);
        QCOMPARE(f.window->usersView()->selectedUserIds(), QStringList { kHannah });

        QVERIFY(waitChecked(pending));
        QVERIFY(!pending->check().hasErrors());
        QVERIFY(applyByKeyboard(f));
        QVERIFY(f.sandbox.store().groupMemberships(kHannah).isEmpty());
        QVERIFY(f.sandbox.store().connectionMemberships(kHannah).isEmpty());
    }
};

QTEST_MAIN(TestBulkChanges)
#include "tst_bulkchanges.moc"

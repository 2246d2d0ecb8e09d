// The audit window on a sandbox (offscreen): the table, both pivots and every hygiene filter
// checked against rows computed from the sandbox's store; exports from the window; cancel;
// the 429 countdown.
#include "../models/auditfixture.h"
#include "apiclient.h"
#include "auditcollector.h"
#include "auditexporter.h"
#include "auditfilterbar.h"
#include "auditfilterproxy.h"
#include "auditmodel.h"
#include "auditpivotmodel.h"
#include "auditprogresspanel.h"
#include "auditwindow.h"
#include "clipcheck.h"
#include "filterbar.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "session.h"
#include "translations.h"
#include "uifixture.h"
#include "usersfilterproxy.h"
#include "usersview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using ftmodels::AuditFlag;
using ftmodels::AuditPivotModel;
using ftui::AuditWindow;

namespace {

enum Field {
    UserId,
    UserName,
    Email,
    Status,
    LastLogin,
    Kind,
    TargetId,
    TargetName,
    Role,
    Since,
    Flags
};

// The expected rows (their CSV fields) that the table shows, in the table's order.
QVector<QStringList> shownRows(const AuditWindow &window, const QVector<QStringList> &expected)
{
    QVector<QStringList> rows;
    const QAbstractItemModel *model = window.tableView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const int source = model->index(r, 0).data(ftmodels::AuditModel::SourceRowRole).toInt();
        rows.append(expected.value(source));
    }
    return rows;
}

QVector<QStringList> where(const QVector<QStringList> &rows,
                           const std::function<bool(const QStringList &)> &keep)
{
    QVector<QStringList> kept;
    for (const QStringList &row : rows) {
        if (keep(row))
            kept.append(row);
    }
    return kept;
}

// Group keys of a pivot view, and the expected rows (by source index) under each.
void comparePivot(const QTreeView *view, AuditPivotModel::Mode mode,
                  const QVector<QStringList> &expected, const QVector<QStringList> &shown)
{
    QStringList keys;
    QHash<QString, QVector<QStringList>> groups;
    for (const QStringList &row : shown) {
        const QString key = mode == AuditPivotModel::Mode::ByUser
            ? row.at(UserId)
            : row.at(Kind) + u':' + row.at(TargetId);
        if (!groups.contains(key))
            keys.append(key);
        groups[key].append(row);
    }
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), int(keys.size()));
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QCOMPARE(group.data(AuditPivotModel::GroupKeyRole).toString(), keys.at(g));
        const QVector<QStringList> rows = groups.value(keys.at(g));
        QCOMPARE(model->rowCount(group), int(rows.size()));
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex child = model->index(r, 0, group);
            QCOMPARE(expected.value(child.data(AuditPivotModel::SourceRowRole).toInt()),
                     rows.at(r));
            // What a person reads: the other side of the pair, and the role.
            const QString label = child.data().toString();
            if (mode == AuditPivotModel::Mode::ByTarget)
                QCOMPARE(label,
                         rows.at(r).at(UserName).isEmpty() ? rows.at(r).at(Email)
                                                           : rows.at(r).at(UserName));
            else if (!rows.at(r).at(TargetName).isEmpty())
                QCOMPARE(label, rows.at(r).at(TargetName));
            if (!rows.at(r).at(Role).isEmpty())
                QCOMPARE(model->index(r, AuditPivotModel::RoleColumn, group).data().toString(),
                         rows.at(r).at(Role));
        }
    }
}

QVector<QStringList> fileRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    bool ok = false;
    QVector<QStringList> records = fttest::parseCsv(file.readAll(), &ok);
    if (!ok || records.isEmpty())
        return {};
    records.removeFirst();
    return records;
}

} // namespace

class TestAuditWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fttest::TestSandbox> m_sandbox;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<AuditWindow> m_window;
    QVector<QStringList> m_expected;

    void open(const ftsandbox::SandboxOptions &options, bool wait = true, int latencyMs = 0)
    {
        m_sandbox = std::make_unique<fttest::TestSandbox>(options);
        QVERIFY(m_sandbox->isListening());
        m_sandbox->server().setLatencyMs(latencyMs);
        fttest::seedHygieneCases(m_sandbox->store(), fttest::auditNow());
        m_expected = fttest::expectedAuditRows(m_sandbox->store(), fttest::auditNow());
        m_owner = std::make_unique<QObject>();
        m_window = std::make_unique<AuditWindow>(fttest::newClient(*m_sandbox, m_owner.get()));
        m_window->collector()->setNow(fttest::auditNow());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (!wait) {
            m_window->start();
            return;
        }
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        m_window->start();
        QVERIFY(finished.wait(60000));
    }

    void click(QAbstractButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }

private Q_SLOTS:
    void init() { ftui::MessageBox::clear(); }

    void cleanup()
    {
        m_window.reset();
        m_owner.reset();
        m_sandbox.reset();
        QVERIFY(!ftui::MessageBox::hasPendingAnswers());
    }

    void showsEveryAccess()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        QCOMPARE(shownRows(*m_window, m_expected), m_expected);
        QCOMPARE(m_window->banner()->type(), ftui::MessageWidget::Type::Positive);
        QVERIFY(m_window->banner()->text().contains(
            QLocale().toString(m_sandbox->store().users().size())));
        const QProgressBar *bar = m_window->progressPanel()->progressBar();
        QCOMPARE(bar->value(), int(m_sandbox->store().users().size()));
        QCOMPARE(bar->maximum(), int(m_sandbox->store().users().size()));
        QVERIFY(m_window->progressPanel()->requestsLabel()->text().contains(
            QLocale().toString(fttest::minimumAuditRequests(m_sandbox->store()))));
        QVERIFY(!m_window->progressPanel()->cancelButton()->isEnabled());
        QVERIFY(m_window->exportCsvButton()->isEnabled());
        QVERIFY(m_window->countLabel()->text().contains(QLocale().toString(m_expected.size())));
    }

    void byUserPivot()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        m_window->tabs()->setCurrentIndex(AuditWindow::ByUserTab);
        QVERIFY(m_window->byUserView()->isVisible());
        QCOMPARE(m_window->byUserView()->model()->rowCount(),
                 int(m_sandbox->store().users().size()));
        comparePivot(m_window->byUserView(), AuditPivotModel::Mode::ByUser, m_expected, m_expected);
    }

    void byTargetPivot()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        m_window->tabs()->setCurrentIndex(AuditWindow::ByTargetTab);
        QVERIFY(m_window->byTargetView()->isVisible());
        comparePivot(m_window->byTargetView(), AuditPivotModel::Mode::ByTarget, m_expected,
                     m_expected);
        // The seeded destination with an awkward name is there, with its one member.
        const QAbstractItemModel *model = m_window->byTargetView()->model();
        bool found = false;
        for (int g = 0; g < model->rowCount(); ++g) {
            if (model->index(g, 0).data().toString().contains(u"東京"_s)) {
                found = true;
                QCOMPARE(model->rowCount(model->index(g, 0)), 1);
            }
        }
        QVERIFY(found);
    }

    void eachHygieneFilter()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        for (AuditFlag flag : ftmodels::Audit::allFlags()) {
            const QString key = ftmodels::Audit::flagKey(flag);
            const QVector<QStringList> flagged = where(m_expected, [&key](const QStringList &e) {
                return e.at(Flags).split(u';').contains(key);
            });
            QVERIFY2(!flagged.isEmpty(), qPrintable(key)); // the seed has every flag
            QCheckBox *box = m_window->filterBar()->flagBox(flag);
            QVERIFY(box);
            QSet<QString> users;
            for (const QStringList &row : flagged)
                users.insert(row.at(UserId));
            QVERIFY2(box->text().contains(QLocale().toString(users.size())),
                     qPrintable(box->text()));
            click(box);
            QVERIFY(box->isChecked());
            QCOMPARE(shownRows(*m_window, m_expected), flagged);
            comparePivot(m_window->byUserView(), AuditPivotModel::Mode::ByUser, m_expected,
                         flagged);
            comparePivot(m_window->byTargetView(), AuditPivotModel::Mode::ByTarget, m_expected,
                         flagged);
            QCOMPARE(m_window->byUserView()->model()->rowCount(), int(users.size()));
            click(box);
            QVERIFY(!box->isChecked());
            QCOMPARE(m_window->tableView()->model()->rowCount(), int(m_expected.size()));
        }
    }

    void textKindAndRoleFilters()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        ftui::AuditFilterBar *bar = m_window->filterBar();
        const QString email = m_expected.at(m_expected.size() / 3).at(Email);
        QTest::keyClicks(bar->userEdit(), email);
        QCOMPARE(
            shownRows(*m_window, m_expected),
            where(m_expected, [&email](const QStringList &e) { return e.at(Email) == email; }));
        QVERIFY(bar->clearButton()->isEnabled());
        click(bar->clearButton());
        QCOMPARE(m_window->tableView()->model()->rowCount(), int(m_expected.size()));

        const ftsandbox::SandboxGroup &group = m_sandbox->store().groups().constFirst();
        QTest::keyClicks(bar->targetEdit(), group.name);
        QCOMPARE(shownRows(*m_window, m_expected),
                 where(m_expected, [&group](const QStringList &e) {
                     return e.at(TargetName).contains(group.name, Qt::CaseInsensitive);
                 }));
        bar->targetEdit()->clear();

        bar->kindCombo()->setCurrentIndex(
            bar->kindCombo()->findText(ftmodels::Audit::kindText(ftmodels::AuditKind::Connection)));
        QCOMPARE(shownRows(*m_window, m_expected), where(m_expected, [](const QStringList &e) {
                     return e.at(Kind) == u"connection"_s;
                 }));
        bar->kindCombo()->setCurrentIndex(0);

        const QString role = fttest::firstDeprecatedRole(m_sandbox->store(), u"DESTINATION"_s);
        const int index = bar->roleCombo()->findText(role);
        QVERIFY(index > 0);
        bar->roleCombo()->setCurrentIndex(index);
        QCOMPARE(shownRows(*m_window, m_expected),
                 where(m_expected, [&role](const QStringList &e) { return e.at(Role) == role; }));
        const int none = bar->roleCombo()->findData(QString());
        QVERIFY(none > 0);
        bar->roleCombo()->setCurrentIndex(none);
        QCOMPARE(shownRows(*m_window, m_expected),
                 where(m_expected, [](const QStringList &e) { return e.at(Role).isEmpty(); }));
    }

    void exportsWhatIsShown()
    {
        open(fttest::generatedAccount(30, 4, 12, 3));
        QTemporaryDir dir;
        QString next;
        m_window->setFileChooser(
            [&next](const QString &, const QString &suggested, const QString &) {
                return suggested.isEmpty() ? QString() : next;
            });
        next = dir.filePath(u"all.csv"_s);
        click(m_window->exportCsvButton());
        QCOMPARE(fileRows(next), m_expected);
        QCOMPARE(m_window->banner()->type(), ftui::MessageWidget::Type::Positive);

        click(m_window->filterBar()->flagBox(AuditFlag::MissingTarget));
        next = dir.filePath(u"orphans"_s); // the extension is added
        click(m_window->exportJsonButton());
        const QJsonObject root = [&] {
            QFile file(next + u".json"_s);
            return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                  : QJsonObject();
        }();
        // A filtered view is not the whole audit: the file says so, and which filter.
        QVERIFY(!root.value(u"complete"_s).toBool());
        const QJsonObject filter = root.value(u"filter"_s).toObject();
        QCOMPARE(filter.value(u"flags"_s).toArray(), QJsonArray { u"missing_target"_s });
        QCOMPARE(filter.value(u"flags_match"_s).toString(), u"any"_s);
        QVERIFY2(m_window->banner()->text().contains(u"filters"_s),
                 qPrintable(m_window->banner()->text()));
        const QVector<QStringList> orphans = where(m_expected, [](const QStringList &e) {
            return e.at(Flags).contains(u"missing_target"_s);
        });
        const QJsonArray rows = root.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), orphans.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).toObject().value(u"user_id"_s).toString(),
                     orphans.at(i).at(UserId));
            QCOMPARE(rows.at(i).toObject().value(u"target_id"_s).toString(),
                     orphans.at(i).at(TargetId));
        }
        QVERIFY(ftui::MessageBox::shown().isEmpty()); // a complete audit asks nothing

        // Unfiltered again: complete, no filter.
        click(m_window->filterBar()->clearButton());
        next = dir.filePath(u"all.json"_s);
        click(m_window->exportJsonButton());
        QFile again(next);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QJsonObject whole = QJsonDocument::fromJson(again.readAll()).object();
        QVERIFY(whole.value(u"complete"_s).toBool());
        QVERIFY(!whole.contains(u"filter"_s));
    }

    // One sign per flag in the table (the words in the tooltip, and beside the same sign in
    // the filter), and the checked flags matched as any of them or all of them.
    void hygieneSignsAndAnyOrAll()
    {
        open(fttest::generatedAccount(40, 4, 12, 3));
        const QAbstractItemModel *table = m_window->tableView()->model();
        int several = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            const auto flags = ftmodels::AuditFlags::fromInt(
                table->index(r, 0).data(ftmodels::AuditModel::FlagsRole).toUInt());
            const QModelIndex cell = table->index(r, ftmodels::AuditModel::FlagsColumn);
            const QStringList signs = cell.data().toString().split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(signs.size(), ftmodels::Audit::flagTexts(flags).size());
            for (AuditFlag flag : ftmodels::Audit::allFlags()) {
                if (!flags.testFlag(flag))
                    continue;
                QVERIFY(signs.contains(ftmodels::Audit::flagMark(flag)));
                QVERIFY(cell.data(Qt::ToolTipRole)
                            .toString()
                            .contains(ftmodels::Audit::flagExplanation(flag)));
                QVERIFY(cell.data(Qt::AccessibleTextRole)
                            .toString()
                            .contains(ftmodels::Audit::flagText(flag)));
            }
            if (signs.size() >= 2 && several < 0)
                several = r;
        }
        QVERIFY(several >= 0); // the seed has rows with two flags or more

        ftui::AuditFilterBar *bar = m_window->filterBar();
        const AuditFlag a = AuditFlag::NoRecentLogin;
        const AuditFlag b = AuditFlag::RedundantGrant;
        QVERIFY(bar->flagBox(a)->text().startsWith(ftmodels::Audit::flagMark(a)));
        QCOMPARE(bar->flagMatchCombo()->currentData().toBool(), false); // any of, at first
        click(bar->flagBox(a));
        click(bar->flagBox(b));
        const QString keyA = ftmodels::Audit::flagKey(a);
        const QString keyB = ftmodels::Audit::flagKey(b);
        const auto hasFlag = [](const QStringList &e, const QString &key) {
            return e.at(Flags).split(u';').contains(key);
        };
        const QVector<QStringList> either = where(
            m_expected, [&](const QStringList &e) { return hasFlag(e, keyA) || hasFlag(e, keyB); });
        const QVector<QStringList> both = where(
            m_expected, [&](const QStringList &e) { return hasFlag(e, keyA) && hasFlag(e, keyB); });
        QVERIFY(!both.isEmpty());
        QVERIFY(both.size() < either.size());
        QCOMPARE(shownRows(*m_window, m_expected), either);
        bar->flagMatchCombo()->setCurrentIndex(bar->flagMatchCombo()->findData(true));
        QCOMPARE(shownRows(*m_window, m_expected), both);
        comparePivot(m_window->byUserView(), AuditPivotModel::Mode::ByUser, m_expected, both);
        click(bar->clearButton());
        QCOMPARE(bar->flagMatchCombo()->currentData().toBool(), false);
        QCOMPARE(table->rowCount(), int(m_expected.size()));
    }

    // At 1,200 pixels the eleven columns fit side by side, and the short known texts
    // (status, last login, kind, since, the hygiene signs) are whole.
    void elevenColumnsFitTheFirstSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    // At its first size (as wide as the main window) every known text is whole, and so are
    // the roles: the ids give up room before the names and roles do.
    void elevenColumnsFitTheFirstSize()
    {
        QFETCH(QString, language);
        if (language != u"en"_s)
            QCOMPARE(ftui::Translations::install(QLocale(language)), language);
        const auto english = qScopeGuard([] { ftui::Translations::uninstall(); });
        open(fttest::generatedAccount(40, 4, 12, 3));
        QCOMPARE(m_window->width(), 1440);
        QTableView *table = m_window->tableView();
        QCOMPARE(table->model()->columnCount(), 11);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        const QStringList cut = fttest::cutColumns(
            table, table->horizontalHeader(),
            { ftmodels::AuditModel::StatusColumn, ftmodels::AuditModel::LastLoginColumn,
              ftmodels::AuditModel::KindColumn, ftmodels::AuditModel::SinceColumn,
              ftmodels::AuditModel::FlagsColumn, ftmodels::AuditModel::RoleColumn });
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        const QStringList headers = fttest::cutHeaders(table->horizontalHeader());
        QVERIFY2(headers.isEmpty(), qPrintable(headers.join(u"; "_s)));
    }

    // The outcome stays where it is read: the banner of a complete audit does not hide itself
    // (the table would jump up), and goes when closed.
    void outcomeBannerStaysUntilClosed()
    {
        open(fttest::generatedAccount(10, 2, 4, 2));
        ftui::MessageWidget *banner = m_window->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), ftui::MessageWidget::Type::Positive);
        QVERIFY(!banner->isHidingSoon());
        const int top = m_window->tabs()->y();
        click(banner->closeButton());
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY(m_window->tabs()->y() < top);
    }

    void closeButtonAndEscape()
    {
        open(fttest::generatedAccount(5, 2, 4, 2));
        click(m_window->closeButton());
        QTRY_VERIFY(!m_window->isVisible());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QTest::keyClick(m_window->tableView(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->isVisible());
    }

    void cancelLeavesAnIncompleteAudit()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(150, 4, 12, 3);
        open(options, false, 20);
        QVERIFY(m_window->isRunning());
        QVERIFY(!m_window->exportCsvButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->collector()->usersDone() > 0, 30000);
        click(m_window->progressPanel()->cancelButton());
        QVERIFY(!m_window->isRunning());
        QCOMPARE(m_window->banner()->type(), ftui::MessageWidget::Type::Warning);
        QVERIFY(m_window->banner()->text().contains(u"cancelled"_s));
        QVERIFY(m_window->progressPanel()->rerunButton()->isEnabled());
        QVERIFY(m_window->tableView()->model()->rowCount() < int(m_expected.size()));

        // Exporting it asks first; declining writes nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"partial.json"_s);
        m_window->setFileChooser(
            [&path](const QString &, const QString &, const QString &) { return path; });
        ftui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(m_window->exportJsonButton());
        QCoreApplication::processEvents(); // the answer arrives as a queued call
        QVERIFY(!QFile::exists(path));
        QCOMPARE(ftui::MessageBox::shown().size(), 1);
        // The real question names its action on the button, never Yes/No; it is asked
        // window-modal, and the file is written once the person chose to export.
        click(m_window->exportJsonButton());
        QTRY_VERIFY(ftui::MessageBox::openBox());
        QMessageBox *box = ftui::MessageBox::openBox();
        QVERIFY(!box->button(QMessageBox::Yes) && !box->button(QMessageBox::No));
        auto *action = box->findChild<QPushButton *>(u"confirmAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Export Anyway"_s);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(!QFile::exists(path));
        click(action);
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"complete"_s).toBool(true), false);
        QCOMPARE(root.value(u"cancelled"_s).toBool(), true);
        // The warning stays a warning: the file is as incomplete as the audit.
        QCOMPARE(m_window->banner()->type(), ftui::MessageWidget::Type::Warning);
        QVERIFY2(m_window->banner()->text().contains(u"incomplete"_s),
                 qPrintable(m_window->banner()->text()));

        // Run again completes it.
        m_sandbox->server().setLatencyMs(0);
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        click(m_window->progressPanel()->rerunButton());
        QVERIFY(finished.wait(60000));
        QCOMPARE(shownRows(*m_window, m_expected), m_expected);
    }

    void countsDownWhileRateLimited()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(30, 3, 8, 3);
        options.rateLimit = 20;
        open(options, false);
        const QLabel *pause = m_window->progressPanel()->pauseLabel();
        QTRY_VERIFY_WITH_TIMEOUT(pause->isVisible(), 30000);
        QVERIFY2(pause->text().contains(u"resuming in"_s), qPrintable(pause->text()));
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        QVERIFY(finished.count() == 1 || finished.wait(120000));
        QVERIFY(!pause->isVisible());
        QCOMPARE(shownRows(*m_window, m_expected), m_expected);
    }

    // An audit that needs more than the budget has left says so and waits for Start Audit.
    void offerWaitsWhenBeyondTheBudget()
    {
        m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(40, 3, 8, 2));
        QVERIFY(m_sandbox->isListening());
        m_sandbox->server().setHourlyLimit(50, 3);
        m_expected = fttest::expectedAuditRows(m_sandbox->store(), fttest::auditNow());
        m_owner = std::make_unique<QObject>();
        ftapi::ApiClient *client = fttest::newClient(*m_sandbox, m_owner.get());
        client->scheduler()->setMaxInFlight(4);
        client->scheduler()->budget()->setWindowSeconds(3);
        bool listed = false; // as the main window has the people before the audit is offered
        client->listUsers(m_owner.get(), [&listed](const auto &r) { listed = bool(r); });
        QTRY_VERIFY(listed);
        m_window = std::make_unique<AuditWindow>(client);
        m_window->collector()->setNow(fttest::auditNow());
        m_window->setAccountSize(40, 3);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->offer();
        QVERIFY(!m_window->isRunning());
        const QLabel *estimate = m_window->progressPanel()->estimateLabel();
        QVERIFY(estimate->isVisible());
        QVERIFY2(estimate->text().startsWith(u"An audit of 40 people: about 87 requests"_s),
                 qPrintable(estimate->text()));
        QVERIFY2(estimate->text().contains(u"49 of 50 left in its window of 3 seconds"_s),
                 qPrintable(estimate->text()));
        QVERIFY2(estimate->text().contains(u"longer than 3 seconds"_s),
                 qPrintable(estimate->text()));
        QPushButton *start = m_window->progressPanel()->rerunButton();
        QCOMPARE(start->text(), u"Start Audit"_s);
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        click(start);
        QVERIFY(m_window->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(m_window->collector()->result().isComplete());
        QCOMPARE(shownRows(*m_window, m_expected), m_expected);
        QVERIFY(!estimate->isVisible()); // what it cost is in the banner now
        QCOMPARE(start->text(), u"Run again"_s);
        QVERIFY(m_sandbox->server().stats().value(u"responses_429"_s).toInt() <= 1);
    }

    // Within the budget the audit starts at once, the estimate shown while it runs.
    void offerStartsWithinTheBudget()
    {
        m_sandbox = std::make_unique<fttest::TestSandbox>(fttest::generatedAccount(20, 3, 8, 2));
        QVERIFY(m_sandbox->isListening());
        m_sandbox->server().setHourlyLimit(20000);
        m_owner = std::make_unique<QObject>();
        m_window = std::make_unique<AuditWindow>(fttest::newClient(*m_sandbox, m_owner.get()));
        m_window->setAccountSize(20, -1);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window->collector(), &ftmodels::AuditCollector::finished);
        m_window->offer();
        QVERIFY(m_window->isRunning());
        const QLabel *estimate = m_window->progressPanel()->estimateLabel();
        QVERIFY2(estimate->text().startsWith(u"An audit of 20 people: about 44 requests."_s),
                 qPrintable(estimate->text()));
        QVERIFY(finished.wait(60000));
        QVERIFY(m_window->collector()->result().isComplete());
    }

    // The strip's words for a wait of the hourly budget, short and long, beside the 429's.
    void pauseForTheBudgetIsSaidAsSuch()
    {
        ftui::AuditProgressPanel panel;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        panel.setPausedUntil(now.addSecs(600), true);
        const QString at =
            QLocale().toString(now.addSecs(600).toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(panel.pauseText().startsWith(
                     u"Paused until %1 for the hourly request budget"_s.arg(at)),
                 qPrintable(panel.pauseText()));
        QVERIFY2(panel.pauseText().contains(u"where it left off"_s), qPrintable(panel.pauseText()));
        panel.setPausedUntil(now.addSecs(30), true);
        QVERIFY2(panel.pauseText().startsWith(u"Waiting for the hourly request budget"_s),
                 qPrintable(panel.pauseText()));
        panel.setPausedUntil(now.addSecs(30), false);
        QVERIFY2(panel.pauseText().startsWith(u"The API asked us to slow down"_s),
                 qPrintable(panel.pauseText()));
        panel.setPausedUntil({}, true);
        QVERIFY(panel.pauseText().isEmpty());
    }

    void openedFromTheMainWindow()
    {
        fttest::UiFixture ui(fttest::generatedAccount(20, 3, 8, 3));
        fttest::seedHygieneCases(ui.sandbox.store(), fttest::auditNow());
        ftui::MainWindow *main = ui.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QVERIFY(ui.startAndWait());
        QAction *action = main->actions()->audit;
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        action->trigger();
        auto *audit = main->findChild<AuditWindow *>();
        QVERIFY(audit);
        QVERIFY(audit->isVisible());
        QVERIFY(audit->isWindow());
        QTRY_VERIFY_WITH_TIMEOUT(!audit->isRunning(), 60000);
        QVERIFY(audit->collector()->result().isComplete());
        QCOMPARE(audit->model()->rowCount(),
                 int(fttest::expectedAuditRows(ui.sandbox.store(), fttest::auditNow()).size()));
        // Enter on a row (as a double-click) shows that person in the main window, even one
        // the main window's filter hid.
        QTest::keyClicks(main->usersView()->filterBar()->lineEdit(), u"nobody-has-this-name"_s);
        QTRY_COMPARE(main->usersView()->proxy()->rowCount(), 0);
        QTableView *rows = audit->tableView();
        const int last = rows->model()->rowCount() - 1;
        const QString wanted =
            rows->model()->index(last, 0).data(ftmodels::AuditModel::UserIdRole).toString();
        rows->setFocus();
        rows->setCurrentIndex(rows->model()->index(last, 0));
        QSignalSpy requested(audit, &AuditWindow::personRequested);
        QTest::keyClick(rows, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QTRY_COMPARE(ui.session->currentUserId(), wanted);
        QVERIFY(main->usersView()->proxy()->rowCount() > 0);
        // Again: the same window comes forward, no second audit starts.
        action->trigger();
        QCOMPARE(main->findChildren<AuditWindow *>().size(), 1);
        QVERIFY(!audit->isRunning());
        audit->close();
        QTRY_COMPARE(main->findChildren<AuditWindow *>().size(), 0);
    }

    void findShortcutFocusesTheUserFilter()
    {
        open(fttest::generatedAccount(5, 2, 4, 2));
        m_window->tabs()->setCurrentIndex(AuditWindow::ByTargetTab);
        m_window->activateWindow();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QCOMPARE(m_window->tabs()->currentIndex(), int(AuditWindow::AllTab));
        QTRY_VERIFY(m_window->filterBar()->userEdit()->hasFocus());
    }
};

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"

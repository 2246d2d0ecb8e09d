#include "auditwindow.h"

#include "apiclient.h"
#include "auditcollector.h"
#include "auditcost.h"
#include "auditexporter.h"
#include "auditfilterbar.h"
#include "auditfilterproxy.h"
#include "auditmodel.h"
#include "auditpivotmodel.h"
#include "auditprogresspanel.h"
#include "columnwidths.h"
#include "comparisonview.h"
#include "effectiveaccessview.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"
#include "jobestimate.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "roomyrowsdelegate.h"
#include "snapshotsview.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::AuditCollector;
using ftmodels::AuditExporter;
using ftmodels::AuditModel;
using ftmodels::AuditPivotModel;

AuditWindow::AuditWindow(ftapi::ApiClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"auditWindow"_s);
    setWindowTitle(tr("Access Audit"));
    m_collector = new AuditCollector(client, this);
    m_model = new ftmodels::AuditModel(this);
    m_proxy = new ftmodels::AuditFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_byUser = new AuditPivotModel(AuditPivotModel::Mode::ByUser, this);
    m_byUser->setSourceModel(m_proxy);
    m_byTarget = new AuditPivotModel(AuditPivotModel::Mode::ByTarget, this);
    m_byTarget->setSourceModel(m_proxy);
    m_effectiveModel = new ftmodels::EffectiveModel(this);
    m_effectiveProxy = new ftmodels::EffectiveFilterProxy(this);
    m_effectiveProxy->setSourceModel(m_effectiveModel);
    m_chooseFile = [this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };
    buildUi();

    connect(m_collector, &AuditCollector::started, this, &AuditWindow::onStarted);
    connect(m_collector, &AuditCollector::finished, this, &AuditWindow::onFinished);
    connect(m_collector, &AuditCollector::progressChanged, this, [this](int done, int total) {
        m_progress->setProgress(done, total, m_collector->usersListed());
    });
    connect(m_collector, &AuditCollector::requestsChanged, m_progress,
            &AuditProgressPanel::setRequests);
    connect(m_collector, &AuditCollector::pausedUntilChanged, this, [this](const QDateTime &until) {
        const ftapi::ApiClient *api = m_collector->client();
        const bool budget = api
            && api->scheduler()->pauseReason()
                == ftapi::RequestScheduler::PauseReason::HourlyBudget;
        m_progress->setPausedUntil(until, budget);
    });
    if (client) {
        // What is left of the budget may be said while the window waits to start.
        connect(client->scheduler(), &ftapi::RequestScheduler::rateLimitChanged, this, [this] {
            if (!m_started)
                updateEstimate();
        });
    }
    connect(m_progress, &AuditProgressPanel::cancelRequested, m_collector, &AuditCollector::cancel);
    connect(m_progress, &AuditProgressPanel::rerunRequested, this, &AuditWindow::start);
    connect(m_banner, &MessageWidget::actionTriggered, this, &AuditWindow::start);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditWindow::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditWindow::updateSelectionButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditWindow::updateSelectionButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &AuditWindow::updateSelectionButtons);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QVector<ftmodels::AuditRow> rows = selectedRows();
        if (!rows.isEmpty())
            Q_EMIT revokeRequested(rows);
    });
    connect(m_actOn, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const ftmodels::AuditRow &row : selectedRows()) {
            if (!ids.contains(row.userId))
                ids.append(row.userId);
        }
        if (!ids.isEmpty())
            Q_EMIT actOnPeopleRequested(ids);
    });
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_effectiveProxy) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &AuditWindow::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &AuditWindow::updateCount);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &AuditWindow::updateCount);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AuditWindow::updateSelectionButtons);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportAs(true); });
    updateCount();
    updateSelectionButtons();
}

AuditWindow::~AuditWindow() = default;

void AuditWindow::setSnapshotStorage(ftmodels::Storage *storage, qint64 account)
{
    m_snapshots->setStorage(storage, account);
}

void AuditWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_progress = new AuditProgressPanel(this);
    layout->addWidget(m_progress);
    m_banner = new MessageWidget(this);
    m_banner->setAutoHide(false); // the table would jump up under the reader's eyes
    layout->addWidget(m_banner);
    m_filters = new AuditFilterBar(this);
    m_filters->setModels(m_model, m_proxy);
    m_filters->addProxy(m_effectiveProxy);
    layout->addWidget(m_filters);

    m_tabs = new QTabWidget(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the audit's own order until a click
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line a row, elided, rather than halves of two lines
    m_table->horizontalHeader()->setStretchLastSection(true);
    sizeColumns();
    m_tabs->addTab(m_table, tr("All access"));
    m_table->setAccessibleName(tr("All access"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in here
    m_byUserView = makeTree(m_byUser, u"auditByUser"_s);
    m_tabs->addTab(m_byUserView, tr("By user"));
    m_byUserView->setAccessibleName(tr("By user"));
    m_byTargetView = makeTree(m_byTarget, u"auditByTarget"_s);
    m_tabs->addTab(m_byTargetView, tr("By target"));
    m_byTargetView->setAccessibleName(tr("By target"));
    m_effective = new EffectiveAccessView(m_effectiveModel, m_effectiveProxy, this);
    m_tabs->addTab(m_effective, tr("Effective access"));
    connect(m_filters, &AuditFilterBar::cleared, m_effective,
            &EffectiveAccessView::clearOwnFilters);
    // Access over time: every completed audit kept, any two compared, a report to file.
    m_snapshots = new SnapshotsView(this);
    m_snapshots->comparison()->setFileChooser(
        [this](const QString &caption, const QString &suggested, const QString &filter) {
            return m_chooseFile(caption, suggested, filter);
        });
    m_snapshots->comparison()->setAccount(
        m_collector->client() ? m_collector->client()->baseUrl().toString(QUrl::StripTrailingSlash)
                              : QString());
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->setTabToolTip(SnapshotsTab,
                          tr("Every completed audit of this account, kept; compare any two, or "
                             "one with this audit, and save a report."));
    m_tabs->setTabToolTip(ByUserTab,
                          tr("Which memberships and account role does each person "
                             "hold?"));
    m_tabs->setTabToolTip(ByTargetTab,
                          tr("Who holds a membership of each destination and "
                             "connection, and with which role?"));
    m_tabs->setTabToolTip(EffectiveTab,
                          tr("What everyone can really reach, through their account role, "
                             "destinations and teams too, and why."));
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    bottom->addWidget(m_count, 1);
    // Acting on what the audit found: the changes wait in the main window's pending changes.
    m_revoke = new QPushButton(tr("Re&voke Selected Access"), this);
    m_revoke->setObjectName(u"auditRevoke"_s);
    m_revoke->setToolTip(tr("Add the removal of each selected access to Pending Changes in the "
                            "main window; nothing is sent until you apply them there."));
    m_actOn = new QPushButton(tr("&Select These People"), this);
    m_actOn->setObjectName(u"auditActOn"_s);
    m_actOn->setToolTip(tr("Select the people of the selected rows in the main window, to act "
                           "on all of them from the User menu."));
    bottom->addWidget(m_revoke);
    bottom->addWidget(m_actOn);
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportJson = new QPushButton(tr("Export JSON…"), this);
    for (QPushButton *button : { m_exportCsv, m_exportJson }) {
        button->setToolTip(tr("Writes the rows shown, with the filters and sort applied, "
                              "user and target ids included."));
        bottom->addWidget(button);
    }
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(u"auditClose"_s);
    bottom->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    layout->addLayout(bottom);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    // A row's person, opened in the main window (double-click, or Enter).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int source = m_proxy->sourceRowAt(index.row());
        if (source >= 0)
            Q_EMIT personRequested(m_model->rowAt(source).userId);
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(AllTab);
        m_filters->userEdit()->setFocus();
        m_filters->userEdit()->selectAll();
    });
    resize(1440, 820); // the eleven columns side by side, as wide as the main window
}

QTreeView *AuditWindow::makeTree(AuditPivotModel *model, const QString &name)
{
    auto *view = new QTreeView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setItemDelegate(new RoomyRowsDelegate(24, view)); // rows like the table's
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    // The person or target takes what is left: a role or a hygiene note is not cut to its
    // first word while the names have half the width.
    sizeColumnsInChars(header,
                       { { AuditPivotModel::DetailColumn, 26 },
                         { AuditPivotModel::RoleColumn, 22 },
                         { AuditPivotModel::SinceColumn, 11 },
                         { AuditPivotModel::FlagsColumn, 44 }, // several notes, joined
                         { AuditPivotModel::CountColumn, 7 } });
    header->setSectionResizeMode(AuditPivotModel::LabelColumn, QHeaderView::Stretch);
    return view;
}

// Each column gets room for its header and a typical value, in characters of the current font,
// so no language has its headers cut and no id column takes what the names need.
void AuditWindow::sizeColumns()
{
    sizeColumnsInChars(m_table->horizontalHeader(),
                       { { AuditModel::UserColumn, 18 },
                         { AuditModel::EmailColumn, 26 },
                         { AuditModel::StatusColumn, 20 },
                         { AuditModel::LastLoginColumn, 14 },
                         { AuditModel::KindColumn, 13 },
                         { AuditModel::TargetColumn, 24 },
                         { AuditModel::RoleColumn, 22 },
                         { AuditModel::SinceColumn, 11 },
                         { AuditModel::FlagsColumn, 26 },
                         { AuditModel::UserIdColumn, 14 },
                         { AuditModel::TargetIdColumn, 14 } });
}

void AuditWindow::fitColumns()
{
    // Every column as wide as its header and its widest cell among the first rows (the
    // header's resize precision), so that short known texts (status, kind, dates, the hygiene
    // signs) are whole. When that is wider than the table, the free texts (names, e-mail
    // addresses, targets, roles, ids) give up room in proportion to what they have beyond
    // ten characters or their header, and are elided with the whole text in reach.
    QHeaderView *header = m_table->horizontalHeader();
    const auto *view = static_cast<const QAbstractItemView *>(m_table);
    const QFontMetrics metrics(m_table->font());
    const int tenChars = metrics.horizontalAdvance(u"abcdefghij"_s);
    constexpr int kMostWidth = 360;
    QVector<int> want(AuditModel::ColumnCount);
    int total = 0;
    for (int column = 0; column < AuditModel::ColumnCount; ++column) {
        want[column] = qMax(header->sectionSizeHint(column),
                            qMin(view->sizeHintForColumn(column), kMostWidth));
        total += want[column];
    }
    // The vertical scroll bar may come with the rows just set: its room is kept for it.
    const int bar = m_table->verticalScrollBar()->isVisible()
        ? 0
        : m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int room = m_table->isVisible() ? m_table->viewport()->width() - bar : total;
    // The ids give up room first (the names say who and what; an id is for looking up and
    // is whole in the tooltip and the exports), then the e-mail addresses and the targets'
    // long names, then the people's names and the roles: what a row grants stays readable.
    const QVector<QVector<int>> elastic {
        { AuditModel::UserIdColumn, AuditModel::TargetIdColumn },
        { AuditModel::EmailColumn, AuditModel::TargetColumn },
        { AuditModel::UserColumn, AuditModel::RoleColumn },
    };
    const auto floorOf = [&](int column) {
        return qMax(header->sectionSizeHint(column), tenChars);
    };
    for (const QVector<int> &columns : elastic) {
        if (total <= room)
            break;
        int slack = 0;
        for (const int column : columns)
            slack += qMax(0, want[column] - floorOf(column));
        const int excess = qMin(total - room, slack);
        for (const int column : columns) {
            const int floor = floorOf(column);
            const int above = qMax(0, want[column] - floor);
            const int before = want[column];
            if (slack > 0)
                want[column] -= int(qint64(excess) * above / slack + (above > 0 ? 1 : 0));
            want[column] = qMax(want[column], floor);
            total -= before - want[column];
        }
    }
    for (int column = 0; column < AuditModel::ColumnCount; ++column)
        header->resizeSection(column, want[column]);
}

void AuditWindow::start()
{
    m_started = true;
    m_collector->start();
}

void AuditWindow::setAccountSize(int users, int destinations)
{
    m_users = users;
    m_destinations = destinations;
    updateEstimate();
}

ftmodels::JobEstimate AuditWindow::estimate() const
{
    const ftapi::ApiClient *api = m_collector->client();
    if (!api || m_users < 0)
        return {};
    return ftmodels::JobEstimate::of(
        *api->scheduler(),
        ftmodels::AuditCost::requests(m_users, m_destinations, -1, api->pageLimit()));
}

void AuditWindow::updateEstimate()
{
    if (m_users < 0 || !m_collector->client()) {
        m_progress->setEstimate({}, false);
        return;
    }
    const ftmodels::JobEstimate cost = estimate();
    const QString who = tr("An audit of %1 people:").arg(QLocale().toString(m_users));
    m_progress->setEstimate(who + u' ' + cost.text(), cost.beyondBudget());
}

void AuditWindow::offer()
{
    updateEstimate();
    if (m_users >= 0 && estimate().beyondBudget()) {
        // Worth a decision: the account's own scripts share this budget.
        m_progress->setStarted(false);
        m_progress->rerunButton()->setFocus();
        return;
    }
    start();
}

bool AuditWindow::isRunning() const
{
    return m_collector->isRunning();
}

void AuditWindow::onStarted()
{
    m_banner->hideMessage();
    m_progress->setStarted(true);
    m_progress->setRunning(true);
    m_progress->setProgress(0, 0, false);
    m_progress->setRequests(0);
    m_progress->setPausedUntil(m_collector->pausedUntil());
    updateExportButtons();
}

void AuditWindow::onFinished()
{
    const ftmodels::AuditResult &result = m_collector->result();
    m_model->setResult(result);
    fitColumns();
    m_effectiveModel->setResult(result);
    m_snapshots->auditFinished(m_collector->data(), result);
    m_effective->refresh();
    m_filters->refresh();
    m_progress->setEstimate({}, false); // what it cost is in the banner now
    m_progress->setRunning(false);
    m_progress->setProgress(m_collector->usersDone(), m_collector->usersTotal(), true);
    m_progress->setRequests(result.requests);
    const QLocale locale;
    if (result.cancelled) {
        m_banner->showMessage(
            tr("The audit was cancelled: the table shows only what had "
               "arrived (%1 of %2 users) and is incomplete.")
                .arg(locale.toString(m_collector->usersDone()), locale.toString(result.userCount)),
            MessageWidget::Type::Warning, tr("Run again"));
    } else if (!result.isComplete()) {
        QStringList shown = result.missing.mid(0, 5);
        if (result.missing.size() > shown.size())
            shown.append(tr("…and %1 more.").arg(result.missing.size() - shown.size()));
        m_banner->showMessage(tr("The audit is incomplete: %n list(s) could not be fetched, so "
                                 "some access is missing from the table.",
                                 nullptr, int(result.missing.size()))
                                  + u'\n' + shown.join(u'\n'),
                              MessageWidget::Type::Error, tr("Run again"));
    } else if (!result.teamsRead) {
        m_banner->showMessage(tr("Audit complete: %1 users, %2 rows, %3 requests. Teams could "
                                 "not be read (%4): effective access leaves out what teams "
                                 "grant.")
                                  .arg(locale.toString(result.userCount),
                                       locale.toString(result.rows.size()),
                                       locale.toString(result.requests), result.teamsProblem),
                              MessageWidget::Type::Warning);
    } else {
        m_banner->showMessage(tr("Audit complete: %1 users, %2 rows, %3 requests.")
                                  .arg(locale.toString(result.userCount),
                                       locale.toString(result.rows.size()),
                                       locale.toString(result.requests)),
                              MessageWidget::Type::Positive);
    }
    updateExportButtons();
}

bool AuditWindow::effectiveShown() const
{
    return m_tabs->currentIndex() == EffectiveTab;
}

void AuditWindow::updateCount()
{
    const QLocale locale;
    const bool effective = effectiveShown();
    const int all = effective ? m_effectiveModel->rowCount() : m_model->rowCount();
    const int shown = effective ? m_effectiveProxy->rowCount() : m_proxy->rowCount();
    QString text = all == shown
        ? tr("%1 rows").arg(locale.toString(all))
        : tr("%1 rows · %2 shown").arg(locale.toString(all), locale.toString(shown));
    if (!m_model->isEmpty())
        text += tr(" · %1 users").arg(locale.toString(m_model->result().userCount));
    m_count->setText(text);
    updateExportButtons();
}

QVector<ftmodels::AuditRow> AuditWindow::selectedRows() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<ftmodels::AuditRow> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_model->rowAt(m_proxy->sourceRowAt(index.row())));
    return rows;
}

void AuditWindow::updateSelectionButtons()
{
    // The rows acted on are the "All access" table's: another tab's selection is not them.
    const bool any = m_tabs->currentIndex() == AllTab && m_table->selectionModel()->hasSelection();
    m_revoke->setEnabled(any);
    m_actOn->setEnabled(any);
}

void AuditWindow::updateExportButtons()
{
    const bool can = !m_collector->isRunning() && m_tabs->currentIndex() != SnapshotsTab
        && (effectiveShown() ? m_effectiveProxy->rowCount() : m_proxy->rowCount()) > 0;
    m_exportCsv->setEnabled(can);
    m_exportJson->setEnabled(can);
}

void AuditWindow::exportAs(bool json)
{
    const QString name = (effectiveShown() ? u"effective-access-"_s : u"access-audit-"_s)
        + m_model->result().generatedAt.toUTC().toString(u"yyyy-MM-dd"_s)
        + (json ? u".json"_s : u".csv"_s);
    const QString path = m_chooseFile(
        json ? tr("Export the audit as JSON") : tr("Export the audit as CSV"),
        QDir::home().filePath(name), json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (!AuditExporter::formatForPath(target))
        target += json ? u".json"_s : u".csv"_s;
    exportTo(target);
}

bool AuditWindow::exportTo(const QString &path)
{
    const std::optional<AuditExporter::Format> format = AuditExporter::formatForPath(path);
    if (!format) {
        m_banner->showMessage(tr("Choose a file name ending in .csv or .json."),
                              MessageWidget::Type::Error);
        return false;
    }
    const ftmodels::AuditResult &result = m_model->result();
    if (!result.isComplete()) {
        const QString what = result.cancelled
            ? tr("This audit was cancelled before it finished.")
            : tr("%n list(s) could not be fetched.", nullptr, int(result.missing.size()));
        MessageBox::confirm(this, tr("Export an incomplete audit?"),
                            what + u' '
                                + tr("The export will lack some access. A JSON export says so "
                                     "inside; a CSV file cannot."),
                            tr("Export Anyway"), this, [this, path, format = *format](bool yes) {
                                if (yes)
                                    writeExport(path, format);
                            });
        return false;
    }
    return writeExport(path, *format);
}

bool AuditWindow::writeExport(const QString &path, AuditExporter::Format format)
{
    const ftmodels::AuditResult &result = m_model->result();
    QString error;
    qsizetype written = 0;
    const bool effective = effectiveShown();
    const ftmodels::AuditFilterBase *proxy =
        effective ? static_cast<const ftmodels::AuditFilterBase *>(m_effectiveProxy) : m_proxy;
    const QJsonObject filter = proxy->isFiltering() ? proxy->filterDescription() : QJsonObject();
    const int all = effective ? m_effectiveModel->rowCount() : m_model->rowCount();
    if (effective) {
        QVector<int> rows;
        rows.reserve(m_effectiveProxy->rowCount());
        for (int r = 0; r < m_effectiveProxy->rowCount(); ++r)
            rows.append(m_effectiveProxy->sourceRowAt(r));
        written = rows.size();
        if (!AuditExporter::writeEffectiveFile(path, format, m_effectiveModel->access(), rows,
                                               result, &error, filter)) {
            m_banner->showMessage(error, MessageWidget::Type::Error);
            return false;
        }
    } else {
        QVector<ftmodels::AuditRow> rows;
        rows.reserve(m_proxy->rowCount());
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_model->rowAt(m_proxy->sourceRowAt(r)));
        written = rows.size();
        if (!AuditExporter::writeFile(path, format, rows, result, &error, filter)) {
            m_banner->showMessage(error, MessageWidget::Type::Error);
            return false;
        }
    }
    const QLocale locale;
    if (!result.isComplete())
        // The warning it replaces must not be lost: the file is as incomplete as the audit.
        m_banner->showMessage(tr("Exported %1 rows to %2. The audit is incomplete, and so is "
                                 "the file.")
                                  .arg(locale.toString(written), QDir::toNativeSeparators(path)),
                              MessageWidget::Type::Warning, tr("Run again"));
    else if (filter.isEmpty())
        m_banner->showMessage(tr("Exported %1 rows to %2.")
                                  .arg(locale.toString(written), QDir::toNativeSeparators(path)),
                              MessageWidget::Type::Positive);
    else
        m_banner->showMessage(
            (format == AuditExporter::Format::Json
                 ? tr("Exported %1 of %2 rows to %3: only the rows the filters show; the file "
                      "says which filters.")
                 : tr("Exported %1 of %2 rows to %3: only the rows the filters show."))
                .arg(locale.toString(written), locale.toString(all),
                     QDir::toNativeSeparators(path)),
            MessageWidget::Type::Positive);
    return true;
}

void AuditWindow::closeEvent(QCloseEvent *event)
{
    // Nobody is left to see the result: stop asking the server.
    if (m_collector->isRunning())
        m_collector->cancel();
    QWidget::closeEvent(event);
}

} // namespace ftui

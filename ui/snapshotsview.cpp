#include "snapshotsview.h"

#include "comparisonview.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "snapshotdiff.h"
#include "snapshotlistmodel.h"
#include "snapshotstore.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::SnapshotListModel;

SnapshotsView::SnapshotsView(QWidget *parent)
    : QWidget(parent)
{
    m_list = new SnapshotListModel(this);
    buildUi();
    updateButtons();
}

SnapshotsView::~SnapshotsView()
{
    // The model points into the store.
    m_list->setStore(nullptr);
}

void SnapshotsView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageWidget(this);
    layout->addWidget(m_banner);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(top);
    m_view->setModel(m_list);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Snapshots"));
    m_view->setColumnWidth(SnapshotListModel::DateColumn, 170);
    topLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_compare = new QPushButton(tr("&Compare"), top);
    m_compare->setToolTip(tr("What changed between the two selected snapshots."));
    m_compareCurrent = new QPushButton(tr("Compare with &This Audit"), top);
    m_compareCurrent->setToolTip(tr("What changed between the selected snapshot and the audit "
                                    "this window ran."));
    m_label = new QPushButton(tr("&Label…"), top);
    m_delete = new QPushButton(tr("&Delete…"), top);
    for (QPushButton *b : { m_compare, m_compareCurrent, m_label, m_delete })
        buttons->addWidget(b);
    buttons->addStretch();
    topLayout->addLayout(buttons);

    m_comparison = new ComparisonView(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_compare, &QPushButton::clicked, this, &SnapshotsView::compareSelected);
    connect(m_compareCurrent, &QPushButton::clicked, this, &SnapshotsView::compareWithCurrent);
    connect(m_label, &QPushButton::clicked, this, &SnapshotsView::editLabel);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsView::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotsView::updateButtons);
    connect(m_list, &QAbstractItemModel::modelReset, this, &SnapshotsView::updateButtons);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, &SnapshotsView::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SnapshotsView::deleteSelected);
}

void SnapshotsView::setStorage(ftmodels::Storage *storage, qint64 account)
{
    m_list->setStore(nullptr);
    m_store = storage ? std::make_unique<ftmodels::SnapshotStore>(storage, account) : nullptr;
    m_list->setStore(m_store.get());
    updateButtons();
}

qint64 SnapshotsView::auditFinished(const ftmodels::AuditData &audit,
                                    const ftmodels::AuditResult &result)
{
    if (!result.isComplete()) {
        m_status->setText(tr("This audit did not complete, so it was not saved as a snapshot."));
        updateButtons();
        return 0;
    }
    qint64 id = 0;
    QString error;
    if (!m_store) {
        m_status->setText(tr("Snapshots are off: the storage file could not be opened."));
    } else if ((id = m_store->save(audit, result, &error)) > 0) {
        m_list->added(id);
        m_status->setText(tr("This audit was saved as snapshot %1.").arg(id));
    } else {
        m_banner->showMessage(tr("This audit could not be saved as a snapshot: %1").arg(error),
                              MessageWidget::Type::Error);
    }
    m_current = std::make_shared<const ftmodels::DiffSide>(
        ftmodels::DiffSide::of(audit, result.generatedAt, id));
    updateButtons();
    return id;
}

QList<int> SnapshotsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SnapshotsView::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_list->index(row, 0),
                         m_list->index(row, SnapshotListModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void SnapshotsView::updateButtons()
{
    const int selected = int(selectedRows().size());
    m_compare->setEnabled(selected == 2);
    m_compareCurrent->setEnabled(selected == 1 && m_current != nullptr);
    m_label->setEnabled(selected == 1);
    m_delete->setEnabled(selected >= 1);
    if (!m_store)
        m_view->setToolTip(tr("Snapshots are off: the storage file could not be opened."));
}

std::shared_ptr<const ftmodels::DiffSide> SnapshotsView::load(qint64 id)
{
    if (m_current && id == m_current->id)
        return m_current;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ftmodels::Snapshot> snapshot = m_store->load(id, &error);
    std::shared_ptr<const ftmodels::DiffSide> side;
    if (snapshot)
        side = std::make_shared<const ftmodels::DiffSide>(ftmodels::DiffSide::of(
            std::move(snapshot->data), snapshot->info.time, id, snapshot->info.label));
    QApplication::restoreOverrideCursor();
    if (!side)
        m_banner->showMessage(error, MessageWidget::Type::Error);
    return side;
}

bool SnapshotsView::compareIds(qint64 older, qint64 newer)
{
    if (!m_store)
        return false;
    const std::shared_ptr<const ftmodels::DiffSide> a = load(older);
    const std::shared_ptr<const ftmodels::DiffSide> b = newer > 0 ? load(newer) : m_current;
    if (!a || !b)
        return false;
    m_banner->hide();
    if (b->time < a->time)
        m_comparison->compare(b, a);
    else
        m_comparison->compare(a, b);
    return true;
}

bool SnapshotsView::compareSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 2)
        return false;
    return compareIds(m_list->info(rows[0]).id, m_list->info(rows[1]).id);
}

bool SnapshotsView::compareWithCurrent()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_current)
        return false;
    return compareIds(m_list->info(rows[0]).id, 0);
}

void SnapshotsView::editLabel()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const QModelIndex index = m_list->index(rows[0], SnapshotListModel::LabelColumn);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void SnapshotsView::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_store)
        return;
    QList<qint64> ids;
    QStringList names;
    const QLocale locale;
    for (int row : rows) {
        const ftmodels::SnapshotInfo &info = m_list->info(row);
        ids.append(info.id);
        names.append(locale.toString(info.time.toLocalTime(), QLocale::ShortFormat));
    }
    const QString text = rows.size() == 1
        ? tr("Delete the snapshot of %1? The record of the account as it was then is lost; the "
             "account itself does not change.")
              .arg(names.first())
        : tr("Delete %1 snapshots (%2)? The record of the account as it was then is lost; the "
             "account itself does not change.")
              .arg(rows.size())
              .arg(names.join(u", "_s));
    MessageBox::confirm(
        this, tr("Delete Snapshot"), text, tr("Delete"), this, [this, ids](bool yes) {
            if (!yes)
                return;
            for (qint64 id : ids) {
                const int row = m_list->rowOf(id);
                if (row >= 0 && !m_list->remove(row))
                    m_banner->showMessage(tr("Snapshot %1 could not be deleted.").arg(id),
                                          MessageWidget::Type::Error);
            }
            updateButtons();
        });
}

} // namespace ftui

#include "reachview.h"

#include "emptystate.h"
#include "reachmodel.h"
#include "roomyrowsdelegate.h"
#include "themecolours.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::ReachModel;

ReachView::ReachView(ftmodels::Session *session, QWidget *parent)
    : QWidget(parent)
{
    m_model = new ReachModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReachModel::SortValueRole);

    m_note = new QLabel(this);
    m_note->setObjectName(u"reachNote"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(textStyle(TextTone::Secondary));
    m_note->hide();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"canReach"_s);
    m_tree->setModel(m_proxy);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new RoomyRowsDelegate(24, m_tree)); // a reason under its target
    m_tree->setRootIsDecorated(true);
    QHeaderView *header = m_tree->header();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReachModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReachModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReachModel::LevelColumn, QHeaderView::ResizeToContents);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ReachModel::TargetColumn, Qt::AscendingOrder);
    m_tree->setAccessibleName(tr("Everything this user can reach"));
    m_empty = new EmptyState(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);

    connect(m_model, &ReachModel::stateChanged, this, &ReachView::update);
    // Reasons are shown open, each over the whole width of its row.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReachView::expandReasons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReachView::expandReasons);
    update();
}

void ReachView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->activate();
}

int ReachView::count() const
{
    return m_model->isReady() ? m_proxy->rowCount() : -1;
}

QString ReachView::targetNameAt(int row) const
{
    return m_proxy->index(row, ReachModel::TargetColumn).data().toString();
}

QString ReachView::levelAt(int row) const
{
    return m_proxy->index(row, ReachModel::LevelColumn).data().toString();
}

QStringList ReachView::reasonsAt(int row) const
{
    QStringList reasons;
    const QModelIndex target = m_proxy->index(row, ReachModel::TargetColumn);
    for (int r = 0; r < m_proxy->rowCount(target); ++r)
        reasons.append(m_proxy->index(r, ReachModel::TargetColumn, target).data().toString());
    return reasons;
}

void ReachView::expandReasons()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex target = m_proxy->index(row, 0);
        for (int r = 0; r < m_proxy->rowCount(target); ++r)
            m_tree->setFirstColumnSpanned(r, target, true);
    }
    m_tree->expandAll();
}

int ReachView::rowOf(const QString &targetName) const
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (targetNameAt(r) == targetName)
            return r;
    }
    return -1;
}

void ReachView::update()
{
    const QString note = m_model->note();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const QString empty = m_model->emptyText();
    if (!empty.isEmpty())
        m_empty->showMessage(empty);
    else
        m_empty->hideMessage();
    const int shown = count();
    if (shown != m_lastCount) {
        m_lastCount = shown;
        Q_EMIT countChanged(shown);
    }
}

} // namespace ftui

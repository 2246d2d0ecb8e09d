#include "reachview.h"

#include "emptystate.h"
#include "reachmodel.h"
#include "themecolours.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
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

    m_table = new QTableView(this);
    m_table->setObjectName(u"canReach"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Each reason has a line of its own: rows are as tall as their reasons.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->resizeSection(ReachModel::TargetColumn, 200);
    header->resizeSection(ReachModel::KindColumn, 90);
    header->resizeSection(ReachModel::LevelColumn, 80);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReachModel::TargetColumn, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Everything this user can reach"));
    m_table->setTabKeyNavigation(false);
    m_empty = new EmptyState(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    connect(m_model, &ReachModel::stateChanged, this, &ReachView::update);
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
    return m_proxy->index(row, ReachModel::ReasonsColumn).data().toString().split(u'\n');
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

#include "membershipsview.h"

#include "emptystate.h"
#include "membershipsmodel.h"
#include "membershipsproxy.h"
#include "session.h"
#include "timeformat.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::MembershipsModel;

MembershipsView::MembershipsView(ftmodels::Session *session, ftapi::MembershipKind kind,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
{
    const bool groups = kind == ftapi::MembershipKind::Group;
    m_proxy = new ftmodels::MembershipsProxy(this);
    m_proxy->setSourceModel(session->memberships());
    m_proxy->setKind(kind);

    m_table = new QTableView(this);
    m_table->setObjectName(groups ? u"destinationMemberships"_s : u"connectionMemberships"_s);
    m_table->setModel(m_proxy);
    m_table->setColumnHidden(MembershipsModel::KindColumn, true); // the tab says it
    // Which destination a connection loads into; a destination has none.
    m_table->setColumnHidden(MembershipsModel::DestinationColumn, groups);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MembershipsModel::TargetColumn, Qt::AscendingOrder);
    // Never narrower than the header's words and sort arrow in the language in use; the date
    // as wide as a short date is (digits are as wide as each other), so that the four columns
    // of connections fit beside the users table.
    header->resizeSection(MembershipsModel::TargetColumn,
                          qMax(185, header->sectionSizeHint(MembershipsModel::TargetColumn)));
    header->resizeSection(MembershipsModel::RoleColumn,
                          qMax(150, header->sectionSizeHint(MembershipsModel::RoleColumn)));
    const QString date = ftmodels::TimeFormat::shortDate(QDateTime(QDate(2026, 12, 28), {}));
    header->resizeSection(MembershipsModel::SinceColumn,
                          qMax(m_table->fontMetrics().horizontalAdvance(date) + 16,
                               header->sectionSizeHint(MembershipsModel::SinceColumn)));
    header->resizeSection(MembershipsModel::DestinationColumn,
                          header->sectionSizeHint(MembershipsModel::DestinationColumn));
    // After the widths: the last column stretches, and keeps the width it has now when the
    // table is too narrow to stretch it.
    header->setStretchLastSection(true);
    m_table->setAccessibleName(groups ? tr("Destination memberships")
                                      : tr("Connection memberships"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it

    m_empty = new EmptyState(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    MembershipsModel *model = session->memberships();
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MembershipsView::update);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MembershipsView::update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MembershipsView::update);
    connect(model, &MembershipsModel::loadingChanged, this, &MembershipsView::update);
    connect(model, &MembershipsModel::loadFailed, this, &MembershipsView::update);
    connect(model, &MembershipsModel::loadFinished, this, &MembershipsView::update);
    connect(m_empty, &EmptyState::actionRequested, model, &MembershipsModel::reload);
    update();
}

int MembershipsView::count() const
{
    return m_proxy->rowCount();
}

QString MembershipsView::targetNameAt(int row) const
{
    return m_proxy->index(row, MembershipsModel::TargetColumn).data().toString();
}

QString MembershipsView::roleAt(int row) const
{
    return m_proxy->index(row, MembershipsModel::RoleColumn).data().toString();
}

void MembershipsView::update()
{
    const MembershipsModel *model = m_session->memberships();
    const bool groups = m_kind == ftapi::MembershipKind::Group;
    const int rows = count();
    if (rows > 0 || model->userId().isEmpty()) {
        m_empty->hideMessage();
    } else if (model->hasFailed(m_kind)) {
        m_empty->showMessage(groups ? tr("The destination memberships could not be loaded.")
                                    : tr("The connection memberships could not be loaded."),
                             tr("Try again"));
    } else if (model->isLoading(m_kind) || !model->hasLoaded(m_kind)) {
        m_empty->showMessage(groups ? tr("Loading destination memberships…")
                                    : tr("Loading connection memberships…"));
    } else {
        m_empty->showMessage(groups ? tr("This user has no destination memberships.")
                                    : tr("This user has no connection memberships."));
    }
    if (rows != m_lastCount) {
        m_lastCount = rows;
        Q_EMIT countChanged(rows);
    }
}

QByteArray MembershipsView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void MembershipsView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace ftui

#include "reachmodel.h"

#include "accessreasons.h"
#include "membershipsmodel.h"
#include "namedirectory.h"
#include "rolesmodel.h"
#include "session.h"
#include "teamdirectory.h"
#include "usersmodel.h"

#include <QColor>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

ReachModel::ReachModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    m_teams = new TeamDirectory(this);
    m_teams->setClient(session->client());

    connect(session, &Session::currentUserChanged, this, &ReachModel::recompute);
    connect(session, &Session::currentUserUpdated, this, &ReachModel::recompute);
    // A refresh (F5) reads the users again; what was read of the teams is read again too.
    connect(session, &Session::usersLoaded, m_teams, &TeamDirectory::reloadIfLoaded);
    // A person's memberships arrive as a reset, loading flags and rows inserted for each kind,
    // and names and teams as they load: one recompute once they have all come, not one each.
    // A change made here (an edit, a membership added) shows at once.
    MembershipsModel *memberships = session->memberships();
    const auto membershipsChanged = [this, memberships] {
        if (memberships->isLoading())
            recomputeSoon();
        else
            recompute();
    };
    connect(memberships, &QAbstractItemModel::modelReset, this, &ReachModel::recomputeSoon);
    connect(memberships, &QAbstractItemModel::rowsInserted, this, membershipsChanged);
    connect(memberships, &QAbstractItemModel::rowsRemoved, this, membershipsChanged);
    connect(memberships, &QAbstractItemModel::dataChanged, this, membershipsChanged);
    connect(memberships, &MembershipsModel::loadingChanged, this, &ReachModel::recomputeSoon);
    connect(session->names(), &NameDirectory::namesChanged, this, &ReachModel::recomputeSoon);
    connect(session->names(), &NameDirectory::loadingChanged, this, &ReachModel::recomputeSoon);
    connect(session->roles(), &QAbstractItemModel::modelReset, this, &ReachModel::recomputeSoon);
    connect(m_teams, &TeamDirectory::teamsChanged, this, &ReachModel::recomputeSoon);
    connect(m_teams, &TeamDirectory::loadingChanged, this, &ReachModel::recomputeSoon);
    recompute();
}

ReachModel::~ReachModel() = default;

void ReachModel::activate()
{
    m_active = true;
    if (!m_session->currentUserId().isEmpty())
        m_session->names()->ensureLoaded();
    m_teams->ensureLoaded();
}

void ReachModel::recomputeSoon()
{
    if (m_recomputePosted)
        return;
    m_recomputePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_recomputePosted)
                recompute();
        },
        Qt::QueuedConnection);
}

void ReachModel::recompute()
{
    m_recomputePosted = false;
    beginResetModel();
    m_reached.clear();
    const ftapi::User *user = m_session->currentUser();
    const NameDirectory *names = m_session->names();
    m_graph = AccessGraph(names->groups(), names->connections(), m_session->roles()->roles(),
                          m_teams->teams());
    m_person = AccessPerson();
    const MembershipsModel *memberships = m_session->memberships();
    if (user && memberships->userId() == user->id) {
        m_person.userId = user->id;
        m_person.accountRole = user->role.value_or(QString());
        m_person.destinations = memberships->memberships(MembershipKind::Group);
        m_person.connections = memberships->memberships(MembershipKind::Connection);
        m_reached = m_graph.reach(m_person);
    }
    endResetModel();
    if (m_active && user && !names->isLoading() && !names->connectionsComplete())
        m_session->names()->ensureLoaded();
    Q_EMIT stateChanged();
}

bool ReachModel::isReady() const
{
    const MembershipsModel *memberships = m_session->memberships();
    const NameDirectory *names = m_session->names();
    const TeamDirectory::State teams = m_teams->state();
    return !m_recomputePosted && !m_person.userId.isEmpty()
        && memberships->hasLoaded(MembershipKind::Group)
        && memberships->hasLoaded(MembershipKind::Connection) && names->groupsComplete()
        && names->connectionsComplete()
        && (teams == TeamDirectory::State::Loaded || teams == TeamDirectory::State::Unreadable);
}

QString ReachModel::note() const
{
    if (m_person.userId.isEmpty())
        return {};
    const MembershipsModel *memberships = m_session->memberships();
    const NameDirectory *names = m_session->names();
    QStringList lines;
    if (memberships->hasFailed(MembershipKind::Group)
        || memberships->hasFailed(MembershipKind::Connection)
        || (!names->isLoading() && names->groupsComplete() && !names->connectionsComplete())
        || m_teams->state() == TeamDirectory::State::Failed)
        lines.append(tr("Some lists could not be loaded, so this may be incomplete. Press F5 to "
                        "try again."));
    else if (!isReady())
        lines.append(tr("Working out everything they can reach…"));
    if (m_teams->state() == TeamDirectory::State::Unreadable)
        lines.append(tr("Teams could not be read (%1): what teams grant is not shown.")
                         .arg(m_teams->problem()));
    if (!m_reached.isEmpty() && isDestinationCreator())
        lines.append(destinationCreatorText());
    return lines.join(u'\n');
}

QString ReachModel::emptyText() const
{
    if (m_person.userId.isEmpty() || !isReady() || !m_reached.isEmpty())
        return {};
    if (!m_person.accountRole.isEmpty()
        && m_graph.rules().level(m_person.accountRole, AccessScope::Account) == AccessLevel::None) {
        QString text = tr("Their account role, %1, reaches no destination or connection by "
                          "itself.")
                           .arg(m_person.accountRole);
        if (isDestinationCreator())
            text += u' ' + destinationCreatorText();
        return text;
    }
    return tr("This user cannot reach any destination or connection.");
}

// Top rows have internal id 0; a reason's is its target's row + 1.
QModelIndex ReachModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_reached.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.model() != this
        || parent.row() >= int(m_reached.size())
        || row >= int(m_reached.at(parent.row()).paths.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ReachModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

bool ReachModel::isDestinationCreator() const
{
    return !m_person.accountRole.isEmpty()
        && m_graph.rules().tableName(m_person.accountRole, AccessScope::Account)
        == "Destination Creator"_L1;
}

QString ReachModel::destinationCreatorText()
{
    return tr("A Destination Creator manages the destinations they created; which ones the API "
              "does not say, so they are not listed.");
}

int ReachModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_reached.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_reached.at(parent.row()).paths.size());
}

int ReachModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QStringList ReachModel::reasonsAt(int row) const
{
    const AccessGraph::Reached &reached = m_reached.at(row);
    return AccessReasons::reasons(m_graph, reached.target, reached.paths);
}

int ReachModel::rowOf(AuditKind kind, const QString &targetId) const
{
    const int target = m_graph.targetIndex(kind, targetId);
    for (int i = 0; i < int(m_reached.size()); ++i) {
        if (m_reached.at(i).target == target)
            return i;
    }
    return -1;
}

QVariant ReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool reason = index.internalId() != 0;
    const int row = reason ? int(index.internalId() - 1) : index.row();
    const AccessGraph::Reached &reached = m_reached.at(row);
    const AccessGraph::Target &target = m_graph.targets().at(reached.target);
    if (reason) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            if (index.column() == TargetColumn)
                return AccessReasons::reason(m_graph, reached.target,
                                             reached.paths.at(index.row()));
            return {};
        case LevelRole:
            return int(reached.paths.at(index.row()).level);
        case SortValueRole:
            return index.row(); // the reasons keep the order of the paths
        case IsReasonRole:
            return true;
        case KindRole:
            return int(target.kind);
        case TargetIdRole:
            return target.id;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return target.name;
        case KindColumn:
            return Audit::kindText(target.kind);
        case LevelColumn:
            return AccessReasons::levelText(reached.level);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn)
            return AccessReasons::levelExplanation(reached.level);
        return target.id;
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn && reached.level == AccessLevel::Unknown)
            return QColor(0xb0, 0x30, 0x30);
        break;
    case KindRole:
        return int(target.kind);
    case TargetIdRole:
        return target.id;
    case LevelRole:
        return int(reached.level);
    case IsReasonRole:
        return false;
    case SortValueRole:
        switch (index.column()) {
        case TargetColumn:
            // Destinations before connections, as in the membership tabs, then by name.
            return QString((target.kind == AuditKind::Destination ? u"0 "_s : u"1 "_s)
                           + UsersModel::foldKey(target.name));
        case KindColumn:
            return target.kind == AuditKind::Destination ? 0 : 1;
        case LevelColumn:
            return int(reached.level);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Destination or connection, and why");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

} // namespace ftmodels

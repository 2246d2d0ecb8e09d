#include "membershipsmodel.h"

#include "apiclient.h"
#include "namedirectory.h"
#include "rolesmodel.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

constexpr std::array<MembershipKind, 2> kKinds { MembershipKind::Group,
                                                 MembershipKind::Connection };

} // namespace

MembershipsModel::MembershipsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MembershipsModel::~MembershipsModel()
{
    cancel();
}

void MembershipsModel::setClient(ftapi::ApiClient *client)
{
    cancel();
    m_client = client;
}

void MembershipsModel::setDirectory(NameDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &NameDirectory::namesChanged, this, &MembershipsModel::onNamesChanged);
}

void MembershipsModel::setRoles(RolesModel *roles)
{
    if (m_roles)
        disconnect(m_roles, nullptr, this, nullptr);
    m_roles = roles;
    if (m_roles)
        connect(m_roles, &QAbstractItemModel::modelReset, this, &MembershipsModel::onRolesChanged);
}

int MembershipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MembershipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembershipsModel::targetName(int row) const
{
    const Entry &entry = m_entries.at(row);
    return m_directory ? m_directory->targetName(entry.kind, entry.membership.id)
                       : entry.membership.id;
}

QString MembershipsModel::destinationOf(int row) const
{
    const Entry &entry = m_entries.at(row);
    if (entry.kind != MembershipKind::Connection || !m_directory)
        return {};
    const ftapi::Connection *c = m_directory->connection(entry.membership.id);
    if (!c)
        return {};
    const ftapi::Group *g = m_directory->group(c->groupId);
    return g ? g->name : c->groupId;
}

QVariant MembershipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const ftapi::Membership &m = entry.membership;
    const bool isGroup = entry.kind == MembershipKind::Group;
    const NameDirectory::Lookup lookup =
        m_directory ? m_directory->lookup(entry.kind, m.id) : NameDirectory::Lookup::Pending;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return isGroup ? tr("Destination") : tr("Connection");
        case TargetColumn:
            return targetName(index.row());
        case RoleColumn:
            return m.role.isEmpty() ? tr("No role") : m.role;
        case SinceColumn:
            return m.createdAt ? TimeFormat::shortDate(*m.createdAt) : QString();
        case DestinationColumn:
            return destinationOf(index.row());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TargetColumn:
            if (lookup == NameDirectory::Lookup::Missing)
                return isGroup ? tr("This destination no longer exists; the membership remains.")
                               : tr("This connection no longer exists; the membership remains.");
            if (!isGroup && lookup == NameDirectory::Lookup::Known) {
                const ftapi::Connection *c = m_directory->connection(m.id);
                const ftapi::Group *g = m_directory->group(c->groupId);
                QString tip = tr("Connection %1").arg(m.id);
                if (g)
                    tip += u'\n' + tr("Destination: %1").arg(g->name);
                if (c->paused)
                    tip += u'\n' + tr("Paused");
                return tip;
            }
            return isGroup ? tr("Destination %1").arg(m.id) : tr("Connection %1").arg(m.id);
        case RoleColumn: {
            const ftapi::Role *r = m_roles ? m_roles->role(m.role) : nullptr;
            if (!r)
                return m.role;
            if (r->isDeprecated)
                return QString(r->description + u'\n' + tr("This role is deprecated."));
            return r->description;
        }
        case SinceColumn:
            return m.createdAt ? TimeFormat::exact(*m.createdAt) : QString();
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TargetColumn && lookup == NameDirectory::Lookup::Missing)
            return QColor(0xb0, 0x30, 0x30);
        if (index.column() == TargetColumn && lookup == NameDirectory::Lookup::Pending)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case KindRole:
        return int(entry.kind);
    case TargetIdRole:
        return m.id;
    case TargetLookupRole:
        return int(lookup);
    case SortValueRole:
        switch (index.column()) {
        case KindColumn:
            return int(entry.kind);
        case TargetColumn:
            return targetName(index.row());
        case RoleColumn:
            return m.role;
        case SinceColumn:
            return m.createdAt.value_or(QDateTime());
        case DestinationColumn:
            return destinationOf(index.row());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MembershipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SinceColumn:
        return tr("Since");
    case DestinationColumn:
        return tr("Destination");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

// ---- loading

void MembershipsModel::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    cancel();
    m_userId = userId;
    resetRows();
    if (!m_userId.isEmpty())
        reload();
}

void MembershipsModel::reload()
{
    cancel();
    if (m_userId.isEmpty() || !m_client)
        return;
    if (m_directory)
        m_directory->ensureLoaded();
    ++m_generation;
    for (MembershipKind kind : kKinds)
        load(kind);
}

void MembershipsModel::load(MembershipKind kind)
{
    const quint64 generation = m_generation;
    KindState &state = m_kinds[slot(kind)];
    state.failed = false;
    setKindLoading(kind, true);
    const quint64 call = m_client->listMemberships(
        kind, m_userId, this,
        [this, kind, generation](const ftapi::ApiResult<QVector<ftapi::Membership>> &result) {
            if (generation != m_generation)
                return;
            KindState &s = m_kinds[slot(kind)];
            s.call = 0;
            if (result) {
                setMemberships(kind, result.value());
                s.loaded = true;
            } else {
                s.failed = true;
            }
            setKindLoading(kind, false);
            if (result)
                Q_EMIT loadFinished(kind);
            else if (result.error().kind != ftapi::ApiError::Kind::Cancelled)
                Q_EMIT loadFailed(kind, result.error());
        });
    if (generation == m_generation && state.loading)
        state.call = call;
}

void MembershipsModel::cancel()
{
    ++m_generation;
    for (MembershipKind kind : kKinds) {
        KindState &state = m_kinds[slot(kind)];
        if (state.call && m_client)
            m_client->cancel(state.call);
        state.call = 0;
        setKindLoading(kind, false);
    }
}

bool MembershipsModel::isLoading() const
{
    return m_kinds[0].loading || m_kinds[1].loading;
}

void MembershipsModel::setKindLoading(MembershipKind kind, bool loading)
{
    const bool was = isLoading();
    m_kinds[slot(kind)].loading = loading;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void MembershipsModel::resetRows()
{
    beginResetModel();
    m_entries.clear();
    for (KindState &state : m_kinds) {
        state.loaded = false;
        state.failed = false;
    }
    endResetModel();
}

// ---- reading

int MembershipsModel::rowOf(MembershipKind kind, const QString &targetId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (entry.kind == kind && entry.membership.id == targetId)
            return row;
    }
    return -1;
}

int MembershipsModel::count(MembershipKind kind) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [kind](const Entry &e) { return e.kind == kind; }));
}

QVector<ftapi::Membership> MembershipsModel::memberships(MembershipKind kind) const
{
    QVector<ftapi::Membership> result;
    for (const Entry &entry : m_entries) {
        if (entry.kind == kind)
            result.append(entry.membership);
    }
    return result;
}

// ---- changes

void MembershipsModel::setMemberships(MembershipKind kind, const QVector<ftapi::Membership> &list)
{
    QSet<QString> incoming;
    for (const ftapi::Membership &membership : list) {
        incoming.insert(membership.id);
        upsertMembership(kind, membership);
    }
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const Entry &entry = m_entries.at(row);
        if (entry.kind == kind && !incoming.contains(entry.membership.id)) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
}

void MembershipsModel::upsertMembership(MembershipKind kind, const ftapi::Membership &membership)
{
    const int row = rowOf(kind, membership.id);
    if (row >= 0) {
        if (m_entries.at(row).membership == membership)
            return;
        m_entries[row].membership = membership;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_entries.size());
    beginInsertRows({}, last, last);
    m_entries.append({ kind, membership });
    endInsertRows();
}

bool MembershipsModel::removeMembership(MembershipKind kind, const QString &targetId)
{
    const int row = rowOf(kind, targetId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void MembershipsModel::onNamesChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn));
}

void MembershipsModel::onRolesChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, RoleColumn), index(rowCount() - 1, RoleColumn));
}

} // namespace ftmodels

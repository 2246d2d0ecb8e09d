#include "usersfilterproxy.h"

#include "usersmodel.h"
#include "usersorder.h"

#include <QTimer>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace ftmodels {

namespace {

// Above this many rows changing at once, one layoutChanged costs the views less than a
// signal per row (each of which makes a view remap every row below it).
constexpr int kSingleChangesLimit = 32;

} // namespace

UsersFilterProxy::UsersFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void UsersFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *users = qobject_cast<UsersModel *>(model);
    Q_ASSERT_X(!model || users, "UsersFilterProxy", "the source must be a UsersModel");
    if (users == m_users)
        return; // (disconnecting and connecting again would cut QAbstractProxyModel's own ties)
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = users;
    m_deferSort = false;
    m_matches.clear();
    QAbstractProxyModel::setSourceModel(users);
    if (users) {
        connect(users, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        onRowsInserted(first, last);
                });
        connect(users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        onRowsAboutToBeRemoved(first, last);
                });
        connect(users, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        onRowsRemoved(first, last);
                });
        connect(users, &QAbstractItemModel::dataChanged, this, &UsersFilterProxy::onDataChanged);
        connect(users, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        Q_EMIT headerDataChanged(orientation, first, last);
                });
        // UsersModel never moves rows or changes columns; if a source did, it would be read
        // afresh.
        const auto aboutToReset = [this] {
            onSourceAboutToBeReset();
        };
        const auto reset = [this] {
            onSourceReset();
        };
        connect(users, &QAbstractItemModel::modelAboutToBeReset, this, aboutToReset);
        connect(users, &QAbstractItemModel::modelReset, this, reset);
        connect(users, &QAbstractItemModel::layoutAboutToBeChanged, this, aboutToReset);
        connect(users, &QAbstractItemModel::layoutChanged, this, reset);
        connect(users, &QAbstractItemModel::rowsAboutToBeMoved, this, aboutToReset);
        connect(users, &QAbstractItemModel::rowsMoved, this, reset);
        connect(users, &QAbstractItemModel::columnsAboutToBeInserted, this, aboutToReset);
        connect(users, &QAbstractItemModel::columnsInserted, this, reset);
        connect(users, &QAbstractItemModel::columnsAboutToBeRemoved, this, aboutToReset);
        connect(users, &QAbstractItemModel::columnsRemoved, this, reset);
        connect(users, &UsersModel::loadingChanged, this,
                &UsersFilterProxy::onSourceLoadingChanged);
        connect(users, &QObject::destroyed, this, [this] {
            m_users = nullptr; // first: nothing may read the dead model during the reset
            beginResetModel();
            forgetRows();
            endResetModel();
        });
        // A first load that is under way: its rows come in the server's order (see the class).
        m_deferSort = users->isLoading() && !users->hasLoaded() && users->rowCount() == 0;
        m_sortIndex.rebuild(*users);
    } else {
        m_sortIndex.clear();
    }
    sortAll();
    m_rows = visibleRows();
    indexRows();
    endResetModel();
}

QModelIndex UsersFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UsersFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex UsersFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int UsersFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

bool UsersFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant UsersFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_users)
        return {};
    if (orientation == Qt::Horizontal)
        return m_users->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
        return section + 1;
    return {};
}

QModelIndex UsersFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= m_rows.size())
        return {};
    return m_users->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex UsersFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users
        || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void UsersFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= UsersModel::ColumnCount)
        column = -1;
    const bool reverseOnly = !m_deferSort && column >= 0 && column == m_sortColumn
        && order != m_sortOrder && m_users && m_order.size() == m_users->rowCount();
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_deferSort)
        return; // applied when the list is complete
    if (!m_users)
        return;
    if (reverseOnly)
        std::reverse(m_order.begin(), m_order.end()); // a total order reverses exactly
    else
        sortAll();
    relayout(visibleRows(), QAbstractItemModel::VerticalSortHint);
}

void UsersFilterProxy::onSourceLoadingChanged(bool loading)
{
    if (loading) {
        // Only a first load is deferred: a refresh merges few changes into sorted rows.
        if (m_users->hasLoaded() || m_users->rowCount() > 0 || m_deferSort)
            return;
        m_deferSort = true; // the list is empty: nothing to move
        m_order.clear();
        return;
    }
    if (!m_deferSort)
        return;
    // On the next turn of the event loop: the last page's own work is done in this one, and
    // the two together would make one long stall.
    QTimer::singleShot(0, this, &UsersFilterProxy::applyDeferredSort);
}

void UsersFilterProxy::applyDeferredSort()
{
    if (!m_deferSort || (m_users && m_users->isLoading()))
        return; // already applied, or a new load began: that one ends with it
    m_deferSort = false;
    if (!m_users)
        return;
    sortAll(); // a pass over the sort index, not a sort
    relayout(visibleRows(), QAbstractItemModel::VerticalSortHint);
}

bool UsersFilterProxy::before(int left, int right) const
{
    if (m_deferSort || m_sortColumn < 0)
        return left < right; // the server's order
    const int order = UsersOrder::compare(*m_users, left, right, m_sortColumn);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void UsersFilterProxy::sortAll()
{
    if (!m_users || m_deferSort || m_sortColumn < 0) {
        m_order.resize(m_users ? m_users->rowCount() : 0);
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    if (m_sortIndex.rowCount() != m_users->rowCount())
        m_sortIndex.rebuild(*m_users); // out of step (should not happen): never a short order
    m_order = m_sortIndex.ascending(*m_users, m_sortColumn);
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end()); // a total order reverses exactly
}

QVector<int> UsersFilterProxy::visibleRows() const
{
    if (!isFiltering())
        return m_order;
    // Decided in the source's order, the order its rows lie in memory (in display order the
    // scan jumps about and runs several times slower), then collected in display order.
    const int count = m_users ? m_users->rowCount() : 0;
    if (!m_matches.needle().isEmpty() && m_users)
        m_matches.matchAll(*m_users);
    QVector<char> accepted(count);
    for (int row = 0; row < count; ++row)
        accepted[row] = acceptsRow(row) ? 1 : 0;
    QVector<int> rows;
    rows.reserve(std::max(m_rows.size(), qsizetype(64)));
    for (const int row : m_order) {
        if (row < count && accepted.at(row))
            rows.append(row);
    }
    return rows;
}

void UsersFilterProxy::indexRows()
{
    m_proxyOf.fill(-1, m_users ? m_users->rowCount() : 0);
    const int count = int(m_rows.size());
    for (int row = 0; row < count; ++row) {
        const int source = m_rows.at(row);
        if (source < m_proxyOf.size())
            m_proxyOf[source] = row;
    }
}

void UsersFilterProxy::relayout(QVector<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QVector<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex &index : from)
        sources.append(index.row() >= 0 && index.row() < m_rows.size() ? m_rows.at(index.row())
                                                                       : -1);
    m_rows = std::move(rows);
    indexRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (int i = 0; i < from.size(); ++i) {
        const int source = sources.at(i);
        const int row = source >= 0 && source < m_proxyOf.size() ? m_proxyOf.at(source) : -1;
        to.append(row >= 0 ? index(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void UsersFilterProxy::insertVisible(int sourceRow)
{
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), sourceRow,
                                     [this](int a, int b) { return before(a, b); });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, sourceRow);
    indexRows();
    endInsertRows();
}

void UsersFilterProxy::removeVisible(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_rows.remove(proxyRow);
    indexRows();
    endRemoveRows();
}

void UsersFilterProxy::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (first < m_users->rowCount() - count) {
        // Rows after the new ones moved down (UsersModel appends, so this is rare); the
        // proxy's rows stay where they are, only their source numbers change.
        for (QVector<int> *rows : { &m_order, &m_rows }) {
            for (int &row : *rows)
                row += row >= first ? count : 0;
        }
        m_matches.forget(); // remembered by row
        indexRows();
    }
    m_sortIndex.inserted(*m_users, first, last);
    m_matches.appended(*m_users, first, last);
    QVector<int> fresh(count);
    std::iota(fresh.begin(), fresh.end(), first);
    const auto less = [this](int a, int b) {
        return before(a, b);
    };
    if (m_deferSort || m_sortColumn < 0 || count <= kSingleChangesLimit) {
        std::sort(fresh.begin(), fresh.end(), less);
        UsersSortIndex::merge(m_order, fresh, less);
    } else {
        sortAll(); // many rows in a sorted list: a pass over the index beats comparing them
    }

    QVector<int> shown;
    for (const int row : std::as_const(fresh)) {
        if (acceptsRow(row))
            shown.append(row);
    }
    if (shown.isEmpty()) {
        indexRows(); // new rows, all hidden; the inserts below index the rows themselves
        return;
    }
    if (m_deferSort || m_sortColumn < 0) {
        // In the server's order the new rows are next to each other: one insert.
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), shown.constFirst());
        const int row = int(at - m_rows.cbegin());
        beginInsertRows({}, row, row + int(shown.size()) - 1);
        m_rows.insert(row, shown.size(), 0);
        std::copy(shown.cbegin(), shown.cend(), m_rows.begin() + row);
        indexRows();
        endInsertRows();
    } else if (shown.size() <= kSingleChangesLimit) {
        for (const int row : std::as_const(shown))
            insertVisible(row);
    } else {
        relayout(visibleRows(), QAbstractItemModel::NoLayoutChangeHint);
    }
}

void UsersFilterProxy::onRowsAboutToBeRemoved(int first, int last)
{
    QVector<int> gone;
    for (int row = first; row <= last && row < m_proxyOf.size(); ++row) {
        if (m_proxyOf.at(row) >= 0)
            gone.append(m_proxyOf.at(row));
    }
    if (gone.size() <= kSingleChangesLimit) {
        std::sort(gone.begin(), gone.end(), std::greater<int>());
        for (const int row : std::as_const(gone))
            removeVisible(row);
        return;
    }
    QVector<int> rows;
    rows.reserve(m_rows.size());
    for (const int row : std::as_const(m_rows)) {
        if (row < first || row > last)
            rows.append(row);
    }
    relayout(std::move(rows), QAbstractItemModel::NoLayoutChangeHint);
}

void UsersFilterProxy::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (QVector<int> *rows : { &m_order, &m_rows }) {
        rows->removeIf([&](int row) { return row >= first && row <= last; });
        for (int &row : *rows)
            row -= row > last ? count : 0;
    }
    m_sortIndex.removed(first, last);
    m_matches.removed(first, last);
    indexRows();
}

void UsersFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const auto changed = [&](int proxyFirst, int proxyLast) {
        Q_EMIT dataChanged(index(proxyFirst, topLeft.column()),
                           index(proxyLast, bottomRight.column()), roles);
    };
    const bool moves = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
                           return role == Qt::DisplayRole || role == Qt::EditRole
                               || role >= UsersModel::UserIdRole;
                       });
    if (!moves) {
        // An avatar arrived: nothing moves.
        for (int row = first; row <= last && row < m_proxyOf.size(); ++row) {
            if (m_proxyOf.at(row) >= 0)
                changed(m_proxyOf.at(row), m_proxyOf.at(row));
        }
        return;
    }
    m_matches.changed(first, last);
    m_sortIndex.changed(*m_users, first, last);
    const auto less = [this](int a, int b) {
        return before(a, b);
    };
    if (last > first) {
        // Several rows: all taken out before any is placed again (a row placed among others
        // that still stand where their old values put them could land out of order).
        m_order.removeIf([&](int row) { return row >= first && row <= last; });
        QVector<int> rows(last - first + 1);
        std::iota(rows.begin(), rows.end(), first);
        std::sort(rows.begin(), rows.end(), less);
        UsersSortIndex::merge(m_order, rows, less);
        relayout(visibleRows(), QAbstractItemModel::NoLayoutChangeHint);
        if (!m_rows.isEmpty())
            changed(0, int(m_rows.size()) - 1);
        return;
    }
    {
        const int row = first;
        // Its place among all rows...
        m_order.removeOne(row);
        m_order.insert(std::upper_bound(m_order.cbegin(), m_order.cend(), row, less), row);
        // ...and among the visible ones.
        const int was = row < m_proxyOf.size() ? m_proxyOf.at(row) : -1;
        const bool shows = acceptsRow(row);
        if (was >= 0 && !shows) {
            removeVisible(was);
        } else if (was < 0 && shows) {
            insertVisible(row);
        } else if (was >= 0) {
            const bool inPlace = (was == 0 || before(m_rows.at(was - 1), row))
                && (was + 1 == m_rows.size() || before(row, m_rows.at(was + 1)));
            if (!inPlace) {
                QVector<int> rows = m_rows;
                rows.remove(was);
                rows.insert(std::upper_bound(rows.cbegin(), rows.cend(), row, less), row);
                relayout(std::move(rows), QAbstractItemModel::VerticalSortHint);
            }
            changed(m_proxyOf.at(row), m_proxyOf.at(row));
        }
    }
}

void UsersFilterProxy::onSourceAboutToBeReset()
{
    beginResetModel();
    forgetRows(); // whatever the source holds until modelReset, no old row is read again
}

void UsersFilterProxy::forgetRows()
{
    m_order.clear();
    m_rows.clear();
    m_proxyOf.clear();
    m_sortIndex.clear();
    m_matches.clear();
}

void UsersFilterProxy::onSourceReset()
{
    m_matches.clear();
    m_sortIndex.rebuild(*m_users);
    sortAll();
    m_rows = visibleRows();
    indexRows();
    endResetModel();
}

void UsersFilterProxy::applyFilters()
{
    if (!m_users)
        return;
    QVector<int> rows = visibleRows();
    if (rows != m_rows) // typing often changes nothing in a large account
        relayout(std::move(rows), QAbstractItemModel::NoLayoutChangeHint);
}

void UsersFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (!m_matches.setNeedle(m_users, UsersModel::foldKey(text.trimmed()))) {
        Q_EMIT filtersChanged(); // the same rows, but the words shown about them follow the text
        return;
    }
    applyFilters();
    m_matches.settle();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::setRoleFilter(const std::optional<QString> &role)
{
    if (role == m_role)
        return;
    m_role = role;
    applyFilters();
    Q_EMIT filtersChanged();
}

QList<UserStatus> UsersFilterProxy::statusFilters() const
{
    QList<UserStatus> statuses;
    for (int s = 0; s < kUserStatusCount; ++s) {
        if (m_statusMask & (1u << s))
            statuses.append(UserStatus(s));
    }
    return statuses;
}

void UsersFilterProxy::setStatusFilters(const QList<UserStatus> &statuses)
{
    unsigned mask = 0;
    for (const UserStatus status : statuses)
        mask |= 1u << int(status);
    if (mask == (1u << kUserStatusCount) - 1)
        mask = 0; // every status is no filter
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    applyFilters();
    Q_EMIT filtersChanged();
}

std::optional<UserStatus> UsersFilterProxy::statusFilter() const
{
    const QList<UserStatus> statuses = statusFilters();
    return statuses.size() == 1 ? std::optional<UserStatus>(statuses.first()) : std::nullopt;
}

void UsersFilterProxy::setStatusFilter(std::optional<UserStatus> status)
{
    setStatusFilters(status ? QList<UserStatus> { *status } : QList<UserStatus> {});
}

void UsersFilterProxy::setLastLoginFilter(LastLogin filter, const QDateTime &now)
{
    if (filter == m_lastLogin && (filter == LastLogin::Any || now == m_loginNow))
        return;
    m_lastLogin = filter;
    m_loginNow = now;
    applyFilters();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::clearFilters()
{
    if (!isFiltering() && m_text.isEmpty())
        return;
    m_text.clear();
    m_matches.reset();
    m_role.reset();
    m_statusMask = 0;
    m_lastLogin = LastLogin::Any;
    applyFilters();
    Q_EMIT filtersChanged();
}

QString UsersFilterProxy::userIdAt(int proxyRow) const
{
    if (!m_users || proxyRow < 0 || proxyRow >= m_rows.size()
        || m_rows.at(proxyRow) >= m_users->rowCount())
        return {};
    return m_users->userAt(m_rows.at(proxyRow)).id;
}

int UsersFilterProxy::proxyRowOf(const QString &userId) const
{
    if (!m_users)
        return -1;
    const int sourceRow = m_users->rowOf(userId);
    return sourceRow >= 0 && sourceRow < m_proxyOf.size() ? m_proxyOf.at(sourceRow) : -1;
}

bool UsersFilterProxy::acceptsRow(int sourceRow) const
{
    if (!m_users || sourceRow < 0 || sourceRow >= m_users->rowCount())
        return false;
    if (m_statusMask != 0 && !(m_statusMask & (1u << int(m_users->statusAt(sourceRow)))))
        return false;
    const ftapi::User &user = m_users->userAt(sourceRow);
    if (m_role && (m_role->isEmpty() ? user.role.has_value() : user.role != *m_role))
        return false;
    if (m_lastLogin != LastLogin::Any
        && !lastLoginMatches(m_lastLogin, user.loggedInAt, m_loginNow))
        return false;
    return m_matches.needle().isEmpty() || m_matches.matches(*m_users, sourceRow);
}

} // namespace ftmodels

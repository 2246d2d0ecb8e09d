#include "usersfilterproxy.h"

#include "usersmodel.h"

#include <QTimer>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

namespace ftmodels {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::min();
}

UsersFilterProxy::UsersFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::SortValueRole);
}

void UsersFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *users = qobject_cast<UsersModel *>(model);
    Q_ASSERT_X(!model || users, "UsersFilterProxy", "the source must be a UsersModel");
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    forgetRanks();
    forgetMatches();
    m_users = users;
    if (users) {
        // Connected before QSortFilterProxyModel's own handlers, so that no stale rank is
        // read while it places changed rows. Appended rows keep the others' ranks valid.
        connect(users, &QAbstractItemModel::dataChanged, this, &UsersFilterProxy::forgetRanks);
        // Remembered text matches are by row: edits and removals make them stale.
        connect(users, &QAbstractItemModel::dataChanged, this, &UsersFilterProxy::forgetMatches);
        connect(users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &UsersFilterProxy::forgetMatches);
        connect(users, &QAbstractItemModel::modelAboutToBeReset, this,
                &UsersFilterProxy::forgetMatches);
        connect(users, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &UsersFilterProxy::forgetMatches);
        connect(users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &UsersFilterProxy::forgetRanks);
        connect(users, &QAbstractItemModel::modelAboutToBeReset, this,
                &UsersFilterProxy::forgetRanks);
        connect(users, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &UsersFilterProxy::forgetRanks);
        connect(users, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this, users](const QModelIndex &, int first) {
                    if (first < users->rowCount())
                        forgetRanks();
                });
        connect(users, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { keepOrder(first, last); });
        connect(users, &UsersModel::loadingChanged, this, &UsersFilterProxy::onSourceLoadingChanged);
        connect(users, &QObject::destroyed, this, [this] { m_users = nullptr; });
    }
    QSortFilterProxyModel::setSourceModel(users);
    if (users && users->isLoading())
        onSourceLoadingChanged(true);
}

void UsersFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_deferSort)
        return; // applied when the list is complete
    m_bulk = true;
    QSortFilterProxyModel::sort(column, order);
    m_bulk = false;
}

void UsersFilterProxy::onSourceLoadingChanged(bool loading)
{
    if (loading) {
        // Only a first load is deferred: a refresh merges few changes into sorted rows.
        if (m_users->hasLoaded() || m_users->rowCount() > 0 || m_deferSort)
            return;
        m_deferSort = true;
        QSortFilterProxyModel::sort(-1, m_sortOrder); // the empty list, in server order
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
    // The order kept page by page becomes the ranks: the sort below compares integers.
    if (m_users && m_sortColumn >= 0 && m_orderColumn == m_sortColumn
        && m_order.size() == m_users->rowCount()) {
        m_ranks.resize(m_order.size());
        for (int position = 0; position < m_order.size(); ++position)
            m_ranks[m_order.at(position)] = position;
        m_rankColumn = m_sortColumn;
    }
    m_order.clear();
    m_orderColumn = -1;
    sort(m_sortColumn, m_sortOrder);
}

void UsersFilterProxy::keepOrder(int first, int last)
{
    if (!m_deferSort || m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const auto less = [this, column](int a, int b) { return compareRows(a, b, column) < 0; };
    if (m_orderColumn != column || m_order.size() != first) {
        // Out of step (a new sort column, a change in between): start again from all rows.
        m_order.resize(last + 1);
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), less);
        m_orderColumn = column;
        return;
    }
    // One page: sort it, then find each new row's place by binary search (a page of k rows
    // costs k log n comparisons of strings, not n) and splice in one pass of copies.
    QVector<int> fresh(last - first + 1);
    std::iota(fresh.begin(), fresh.end(), first);
    std::sort(fresh.begin(), fresh.end(), less);
    QVector<int> merged;
    merged.reserve(m_order.size() + fresh.size());
    auto from = m_order.cbegin();
    for (const int row : std::as_const(fresh)) {
        const auto at = std::upper_bound(from, m_order.cend(), row, less);
        std::copy(from, at, std::back_inserter(merged));
        merged.append(row);
        from = at;
    }
    std::copy(from, m_order.cend(), std::back_inserter(merged));
    m_order = std::move(merged);
}

void UsersFilterProxy::refilter()
{
    m_bulk = true;
    invalidate(); // one layoutChanged and one pass, see the class comment
    m_bulk = false;
}

void UsersFilterProxy::applyFilters()
{
    if (!m_users) {
        refilter();
        return;
    }
    // Count the rows whose visibility changes (the answers are remembered for the pass that
    // may follow). None: nothing to do, a common case while typing in a large account. A few:
    // QSortFilterProxyModel's incremental update is cheapest. Many: one rebuild.
    constexpr int kIncrementalLimit = 32;
    const int rows = m_users->rowCount();
    int changes = 0;
    for (int row = 0; row < rows && changes <= kIncrementalLimit; ++row) {
        const bool now = filterAcceptsRow(row, {});
        const bool before = mapFromSource(m_users->index(row, 0)).isValid();
        changes += now != before ? 1 : 0;
    }
    if (changes == 0)
        return;
    if (changes <= kIncrementalLimit)
        invalidateFilter();
    else
        refilter();
}

void UsersFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString needle = UsersModel::foldKey(text.trimmed());
    if (needle == m_needle)
        return;
    // The answers for the old text help with the new one (see textMatches()).
    m_previousMatch = std::exchange(m_match, {});
    m_narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_widening = !needle.isEmpty() && m_needle.contains(needle);
    if (!m_narrowing && !m_widening)
        m_previousMatch.clear();
    m_needle = needle;
    applyFilters();
    m_previousMatch.clear();
    m_narrowing = m_widening = false;
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

void UsersFilterProxy::setStatusFilter(std::optional<UserStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    applyFilters();
    Q_EMIT filtersChanged();
}

void UsersFilterProxy::clearFilters()
{
    if (!isFiltering() && m_text.isEmpty())
        return;
    m_text.clear();
    m_needle.clear();
    m_role.reset();
    m_status.reset();
    forgetMatches();
    applyFilters();
    Q_EMIT filtersChanged();
}

QString UsersFilterProxy::userIdAt(int proxyRow) const
{
    if (!m_users || proxyRow < 0 || proxyRow >= rowCount())
        return {};
    const int sourceRow = mapToSource(index(proxyRow, 0)).row();
    return sourceRow >= 0 ? m_users->userAt(sourceRow).id : QString();
}

int UsersFilterProxy::proxyRowOf(const QString &userId) const
{
    if (!m_users)
        return -1;
    const int sourceRow = m_users->rowOf(userId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_users->index(sourceRow, 0)).row();
}

bool UsersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return false;
    if (m_status && m_users->statusAt(sourceRow) != *m_status)
        return false;
    if (m_role) {
        const std::optional<QString> &role = m_users->userAt(sourceRow).role;
        if (m_role->isEmpty() ? role.has_value() : role != *m_role)
            return false;
    }
    return m_needle.isEmpty() || textMatches(sourceRow);
}

namespace {

// A plain scan: for keys of a few dozen characters it beats QString::contains(), whose
// per-call setup dominates when it runs 100,000 times per keystroke.
bool containsKey(QStringView haystack, QStringView needle)
{
    const qsizetype n = needle.size();
    if (haystack.size() < n)
        return false;
    const QChar first = needle.front();
    const QChar *h = haystack.data();
    const QChar *last = h + (haystack.size() - n);
    for (; h <= last; ++h) {
        if (*h == first && std::equal(needle.begin() + 1, needle.end(), h + 1))
            return true;
    }
    return false;
}

} // namespace

bool UsersFilterProxy::textMatches(int row) const
{
    if (row < m_match.size() && m_match.at(row) >= 0)
        return m_match.at(row) == 1; // already answered for this text
    // What the previous filter text decided still holds when the text only grew (a row it
    // rejected stays rejected) or only shrank (a row it accepted stays accepted).
    if (row < m_previousMatch.size()) {
        const signed char before = m_previousMatch.at(row);
        if (before == 0 && m_narrowing)
            return remember(row, false);
        if (before == 1 && m_widening)
            return remember(row, true);
    }
    return remember(row, containsKey(m_users->nameKeyAt(row), m_needle)
                              || containsKey(m_users->emailKeyAt(row), m_needle));
}

bool UsersFilterProxy::remember(int row, bool matches) const
{
    if (row >= m_match.size())
        m_match.resize(m_users->rowCount(), -1);
    m_match[row] = matches ? 1 : 0;
    return matches;
}

void UsersFilterProxy::forgetMatches() const
{
    m_match.clear();
    m_previousMatch.clear();
    m_narrowing = m_widening = false;
}

bool UsersFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return false;
    const int l = left.row();
    const int r = right.row();
    const int column = left.column();
    const auto ranked = [&] {
        return m_rankColumn == column && l < m_ranks.size() && r < m_ranks.size();
    };
    if (!ranked() && m_bulk)
        computeRanks(column);
    if (ranked())
        return m_ranks.at(l) < m_ranks.at(r);
    return compareRows(l, r, column) < 0;
}

void UsersFilterProxy::forgetRanks() const
{
    m_ranks.clear();
    m_rankColumn = -1;
    m_order.clear();
    m_orderColumn = -1;
}

void UsersFilterProxy::computeRanks(int column) const
{
    const int rows = m_users->rowCount();
    QVector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return compareRows(a, b, column) < 0; });
    m_ranks.resize(rows);
    for (int position = 0; position < rows; ++position)
        m_ranks[order.at(position)] = position;
    m_rankColumn = column;
}

int UsersFilterProxy::compareRows(int l, int r, int column) const
{
    const ftapi::User &a = m_users->userAt(l);
    const ftapi::User &b = m_users->userAt(r);

    int order = 0;
    switch (column) {
    case UsersModel::NameColumn:
        break; // the tie-break below is the name
    case UsersModel::EmailColumn:
        order = m_users->emailKeyAt(l).compare(m_users->emailKeyAt(r));
        break;
    case UsersModel::RoleColumn:
        // "No account role" sorts first.
        order = a.role.value_or(QString()).compare(b.role.value_or(QString()), Qt::CaseInsensitive);
        break;
    case UsersModel::StatusColumn:
        order = int(m_users->statusAt(l)) - int(m_users->statusAt(r));
        break;
    case UsersModel::LastLoginColumn: {
        // "never" is older than any date.
        const qint64 x = a.loggedInAt ? a.loggedInAt->toMSecsSinceEpoch() : kNever;
        const qint64 y = b.loggedInAt ? b.loggedInAt->toMSecsSinceEpoch() : kNever;
        order = x < y ? -1 : (x > y ? 1 : 0);
        break;
    }
    case UsersModel::CreatedColumn: {
        const qint64 x = a.createdAt.isValid() ? a.createdAt.toMSecsSinceEpoch() : kNever;
        const qint64 y = b.createdAt.isValid() ? b.createdAt.toMSecsSinceEpoch() : kNever;
        order = x < y ? -1 : (x > y ? 1 : 0);
        break;
    }
    default:
        break;
    }
    if (order == 0)
        order = m_users->nameKeyAt(l).compare(m_users->nameKeyAt(r));
    if (order == 0)
        order = m_users->emailKeyAt(l).compare(m_users->emailKeyAt(r));
    if (order == 0)
        order = l - r; // a total order, so ranks and direct comparisons agree
    return order;
}

} // namespace ftmodels

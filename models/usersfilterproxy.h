#pragma once

#include "userstatus.h"

#include <QSortFilterProxyModel>
#include <QVector>

#include <optional>

namespace ftmodels {

class UsersModel;

// The users table as the view shows it: filtered by a text (matched, case- and
// accent-insensitively, against name and e-mail), by account role and by status, and sorted
// by each column's natural value (dates as dates, "never" before any date, statuses in their
// enum order), ties broken by name.
//
// Built for 50,000 rows. It reads UsersModel's rows directly, never through data(). A filter
// change rebuilds the mapping in one pass (one layoutChanged) instead of QSortFilterProxyModel's
// row-range-by-row-range removal, which costs a full remapping per range. Big sorts compare
// precomputed ranks instead of strings. And while the first load of an account is under way,
// rows are shown in the server's order and sorted once the list is complete: sorted insertion
// of a page scattered over a long list costs a remapping per inserted row.
class UsersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a UsersModel, or nothing
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The sort asked for (what the header shows); sortColumn() is -1 while it is deferred.
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }
    bool isSortDeferred() const { return m_deferSort; }

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // nullopt: any role; an empty string: users without an account role; else that role.
    std::optional<QString> roleFilter() const { return m_role; }
    void setRoleFilter(const std::optional<QString> &role);

    std::optional<UserStatus> statusFilter() const { return m_status; }
    void setStatusFilter(std::optional<UserStatus> status);

    bool isFiltering() const { return !m_needle.isEmpty() || m_role || m_status; }
    void clearFilters();

    // The user id of a proxy row (empty when out of range).
    QString userIdAt(int proxyRow) const;
    int proxyRowOf(const QString &userId) const; // -1 when hidden or unknown

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void applyFilters(); // after a filter change: nothing, an incremental update or a rebuild
    void onSourceLoadingChanged(bool loading);
    void applyDeferredSort();
    void keepOrder(int first, int last); // while deferred: merge appended rows into m_order
    void forgetRanks() const;
    bool textMatches(int row) const;
    bool remember(int row, bool matches) const;
    void forgetMatches() const;
    void computeRanks(int column) const;
    int compareRows(int left, int right, int column) const; // a total order

    UsersModel *m_users = nullptr; // cleared when it is destroyed
    QString m_text;
    QString m_needle; // m_text folded like UsersModel's keys
    std::optional<QString> m_role;
    std::optional<UserStatus> m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_deferSort = false;
    bool m_bulk = false; // inside a whole-list sort or refilter: ranks are worth computing
    mutable QVector<int> m_ranks; // source row -> position in m_rankColumn's ascending order
    mutable int m_rankColumn = -1;
    // While the sort is deferred: every source row in the requested column's ascending order,
    // merged page by page, so the final sort does not start from scratch.
    mutable QVector<int> m_order;
    mutable int m_orderColumn = -1;
    // Text matches by source row for m_needle (1 yes, 0 no, -1 not asked), and the previous
    // text's while a new one is applied.
    mutable QVector<signed char> m_match;
    mutable QVector<signed char> m_previousMatch;
    mutable bool m_narrowing = false;
    mutable bool m_widening = false;
};

} // namespace ftmodels

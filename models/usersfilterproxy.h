#pragma once

#include "lastlogin.h"
#include "userssortindex.h"
#include "userstatus.h"
#include "userstextmatches.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QList>
#include <QVector>

#include <optional>

namespace ftmodels {

class UsersModel;

// The users table as the view shows it: filtered by a text (matched, case- and
// accent-insensitively, against name and e-mail), by account role, by any of several statuses
// and by when people last signed in, and sorted
// by each column's natural value (dates as dates, "never" before any date, statuses in their
// enum order), ties broken by name.
//
// Built for 50,000 rows, which is why it is not a QSortFilterProxyModel: that one re-sorts the
// visible rows whenever a filter change brings many back, and places rows through QModelIndex
// comparisons. This proxy keeps every source row in display order (m_order, hidden rows
// included) and derives the visible rows from it, so a filter change is one pass over the
// rows and never a sort. It reads UsersModel's rows directly, never through data().
//
// A sort by a column is a pass over the rows in name and e-mail order, kept ready as rows come
// (UsersSortIndex), never a comparison sort on the click; the text filter scans one block of
// all names and e-mails (UsersTextIndex).
//
// Signals: a filter or sort change is one layoutChanged (persistent indexes follow their
// rows, or become invalid when hidden). A single change in the source (an invite, an edit,
// a delete) is a row insert, dataChanged or remove; a large one, or an edit of several rows
// at once, is one layoutChanged. While
// the first load of an account is under way, rows are shown in the server's order and
// sorted once the list is complete: placing each page's rows into a long sorted list would
// cost the views a remapping per page.
class UsersFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit UsersFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a UsersModel, or nothing

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort in effect: -1 while unsorted or while the first load defers it.
    int sortColumn() const { return m_deferSort ? -1 : m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The sort asked for (what the header shows).
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }
    bool isSortDeferred() const { return m_deferSort; }

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // nullopt: any role; an empty string: users without an account role; else that role.
    std::optional<QString> roleFilter() const { return m_role; }
    void setRoleFilter(const std::optional<QString> &role);

    // Several statuses at once: a user in any of them is shown; none listed: any status.
    QList<UserStatus> statusFilters() const;
    void setStatusFilters(const QList<UserStatus> &statuses);
    // The one status filtered on, or nullopt for any status (or for several).
    std::optional<UserStatus> statusFilter() const;
    void setStatusFilter(std::optional<UserStatus> status);

    // When people last signed in, measured from `now` (the time the filter was set, so that
    // the rows do not change under the person's eyes as the clock moves).
    LastLogin lastLoginFilter() const { return m_lastLogin; }
    void setLastLoginFilter(LastLogin filter,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool isFiltering() const
    {
        return !m_matches.needle().isEmpty() || m_role || m_statusMask != 0
            || m_lastLogin != LastLogin::Any;
    }
    void clearFilters();

    // Whether a source row passes the filters (whether or not it is shown yet).
    bool acceptsRow(int sourceRow) const;

    // The user id of a proxy row (empty when out of range).
    QString userIdAt(int proxyRow) const;
    int proxyRowOf(const QString &userId) const; // -1 when hidden or unknown

Q_SIGNALS:
    void filtersChanged();

private:
    // ---- the source's signals
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void forgetRows(); // every row, order and match: nothing is shown
    void onSourceLoadingChanged(bool loading);

    // ---- order and visibility
    bool before(int left, int right) const; // display order of two source rows
    void sortAll(); // m_order from scratch
    void applyDeferredSort();
    QVector<int> visibleRows() const; // m_order filtered
    void indexRows(); // m_proxyOf from m_rows
    // Replaces the visible rows with `rows` inside layoutAboutToBeChanged/layoutChanged,
    // moving persistent indexes with their source rows.
    void relayout(QVector<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void insertVisible(int sourceRow); // one row into m_rows at its place, with signals
    void removeVisible(int proxyRow); // with signals
    void applyFilters();

    UsersModel *m_users = nullptr; // cleared when it is destroyed
    QString m_text;
    std::optional<QString> m_role;
    unsigned m_statusMask = 0; // bit n: UserStatus(n) shown; 0: every status
    LastLogin m_lastLogin = LastLogin::Any;
    QDateTime m_loginNow;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_deferSort = false;

    QVector<int> m_order; // every source row, in display order
    QVector<int> m_rows; // proxy row -> source row: m_order's rows that pass the filters
    QVector<int> m_proxyOf; // source row -> proxy row, -1 when hidden
    // Every source row in name and in e-mail order, kept as rows come and go (also while the
    // sort is deferred, so the final sort and a click meanwhile are a pass, not a sort).
    UsersSortIndex m_sortIndex;
    mutable UsersTextMatches m_matches; // for m_text; asked from const functions
};

} // namespace ftmodels

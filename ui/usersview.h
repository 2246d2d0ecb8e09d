#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>

class QTableView;

namespace ftmodels {
class Session;
class UsersFilterProxy;
} // namespace ftmodels

namespace ftui {

class EmptyState;
class FilterBar;

// The left side of the window: the filter bar over the users table (a UsersFilterProxy over
// the session's UsersModel), with explained empty states. The selected row is the session's
// current user, and only a row shown can be: a person the filters hide is deselected and no
// longer current (the details and every action on them wait), and is selected again when the
// filters show them once more, unless someone else was chosen meanwhile. Several rows can be
// selected (Shift or Ctrl with a click or the arrows, Ctrl+A): the current user is then the focused
// one, and selectedUserIds() has them all.
class UsersView : public QWidget
{
    Q_OBJECT

public:
    explicit UsersView(ftmodels::Session *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    ftmodels::UsersFilterProxy *proxy() const { return m_proxy; }
    EmptyState *emptyState() const { return m_empty; }

    QString selectedUserId() const;
    bool selectUser(const QString &userId); // false when hidden by the filter or unknown
    QStringList selectedUserIds() const; // in the table's order
    int selectedCount() const;
    // Selects these people (those the filter shows); returns how many could be selected.
    int selectUsers(const QStringList &userIds);
    void selectAll();
    void focusFilter();

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // The width that shows every column as wide as it is now, with the frame and the
    // vertical scroll bar: what the window gives the table when it can.
    int columnsWidth() const;

Q_SIGNALS:
    void userActivated(const QString &userId); // double-click or Enter
    void selectedUsersChanged(); // selectedUserIds() changed

private:
    void onSelectionChanged();
    void syncSelection();
    void fitRoleColumn(); // room for the account's role names once they are known
    void updateEmptyState();
    bool hiddenByFilters(const QString &userId) const; // in the account, not shown
    void selectRowQuietly(int proxyRow); // -1: nothing; the session is not told

    ftmodels::Session *m_session = nullptr; // outlives the widget
    ftmodels::UsersFilterProxy *m_proxy = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr;
    bool m_loadFailed = false;
    bool m_syncing = false; // the selection is being made to follow the session
    bool m_removing = false; // between rowsAboutToBeRemoved and rowsRemoved
    // The least width of the columns whose texts are few and known (status, last login, and the
    // role once the account's roles are in), kept over widths saved in another font or language.
    QVector<int> m_leastWidths;
    QString m_hiddenUserId; // the person the filters took out of view, to select on return
};

} // namespace ftui

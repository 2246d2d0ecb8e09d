#pragma once

#include "userstatus.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace ftmodels {

class UsersModel;

// The users table as the view shows it: filtered by a text (matched, case- and
// accent-insensitively, against name and e-mail), by account role and by status, and sorted
// by each column's natural value (dates as dates, "never" before any date, statuses in their
// enum order), ties broken by name. Reads UsersModel's rows directly, never through data(),
// so a keystroke over 50,000 rows stays well under a frame.
class UsersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a UsersModel, or nothing

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
    QPointer<UsersModel> m_users;
    QString m_text;
    QString m_needle; // m_text folded like UsersModel's keys
    std::optional<QString> m_role;
    std::optional<UserStatus> m_status;
};

} // namespace ftmodels

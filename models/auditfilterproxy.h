#pragma once

#include "auditrow.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace ftmodels {

class AuditModel;

// The audit table as the window shows it: filtered by user (text matched against name and
// e-mail, case- and accent-insensitively), by target (name or id), by kind, by role, and by
// hygiene flags (a row passes when it carries any of the chosen flags), and sorted by each
// column's natural value. Reads AuditModel's rows directly, not through data().
class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // an AuditModel, or nothing

    QString userFilter() const { return m_userText; }
    void setUserFilter(const QString &text);
    QString targetFilter() const { return m_targetText; }
    void setTargetFilter(const QString &text);
    std::optional<AuditKind> kindFilter() const { return m_kind; }
    void setKindFilter(std::optional<AuditKind> kind);
    // nullopt: any role; an empty string: rows without a role; otherwise that role exactly.
    std::optional<QString> roleFilter() const { return m_role; }
    void setRoleFilter(const std::optional<QString> &role);
    AuditFlags flagFilter() const { return m_flags; } // empty: no flag filter
    void setFlagFilter(AuditFlags flags);
    void setFlagFiltered(AuditFlag flag, bool on);

    bool isFiltering() const;
    void clearFilters();

    // The AuditModel row of a proxy row (-1 when out of range).
    int sourceRowAt(int proxyRow) const;

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QPointer<AuditModel> m_audit;
    QString m_userText;
    QString m_userNeedle;
    QString m_targetText;
    QString m_targetNeedle;
    std::optional<AuditKind> m_kind;
    std::optional<QString> m_role;
    AuditFlags m_flags;
};

} // namespace ftmodels

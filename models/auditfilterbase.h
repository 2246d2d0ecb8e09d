#pragma once

#include "auditrow.h"

#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <optional>

namespace ftmodels {

// What the audit's two tables filter on alike: user (text matched against name and e-mail,
// case- and accent-insensitively), target (name or id), kind, role, and hygiene flags (a row
// passes when it carries any of the chosen flags, or all of them); and how they sort, by each
// column's natural value with ties in the model's own order. AuditFilterProxy (memberships) and
// EffectiveFilterProxy (effective access) say how their rows answer.
class AuditFilterBase : public QSortFilterProxyModel
{
    Q_OBJECT

public:
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
    // false (the default): a row passes with any of the chosen flags; true: only with all.
    bool flagsMatchAll() const { return m_flagsMatchAll; }
    void setFlagsMatchAll(bool all);
    // The filters in use, for an export to say what it left out: only those set, with
    // "user", "target", "kind", "role", "flags" and "flags_match" ("any" or "all").
    virtual QJsonObject filterDescription() const;

    virtual bool isFiltering() const;
    virtual void clearFilters();

    // The source row of a proxy row (-1 when out of range).
    int sourceRowAt(int proxyRow) const;

Q_SIGNALS:
    void filtersChanged();

protected:
    AuditFilterBase(int sortRole, QObject *parent);

    // The common filters for a row whose folded keys, kind and flags are given.
    bool passesCommonFilters(const QString &userKey, const QString &targetKey, AuditKind kind,
                             AuditFlags flags) const;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    void refilter();
    void clearCommonFilters();

private:
    QString m_userText;
    QString m_userNeedle;
    QString m_targetText;
    QString m_targetNeedle;
    std::optional<AuditKind> m_kind;
    std::optional<QString> m_role;
    AuditFlags m_flags;
    bool m_flagsMatchAll = false;
};

} // namespace ftmodels

#pragma once

#include "snapshotdiff.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace ftmodels {

// Filters a DiffModel: by the types of change shown (all by default) and by a text found in the
// person's name, e-mail or id or the target's name or id (any case). A filter change is one
// invalidation, so the pivots over it rebuild once.
class DiffFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiffFilterProxy(QObject *parent = nullptr);

    void setTypes(const QSet<AccessChange::Type> &types); // empty: every type
    QSet<AccessChange::Type> types() const { return m_types; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<AccessChange::Type> m_types;
    QString m_text;
};

} // namespace ftmodels

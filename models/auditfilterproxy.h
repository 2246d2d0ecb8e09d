#pragma once

#include "auditfilterbase.h"

#include <QPointer>

namespace ftmodels {

class AuditModel;

// The audit table as the window shows it: AuditFilterBase's filters over an AuditModel (the
// role filter matches the row's role exactly), sorted by each column's natural value. Reads
// AuditModel's rows directly, not through data().
class AuditFilterProxy : public AuditFilterBase
{
    Q_OBJECT

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // an AuditModel, or nothing

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<AuditModel> m_audit;
};

} // namespace ftmodels

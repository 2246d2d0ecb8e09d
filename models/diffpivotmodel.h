#pragma once

#include "pivotmodelbase.h"

namespace ftmodels {

class DiffModel;

// The changes of a comparison grouped as the audit's pivots group access: by person (each
// person's changes below them) or by destination or connection (the changes on it; changes
// without a target, such as an account role, are left out). Follows a DiffFilterProxy.
class DiffPivotModel : public PivotModelBase
{
    Q_OBJECT

public:
    enum class Mode { ByPerson, ByTarget };
    enum Column { NameColumn, ChangesColumn, WhyColumn, ColumnCount };

    explicit DiffPivotModel(Mode mode, QObject *parent = nullptr);
    ~DiffPivotModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QAbstractItemModel *baseModelOf(QAbstractItemModel *model) const override;
    int sourceRowRole() const override;
    int groupIdOfRow(int baseRow) const override;
    QString groupKeyOfRow(int baseRow) const override;
    AuditFlags flagsOfRow(int baseRow) const override;

private:
    const DiffModel *diff() const;

    Mode m_mode;
};

} // namespace ftmodels

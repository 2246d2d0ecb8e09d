#pragma once

#include "auditrow.h"
#include "pivotmodelbase.h"

#include <QPointer>

namespace ftmodels {

class AuditModel;

// A pivot of the audit as a two-level tree. By user: one top row per person with everything
// that person can reach below it ("what can this person reach?"). By target: one top row per
// destination, connection (and the account itself) with everyone who can reach it and with
// which role ("who can reach this, and how?"). The source is an AuditModel or any proxy over
// one (the window uses its AuditFilterProxy, so the pivots follow the filters); groups and
// their rows keep the source's order. Rebuilt in one reset whenever the source changes.
class AuditPivotModel : public PivotModelBase
{
    Q_OBJECT

public:
    enum class Mode { ByUser, ByTarget };
    Q_ENUM(Mode)

    enum Column {
        LabelColumn,
        DetailColumn,
        RoleColumn,
        SinceColumn,
        FlagsColumn,
        CountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        GroupKeyRole = Qt::UserRole + 1, // QString: groupKeyOf() of the group (both levels)
        SourceRowRole, // int: the AuditModel row of a child; -1 on a group
        IsGroupRole, // bool
        FlagsRole, // int(AuditFlags): the row's, or the union of a group
    };

    explicit AuditPivotModel(Mode mode, QObject *parent = nullptr);
    ~AuditPivotModel() override;

    Mode mode() const { return m_mode; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "user id" by user; "kind:target id" by target ("account:" for account rows).
    static QString groupKeyOf(Mode mode, const AuditRow &row);

protected:
    QAbstractItemModel *baseModelOf(QAbstractItemModel *model) const override;
    int sourceRowRole() const override;
    int groupIdOfRow(int baseRow) const override;
    QString groupKeyOfRow(int baseRow) const override;
    AuditFlags flagsOfRow(int baseRow) const override;

private:
    QString groupLabel(const AuditRow &first) const;
    QVariant groupData(const Group &group, const AuditRow &first, int column, int role) const;
    QVariant rowData(const AuditRow &row, int column, int role) const;
    const AuditModel *audit() const;

    Mode m_mode;
};

} // namespace ftmodels

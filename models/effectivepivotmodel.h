#pragma once

#include "pivotmodelbase.h"

namespace ftmodels {

class EffectiveModel;

// Effective access as a two-level tree. By person: one top row per person with every
// destination and connection they reach below it, with the level and why ("what can this
// person really reach?"). By target: one top row per destination or connection with everyone
// who reaches it ("who can really reach this, and how?"). The source is an EffectiveModel or a
// proxy over one (the window's EffectiveFilterProxy, so the pivots follow the filters).
// People are listed by name, targets destinations first and then by name, at both levels.
class EffectivePivotModel : public PivotModelBase
{
    Q_OBJECT

public:
    enum class Mode { ByPerson, ByTarget };
    Q_ENUM(Mode)

    enum Column { LabelColumn, DetailColumn, LevelColumn, ReasonsColumn, FlagsColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        GroupKeyRole = Qt::UserRole + 1, // QString: groupKeyOf() of the group (both levels)
        SourceRowRole, // int: the EffectiveModel row of a child; -1 on a group
        IsGroupRole, // bool
        LevelRole, // int(AccessLevel) of a child
        FlagsRole, // int(AuditFlags): the row's, or the union of a group
    };

    explicit EffectivePivotModel(Mode mode, QObject *parent = nullptr);
    ~EffectivePivotModel() override;

    Mode mode() const { return m_mode; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "user id" by person; "kind:target id" by target.
    static QString groupKeyOf(Mode mode, const EffectiveModel &model, int row);

protected:
    QAbstractItemModel *baseModelOf(QAbstractItemModel *model) const override;
    int sourceRowRole() const override;
    int groupIdOfRow(int baseRow) const override;
    QString groupKeyOfRow(int baseRow) const override;
    AuditFlags flagsOfRow(int baseRow) const override;
    bool ranksRows() const override { return true; }
    int groupRank(int firstBaseRow) const override;
    int rowRank(int baseRow) const override;

private:
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant rowData(int row, int column, int role) const;
    const EffectiveModel *effective() const;

    Mode m_mode;
};

} // namespace ftmodels

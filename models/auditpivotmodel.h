#pragma once

#include "auditrow.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace ftmodels {

class AuditModel;

// A pivot of the audit as a two-level tree. By user: one top row per person with everything
// that person can reach below it ("what can this person reach?"). By target: one top row per
// destination, connection (and the account itself) with everyone who can reach it and with
// which role ("who can reach this, and how?"). The source is an AuditModel or any proxy over
// one (the window uses its AuditFilterProxy, so the pivots follow the filters); groups and
// their rows keep the source's order. Rebuilt in one reset whenever the source changes.
class AuditPivotModel : public QAbstractItemModel
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
    void setSourceModel(QAbstractItemModel *rows); // an AuditModel or a proxy chain over one
    QAbstractItemModel *sourceModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int groupCount() const { return int(m_groups.size()); }
    QString groupKey(int group) const { return m_groups.at(group).key; }
    QVector<int> groupRows(int group) const { return m_groups.at(group).rows; }
    int groupOf(const QString &key) const { return m_groupIndex.value(key, -1); }

    // "user id" by user; "kind:target id" by target ("account:" for account rows).
    static QString groupKeyOf(Mode mode, const AuditRow &row);

private:
    struct Group
    {
        QString key;
        QVector<int> rows; // AuditModel rows
        AuditFlags flags; // union of the rows'
        QString accountRole; // by user: the role of the account row, when it is in the group
        bool hasAccount = false;
    };

    void rebuild();
    void connectSource();
    QString groupLabel(const AuditRow &first) const;
    QVariant groupData(const Group &group, const AuditRow &first, int column, int role) const;
    QVariant rowData(const AuditRow &row, int column, int role) const;

    Mode m_mode;
    QPointer<QAbstractItemModel> m_source;
    QPointer<AuditModel> m_audit;
    QVector<Group> m_groups;
    QHash<QString, int> m_groupIndex;
};

} // namespace ftmodels

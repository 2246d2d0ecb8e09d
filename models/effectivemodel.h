#pragma once

#include "auditresult.h"
#include "effectiveaccess.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ftmodels {

// Everyone's effective access as one flat table: one row per person and destination or
// connection they reach, with the level and the reasons in words (AccessReasons), in the
// order of EffectiveAccess (user id, kind, target id). Filled in one reset when an audit
// finishes; filtering and sorting are EffectiveFilterProxy's, the pivots EffectivePivotModel's.
// The reasons are worded when a row is shown, not stored: the paths are asked of the graph.
class EffectiveModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        EmailColumn,
        KindColumn,
        TargetColumn,
        LevelColumn,
        ReasonsColumn,
        FlagsColumn,
        UserIdColumn,
        TargetIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        UserIdRole = Qt::UserRole + 1, // QString
        TargetIdRole, // QString
        KindRole, // int(AuditKind)
        LevelRole, // int(AccessLevel)
        ViasRole, // int: AccessGraph::viaMask() of the row's paths
        FlagsRole, // int(AuditFlags)
        SortValueRole, // the column's natural value
        SourceRowRole, // int: this model's row, readable through proxies
    };

    explicit EffectiveModel(QObject *parent = nullptr);
    ~EffectiveModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResult(const AuditResult &result); // full reset
    void clear();
    bool isEmpty() const { return m_access.rows().isEmpty(); }
    bool teamsRead() const { return m_teamsRead; }

    const EffectiveAccess &access() const { return m_access; }
    const EffectiveRow &rowAt(int row) const { return m_access.rows().at(row); }
    QString personName(int row) const; // the name, or the e-mail when there is none
    QString targetName(int row) const;
    QStringList reasonsAt(int row) const;
    // Case-folded, accent-free keys the proxy filters on (UsersModel::foldKey).
    const QString &userKeyAt(int row) const { return m_userKeys.at(rowAt(row).person); }
    const QString &targetKeyAt(int row) const { return m_targetKeys.at(rowAt(row).target); }
    // Where a person comes among people by name, a target among targets (destinations first,
    // then by name): the pivots' order, as numbers.
    int personRank(int person) const { return m_personRanks.at(person); }
    int targetRank(int target) const { return m_targetRanks.at(target); }

private:
    EffectiveAccess m_access;
    QVector<QString> m_userKeys; // by person
    QVector<QString> m_targetKeys; // by target
    QVector<int> m_personRanks;
    QVector<int> m_targetRanks;
    bool m_teamsRead = true;
};

} // namespace ftmodels

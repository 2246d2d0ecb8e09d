#pragma once

#include "auditresult.h"
#include "auditrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ftmodels {

// The access audit as one flat table: one row per access (AuditRow), in the order the audit
// produced them (users in the server's order; each user's account row, destinations, then
// connections). Filled in one reset when a run finishes; filtering and sorting are
// AuditFilterProxy's, the two pivots AuditPivotModel's. Relative times are computed against
// the result's "now", so a table and its export agree.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        EmailColumn,
        StatusColumn,
        LastLoginColumn,
        KindColumn,
        TargetColumn,
        RoleColumn,
        SinceColumn,
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
        FlagsRole, // int(AuditFlags)
        StatusRole, // int(UserStatus)
        SortValueRole, // the column's natural value
        SourceRowRole, // int: this model's row, readable through proxies
    };

    explicit AuditModel(QObject *parent = nullptr);
    ~AuditModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResult(const AuditResult &result); // full reset
    void clear();
    const AuditResult &result() const { return m_result; }
    bool isEmpty() const { return m_result.rows.isEmpty(); }

    const AuditRow &rowAt(int row) const { return m_result.rows.at(row); }
    const QVector<AuditRow> &rows() const { return m_result.rows; }
    // Case-folded, accent-free keys the proxy filters on (UsersModel::foldKey).
    const QString &userKeyAt(int row) const { return m_keys.at(row).user; }
    const QString &targetKeyAt(int row) const { return m_keys.at(row).target; }
    // Small numbers for the user and the target of a row (account rows: one target of their
    // own), for grouping the rows quickly.
    int userNumberAt(int row) const { return m_keys.at(row).userNumber; }
    int targetNumberAt(int row) const { return m_keys.at(row).targetNumber; }

    // Distinct roles of the rows, sorted, for a role filter ("" when some row has none).
    QStringList distinctRoles() const;
    // Rows carrying `flag`, and distinct users among them.
    int rowsWithFlag(AuditFlag flag) const;
    int usersWithFlag(AuditFlag flag) const;

    // What the Target column shows: the name; for a target that no longer exists its id and
    // "deleted destination/connection"; for an unknown name the id; "" for account rows.
    static QString targetText(const AuditRow &row);
    static QString roleText(const AuditRow &row); // "No role" when empty

private:
    struct Keys
    {
        QString user; // folded name and e-mail
        QString target; // folded target name and id
        int userNumber = -1;
        int targetNumber = -1;
    };

    QString roleTip(const QString &role) const;

    AuditResult m_result;
    QVector<Keys> m_keys;
    QHash<QString, int> m_roleIndex; // role name -> index in m_result.roles
};

} // namespace ftmodels

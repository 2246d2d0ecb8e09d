#pragma once

#include "snapshotdiff.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ftmodels {

// A comparison of two audits as a table, one row per change: what changed, the person, the
// kind and name of the target, before, after, and why in words. setComparison() resets.
// Each row also knows its person's and target's number, for the pivots.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChangeColumn,
        PersonColumn,
        EmailColumn,
        KindColumn,
        TargetColumn,
        BeforeColumn,
        AfterColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role { TypeRole = Qt::UserRole + 1, SourceRowRole, SearchTextRole };

    explicit DiffModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const DiffSide> older,
                       std::shared_ptr<const DiffSide> newer);
    void clear();
    bool hasComparison() const { return m_older && m_newer; }
    const DiffSide *older() const { return m_older.get(); }
    const DiffSide *newer() const { return m_newer.get(); }
    const SnapshotDiff &diff() const { return m_diff; }
    const AccessChange &changeAt(int row) const { return m_diff.changes().at(row); }
    int personOf(int row) const { return m_person.at(row); }
    int targetOf(int row) const { return m_target.at(row); } // -1: the change has no target

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString beforeText(const AccessChange &change);
    static QString afterText(const AccessChange &change);

private:
    std::shared_ptr<const DiffSide> m_older;
    std::shared_ptr<const DiffSide> m_newer;
    SnapshotDiff m_diff;
    QVector<int> m_person;
    QVector<int> m_target;
};

} // namespace ftmodels

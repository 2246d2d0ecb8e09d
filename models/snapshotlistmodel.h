#pragma once

#include "snapshotstore.h"

#include <QAbstractTableModel>

namespace ftmodels {

// The snapshots of an account as a table: date, people, grants and label, oldest first. The
// label is edited in place (setData on the Label column writes it to the store); remove()
// deletes one. A reload resets, a new snapshot inserts one row, a deletion removes one.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, PeopleColumn, GrantsColumn, LabelColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SnapshotListModel(QObject *parent = nullptr);

    void setStore(SnapshotStore *store); // not owned; null: none
    SnapshotStore *store() const { return m_store; }
    void reload();
    void added(qint64 id); // a snapshot saved since the last reload
    bool remove(int row);

    const SnapshotInfo &info(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SnapshotStore *m_store = nullptr;
    QVector<SnapshotInfo> m_rows;
};

} // namespace ftmodels

#pragma once

#include <QTableView>

namespace ftui {

// The users table: a QTableView that does not repaint what it shows when rows only came below
// it. QTableView lays itself out again after every insert, and that layout repaints the whole
// viewport (3-5 ms with a screenful of rows), although rows added below the last one shown
// change nothing on screen; a large account's first load adds a batch of rows at the end
// every turn of the event loop. After such inserts, and nothing else, the layout here only
// updates the scroll range; any other change lays out and repaints as QTableView does.
class UsersTable : public QTableView
{
    Q_OBJECT

public:
    explicit UsersTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setRootIndex(const QModelIndex &index) override;
    void reset() override;
    void doItemsLayout() override;

private:
    enum class Pending { Nothing, RowsBelow, Layout };

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void needLayout() { m_pending = Pending::Layout; }

    Pending m_pending = Pending::Nothing; // what changed since the last layout
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace ftui

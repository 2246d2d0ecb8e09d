#include "userstable.h"

namespace ftui {

UsersTable::UsersTable(QWidget *parent)
    : QTableView(parent)
{
}

void UsersTable::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    needLayout();
    QTableView::setModel(model);
    if (!model)
        return;
    // Connected after the view's and its headers' own handlers: the row positions read in
    // onRowsInserted() already count the new rows.
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::rowsInserted, this, &UsersTable::onRowsInserted));
    for (const auto signal :
         { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted,
           &QAbstractItemModel::columnsRemoved }) {
        m_modelConnections.append(connect(model, signal, this, &UsersTable::needLayout));
    }
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::rowsMoved, this, &UsersTable::needLayout));
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::columnsMoved, this, &UsersTable::needLayout));
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::layoutChanged, this, &UsersTable::needLayout));
    m_modelConnections.append(
        connect(model, &QAbstractItemModel::modelReset, this, &UsersTable::needLayout));
}

void UsersTable::setRootIndex(const QModelIndex &index)
{
    needLayout();
    QTableView::setRootIndex(index);
}

void UsersTable::reset()
{
    needLayout();
    QTableView::reset();
}

void UsersTable::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(last)
    if (m_pending == Pending::Layout)
        return;
    // Below the viewport's last pixel, the new rows and every row after them are out of sight.
    const bool below = !parent.isValid() && parent == rootIndex()
        && rowViewportPosition(first) >= viewport()->height();
    m_pending = below ? Pending::RowsBelow : Pending::Layout;
}

void UsersTable::doItemsLayout()
{
    if (m_pending == Pending::RowsBelow) {
        m_pending = Pending::Nothing;
        updateGeometries(); // the scroll range grew; what is shown stayed as it was
        return;
    }
    m_pending = Pending::Nothing;
    QTableView::doItemsLayout();
}

} // namespace ftui

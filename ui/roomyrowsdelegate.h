#pragma once

#include <QStyledItemDelegate>

namespace ftui {

// Paints like QStyledItemDelegate, with rows at least `height` pixels tall (never less than
// the style needs for the font) and some room after each cell's text, so the rows of a tree
// read like the rows of the window's tables instead of touching each other, and columns
// sized to their contents do not run into each other.
//
//   tree->setItemDelegate(new RoomyRowsDelegate(26, tree));
class RoomyRowsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RoomyRowsDelegate(int height, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_height = 0;
};

} // namespace ftui

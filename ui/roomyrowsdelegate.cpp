#include "roomyrowsdelegate.h"

namespace ftui {

namespace {

constexpr int kRoomAfterText = 12; // px between a column's longest text and the next column

} // namespace

RoomyRowsDelegate::RoomyRowsDelegate(int height, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_height(height)
{
}

QSize RoomyRowsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return { size.width() + kRoomAfterText, qMax(size.height(), m_height) };
}

} // namespace ftui

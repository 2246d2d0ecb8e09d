#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QVector>

namespace ftui {

// Paints cells like QStyledItemDelegate (the style draws background, selection, icon and
// focus) but draws the text from a cache of laid-out, elided strings (QStaticText). The
// default path shapes every cell's text on every paint, which was a third of the time of a
// filter keystroke over 50,000 users; repaints after filtering or scrolling now reuse layouts.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // Where a cell's text goes, relative to the cell: the same for every cell of one size,
    // icon and font, so the style's layout (which shapes text to measure it) runs once each.
    struct TextPlace
    {
        const QStyle *style = nullptr;
        QSize cell;
        QSize decoration;
        int features = 0;
        int decorationPosition = 0;
        int decorationAlignment = 0;
        int direction = 0;
        int lineHeight = 0;
        QRect text;
    };
    QRect textRect(QStyleOptionViewItem &opt, const QStyle *style, const QWidget *widget) const;
    const QStaticText &laidOut(const QString &text, const QFont &font, int width,
                               Qt::TextElideMode elide) const;

    mutable QCache<QString, QStaticText> m_texts;
    mutable QVector<std::pair<QFont, QString>> m_fontKeys; // fonts met, and their keys
    mutable QVector<TextPlace> m_places;
};

} // namespace ftui

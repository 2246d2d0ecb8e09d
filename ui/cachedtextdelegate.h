#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

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
    const QStaticText &laidOut(const QString &text, const QFont &font, int width,
                               Qt::TextElideMode elide) const;

    mutable QCache<QString, QStaticText> m_texts;
    mutable QFont m_font; // the last font asked for, and its key
    mutable QString m_fontKey;
};

} // namespace ftui

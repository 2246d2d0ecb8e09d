#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace ftui {

using namespace Qt::StringLiterals;

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_texts.setMaxCost(4000); // a few screens of cells
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width,
                                               Qt::TextElideMode elide) const
{
    if (font != m_font || m_fontKey.isEmpty()) {
        m_font = font; // QFont::key() formats every attribute: not once per cell
        m_fontKey = font.key();
    }
    const QString key = m_fontKey + u'|' + QString::number(width) + u'|'
        + QString::number(int(elide)) + u'|' + text;
    if (const QStaticText *cached = m_texts.object(key))
        return *cached;
    const QString shown = QFontMetrics(font).elidedText(text, elide, width);
    auto *laid = new QStaticText(shown);
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), font);
    m_texts.insert(key, laid, 1);
    return *m_texts.object(key);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // Where the text goes: the space beside the icon. Asked with a one-letter stand-in and as if
    // the decoration were selected with the text, so that the style does not lay out the whole
    // text only to measure it (a third of the paint); the text is aligned in that space below,
    // which puts it where the style's own, text-sized rectangle would.
    const QString text = opt.text;
    const bool decorationSelected = opt.showDecorationSelected;
    opt.text = u"x"_s;
    opt.showDecorationSelected = true;
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.showDecorationSelected = decorationSelected;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    const QStaticText &laid = laidOut(text, opt.font, textRect.width(), opt.textElideMode);
    const QSizeF size = laid.size();
    qreal x = textRect.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = textRect.right() + 1 - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = textRect.left() + (textRect.width() - size.width()) / 2;
    qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
    if (opt.displayAlignment & Qt::AlignTop)
        y = textRect.top();
    else if (opt.displayAlignment & Qt::AlignBottom)
        y = textRect.bottom() + 1 - size.height();

    painter->save();
    painter->setPen(opt.palette.color(group, role));
    painter->setFont(opt.font);
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

} // namespace ftui

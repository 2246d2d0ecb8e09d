#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace ftui {

using namespace Qt::StringLiterals;

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_texts.setMaxCost(2000); // a dozen screens of cells
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width,
                                               Qt::TextElideMode elide) const
{
    // QFont::key() formats every attribute: once per font, not once per cell (the cells of a
    // row alternate between a few fonts).
    const QString *fontKey = nullptr;
    for (const auto &[known, knownKey] : std::as_const(m_fontKeys)) {
        if (known == font) {
            fontKey = &knownKey;
            break;
        }
    }
    if (!fontKey) {
        if (m_fontKeys.size() >= 8)
            m_fontKeys.clear();
        m_fontKeys.append({ font, font.key() });
        fontKey = &m_fontKeys.constLast().second;
    }
    const QString key =
        *fontKey + u'|' + QString::number(width) + u'|' + QString::number(int(elide)) + u'|' + text;
    if (const QStaticText *cached = m_texts.object(key))
        return *cached;
    // Laid out once as it is; only a text that does not fit is elided and laid out again
    // (measuring every text for elision first shaped each one twice).
    auto *laid = new QStaticText(text);
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), font);
    if (laid->size().width() > width) {
        laid->setText(QFontMetrics(font).elidedText(text, elide, width));
        laid->prepare(QTransform(), font);
    }
    m_texts.insert(key, laid, 1);
    return *m_texts.object(key);
}

QRect CachedTextDelegate::textRect(QStyleOptionViewItem &opt, const QStyle *style,
                                   const QWidget *widget) const
{
    TextPlace place;
    place.style = style;
    place.cell = opt.rect.size();
    place.decoration = opt.decorationSize;
    place.features = int(opt.features);
    place.decorationPosition = int(opt.decorationPosition);
    place.decorationAlignment = int(opt.decorationAlignment);
    place.direction = int(opt.direction);
    place.lineHeight = opt.fontMetrics.height();
    for (const TextPlace &known : std::as_const(m_places)) {
        if (known.style == place.style && known.cell == place.cell
            && known.decoration == place.decoration && known.features == place.features
            && known.decorationPosition == place.decorationPosition
            && known.decorationAlignment == place.decorationAlignment
            && known.direction == place.direction && known.lineHeight == place.lineHeight)
            return known.text.translated(opt.rect.topLeft());
    }
    // The space beside the icon, asked with a one-letter stand-in and as if the decoration
    // were selected with the text (then the style gives all of that space, whatever the text);
    // paint() aligns the text in it, which puts it where the style's own, text-sized
    // rectangle would.
    const QString text = std::exchange(opt.text, u"x"_s);
    const bool decorationSelected = std::exchange(opt.showDecorationSelected, true);
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    opt.showDecorationSelected = decorationSelected;
    opt.text = text;
    place.text = rect.translated(-opt.rect.topLeft());
    if (m_places.size() >= 64)
        m_places.clear(); // columns resized many times over: start again
    m_places.append(place);
    return rect;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    const QString text = opt.text;
    QRect textRect = this->textRect(opt, style, widget);
    opt.text.clear(); // the style paints everything but the text
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

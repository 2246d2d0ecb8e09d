#pragma once

// For the tests of sizes: what a person cannot read whole in a window. A visible label, button
// or combo box that was given less room than its words need, or that sticks out of the widget
// holding it, is listed with where it is and what it says.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWidget>

namespace fttest {

namespace clipdetail {

inline QString where(const QWidget *w, const QWidget *window)
{
    QStringList parts;
    for (; w && w != window; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += u'#' + w->objectName();
        parts.prepend(part);
    }
    return parts.join(u'/');
}

inline QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&');
    return text.replace(u'\x01', u'&');
}

// Inside a scroll area, a widget may legitimately lie outside what is shown.
inline bool scrolls(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

// Cut by an ancestor: some part of `w` lies outside a widget that holds it.
inline bool sticksOut(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect inParent(w->mapTo(p, QPoint(0, 0)), w->size());
        if (!p->rect().contains(inParent))
            return true;
        if (p == window)
            break;
    }
    return false;
}

// "120x20 < 150x20" when `w` has less room than its size hint; empty when it has enough.
inline QString smallerThanHint(const QWidget *w)
{
    const QSize needed = w->sizeHint();
    if (w->width() >= needed.width() && w->height() >= needed.height())
        return {};
    return QStringLiteral("%1x%2 < %3x%4")
        .arg(w->width())
        .arg(w->height())
        .arg(needed.width())
        .arg(needed.height());
}

// What the widget is short of, in words; empty when its text fits.
inline QString shortfall(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            return {};
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                return QStringLiteral("height %1 < %2").arg(label->height()).arg(needed);
            return {};
        }
        return smallerThanHint(label);
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return {};
        return smallerThanHint(button);
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
        const QString text =
            combo->currentIndex() >= 0 ? combo->currentText() : combo->placeholderText();
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(text);
        if (field.width() < needed)
            return QStringLiteral("field %1 < %2").arg(field.width()).arg(needed);
        return {};
    }
    return {};
}

inline QString textOf(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return plainText(button->text());
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentIndex() >= 0 ? combo->currentText() : combo->placeholderText();
    return {};
}

} // namespace clipdetail

// Every text in `window` shown less than whole: "path: what is short: the text".
inline QStringList clippedTexts(QWidget *window)
{
    QStringList found;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window || clipdetail::scrolls(w, window))
            continue;
        const bool texty = qobject_cast<const QLabel *>(w)
            || qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w);
        if (!texty || qobject_cast<const QComboBox *>(w->parentWidget()))
            continue;
        QString problem = clipdetail::shortfall(w);
        if (problem.isEmpty() && clipdetail::sticksOut(w, window))
            problem = QStringLiteral("outside its parent");
        if (!problem.isEmpty())
            found.append(clipdetail::where(w, window) + QStringLiteral(": ") + problem
                         + QStringLiteral(": ") + clipdetail::textOf(w).left(60));
    }
    return found;
}

// Header sections of a table shown narrower than their words (and sort arrow).
inline QStringList cutHeaders(const QHeaderView *header)
{
    QStringList found;
    const QAbstractItemModel *model = header->model();
    if (!model)
        return found;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            found.append(QStringLiteral("%1: %2 < %3")
                             .arg(model->headerData(section, header->orientation()).toString())
                             .arg(header->sectionSize(section))
                             .arg(needed));
    }
    return found;
}

// Columns of an item view narrower than the widest of their cells (as the view's delegate
// would draw them whole), over the first rows up to the header's resize precision.
inline QStringList cutColumns(const QAbstractItemView *view, const QHeaderView *header,
                              const QVector<int> &columns)
{
    QStringList found;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return found;
    for (const int column : columns) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = view->sizeHintForColumn(column);
        if (header->sectionSize(column) < needed)
            found.append(QStringLiteral("%1: %2 < %3")
                             .arg(model->headerData(column, Qt::Horizontal).toString())
                             .arg(header->sectionSize(column))
                             .arg(needed));
    }
    return found;
}

} // namespace fttest

#pragma once

// Walks a window's widgets the way a keyboard and screen-reader user meets them: which
// controls accessibility tools see without a name, and which controls Tab never reaches.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QWidget>

namespace fttest {

// "QDialog#inviteDialog > QLineEdit#email": where a widget is, for failure messages.
inline QString widgetPath(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += u'#' + w->objectName();
        parts.prepend(part);
        if (w == root)
            break;
    }
    return parts.join(QStringLiteral(" > "));
}

// Inside a composite control that speaks for its parts (a combo box's line edit and popup,
// a view's viewport and editors, a line edit's clear button, a scroll bar of a scroll area).
inline bool isPartOfComposite(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget->parentWidget(); w && w != root->parentWidget();
         w = w->parentWidget()) {
        if (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QTabBar *>(w) || qobject_cast<const QMenu *>(w))
            return true;
    }
    return false;
}

// Something a person operates: buttons, inputs, views, sliders, and any other widget that
// takes keyboard focus. Tab bars are checked tab by tab instead (each tab has its text).
inline bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QTabWidget *>(w))
        return false;
    if (w->objectName() == QLatin1String("qt_toolbar_ext_button")
        || w->objectName() == QLatin1String("qt_menubar_ext_button"))
        return false; // the bars' own overflow arrows, named by Qt's accessibility
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w))
        return true;
    return (w->focusPolicy() & Qt::TabFocus) != 0;
}

inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every control under `root` (itself included) that assistive technology sees without a
// name: no accessibleName, no text of its own, no buddy label. Hidden controls are not
// presented to assistive technology; a test shows them (e.g. a banner) to have them walked.
inline QStringList unnamedControls(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget *w : std::as_const(widgets)) {
        if (w->isWindow() && w != root)
            continue; // another window (a popup, a dialog): walked on its own
        if (!w->isVisibleTo(root) || !isControl(w) || isPartOfComposite(w, root))
            continue;
        if (accessibleName(w).isEmpty())
            unnamed.append(widgetPath(w, root));
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).trimmed().isEmpty() && bar->accessibleTabName(i).isEmpty())
                unnamed.append(widgetPath(bar, root) + QStringLiteral(" tab %1").arg(i));
        }
    }
    return unnamed;
}

// The visible, enabled controls of `window` that pressing Tab from its first control never
// reaches (after at most twice as many presses as there are widgets).
inline QStringList unreachableByTab(QWidget *window)
{
    QSet<QWidget *> wanted;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue;
        if (isPartOfComposite(w, window) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue; // focus goes to the proxy (a tab widget's tab bar), which is counted
        if (!w->isVisibleTo(window) || w->visibleRegion().isEmpty())
            continue; // scrolled out of sight or in a collapsed part
        wanted.insert(w);
    }
    window->activateWindow();
    QWidget *first = window->nextInFocusChain();
    while (first && first != window && !(first->focusPolicy() & Qt::TabFocus))
        first = first->nextInFocusChain();
    if (first)
        first->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    for (int i = 0; i < 2 * widgets.size() + 2 && reached.size() < wanted.size(); ++i) {
        if (QWidget *focus = QApplication::focusWidget()) {
            reached.insert(focus);
            if (qEnvironmentVariableIsSet("FT_A11Y_TRACE"))
                qInfo("%s", qPrintable(widgetPath(focus, window)));
        }
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, Qt::Key_Tab);
    }
    QStringList missed;
    for (QWidget *w : std::as_const(wanted)) {
        if (!reached.contains(w))
            missed.append(widgetPath(w, window));
    }
    missed.sort();
    return missed;
}

} // namespace fttest

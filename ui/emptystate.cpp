#include "emptystate.h"

#include "themecolours.h"

#include <QAbstractItemView>
#include <QEvent>

namespace ftui {

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(24, 24, 24, 24);
    setStyleSheet(textStyle(TextTone::Secondary));
    setAutoFillBackground(false);
    view->viewport()->installEventFilter(this);
    connect(this, &QLabel::linkActivated, this, &EmptyState::actionRequested);
    hide();
}

void EmptyState::showMessage(const QString &text, const QString &linkText)
{
    m_message = linkText.isEmpty() ? text : text + u' ' + linkText;
    m_linkText = linkText;
    QString html = u"<p style=\"font-size: large; "_s + textStyle(TextTone::Secondary) + u"\">"_s
        + text.toHtmlEscaped() + u"</p>"_s;
    if (!linkText.isEmpty())
        html += u"<p><a href=\"action\">"_s + linkText.toHtmlEscaped() + u"</a></p>"_s;
    setText(html);
    setGeometry(m_view->viewport()->rect());
    show();
    raise();
}

void EmptyState::hideMessage()
{
    m_message.clear();
    m_linkText.clear();
    hide();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace ftui

#include "messagewidget.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPositiveTimeoutMs = 6000;

struct Look
{
    const char *icon;
    const char *background;
    const char *border;
};

Look lookOf(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Positive:
        return { "success", "#e8f5ec", "#8cc7a0" };
    case MessageWidget::Type::Information:
        return { "info", "#e9f1fb", "#9dbde6" };
    case MessageWidget::Type::Warning:
        return { "warning", "#fdf6e3", "#e3c46b" };
    case MessageWidget::Type::Error:
        return { "error", "#fbeaea", "#e0a0a0" };
    }
    return { "info", "#e9f1fb", "#9dbde6" };
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageWidget"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);

    m_action = new QPushButton(this);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);

    m_close = new QToolButton(this);
    m_close->setIcon(icon(u"close"_s));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide = new QTimer(this);
    m_autoHide->setSingleShot(true);
    m_autoHide->setInterval(kPositiveTimeoutMs);

    connect(m_action, &QPushButton::clicked, this, &MessageWidget::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });
    connect(m_autoHide, &QTimer::timeout, this, &MessageWidget::hideMessage);

    hide();
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_type = type;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyStyle();
    if (type == Type::Positive && m_autoHideOn)
        m_autoHide->start();
    else
        m_autoHide->stop();
    show();
}

void MessageWidget::hideMessage()
{
    m_autoHide->stop();
    hide();
}

bool MessageWidget::isHidingSoon() const
{
    return m_autoHide->isActive();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::applyStyle()
{
    const Look look = lookOf(m_type);
    m_icon->setPixmap(icon(QString::fromLatin1(look.icon)).pixmap(QSize(20, 20)));
    setStyleSheet(u"QFrame#messageWidget { background: %1; border: 1px solid %2; "
                  u"border-radius: 6px; } QFrame#messageWidget QLabel { color: #2b2f36; }"_s.arg(
                      QLatin1String(look.background), QLatin1String(look.border)));
}

} // namespace ftui

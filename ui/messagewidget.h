#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace ftui {

// An inline banner above the content for things that need attention without a modal box:
// an error with a Retry button, a warning, a confirmation that fades after a few seconds
// (keepassxc's MessageWidget is the model). Hidden until showMessage().
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Positive, Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    // `actionText` empty: no action button. Positive messages hide themselves after a while.
    void showMessage(const QString &text, Type type, const QString &actionText = {});
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }
    QPushButton *actionButton() const { return m_action; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void actionTriggered();
    void closed(); // by the person, with the close button

private:
    void applyStyle();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_autoHide = nullptr;
    Type m_type = Type::Information;
};

} // namespace ftui

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
    // Whether positive messages hide themselves (default true). A window whose content would
    // jump when the banner goes turns it off: the banner then goes only when closed.
    void setAutoHide(bool on) { m_autoHideOn = on; }
    bool autoHides() const { return m_autoHideOn; }
    bool isHidingSoon() const; // a positive message's timer runs

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
    bool m_autoHideOn = true;
};

} // namespace ftui

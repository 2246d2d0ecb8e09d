#pragma once

#include <QLabel>

class QAbstractItemView;

namespace ftui {

// Words in place of an empty table: why it is empty and, when there is something to do
// about it, a link that does it ("No users match 'xyz'. Clear the filter"). Lies over the
// view's viewport, sized to it, hidden until showMessage().
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyState(QAbstractItemView *view);

    // `text` is plain; `linkText` (optional) becomes a link whose activation emits
    // actionRequested().
    void showMessage(const QString &text, const QString &linkText = {});
    void hideMessage();
    QString message() const { return m_message; } // plain text, link text included
    QString linkText() const { return m_linkText; }

Q_SIGNALS:
    void actionRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view = nullptr;
    QString m_message;
    QString m_linkText;
};

} // namespace ftui

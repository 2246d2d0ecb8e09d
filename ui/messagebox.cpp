#include "messagebox.h"

#include <QPushButton>
#include <QTimer>

namespace ftui {

QQueue<MessageBox::Button> MessageBox::s_answers;
QStringList MessageBox::s_shown;
QPointer<QMessageBox> MessageBox::s_open;

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &action, QObject *context, std::function<void(bool)> done)
{
    s_shown.append(title + QStringLiteral(": ") + text);
    if (!s_answers.isEmpty()) {
        const Button answer = s_answers.dequeue();
        const bool yes = answer == QMessageBox::Yes || answer == QMessageBox::Ok;
        QTimer::singleShot(0, context, [done = std::move(done), yes] { done(yes); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QPushButton *yes = box->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmAction"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::finished, context, [box, yes, done = std::move(done)](int) {
        done(box->clickedButton() == yes);
    });
    s_open = box;
    box->open();
}

QMessageBox *MessageBox::openBox()
{
    return s_open.data();
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    s_shown.append(title + QStringLiteral(": ") + text);
    if (!s_answers.isEmpty())
        return s_answers.dequeue();
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_answers.enqueue(answer);
}

bool MessageBox::hasPendingAnswers()
{
    return !s_answers.isEmpty();
}

QStringList MessageBox::shown()
{
    return s_shown;
}

void MessageBox::clear()
{
    s_answers.clear();
    s_shown.clear();
}

} // namespace ftui

#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QStringList>

namespace ftui {

// Every modal question or notice of the console goes through here, so tests can answer it:
// after MessageBox::setNextAnswer(QMessageBox::Yes) the next box returns Yes without showing,
// and shown() records what it would have said. (keepassxc's gui/MessageBox does the same.)
//
//   if (MessageBox::question(this, tr("Delete user"), text,
//                            QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
//       return;
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    // ---- for tests
    static void setNextAnswer(Button answer); // queued; one per box
    static bool hasPendingAnswers();
    static QStringList shown(); // "title: text" of every box, oldest first
    static void clear(); // forget answers and history

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);

    static QQueue<Button> s_answers;
    static QStringList s_shown;
};

} // namespace ftui

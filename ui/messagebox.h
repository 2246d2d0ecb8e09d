#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QQueue>
#include <QStringList>

#include <functional>

namespace ftui {

// Every modal question or notice of the console goes through here, so tests can answer it:
// after MessageBox::setNextAnswer(QMessageBox::Yes) the next box answers Yes without showing,
// and shown() records what it would have said. (keepassxc's gui/MessageBox does the same.)
// A confirmation opens window-modal with open() and answers through a callback, so no nested
// event loop runs while the person decides; its buttons name the action.
//
//   MessageBox::confirm(this, tr("Remove from Destination"), text, tr("Remove"), this,
//                       [=](bool yes) { if (yes) remove(userId, targetId); });
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

    // Asks with two buttons, `action` (e.g. "Remove") and Cancel (the default), and calls
    // `done` once with the answer, later, on `context`'s thread (never if it is gone).
    static void confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &action, QObject *context, std::function<void(bool)> done);

    // ---- for tests
    static void setNextAnswer(Button answer); // queued; one per box (Yes or Ok confirms)
    static QMessageBox *openBox(); // the confirmation on screen now, if any
    static bool hasPendingAnswers();
    static QStringList shown(); // "title: text" of every box, oldest first
    static void clear(); // forget answers and history

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton);

    static QQueue<Button> s_answers;
    static QStringList s_shown;
    static QPointer<QMessageBox> s_open;
};

} // namespace ftui

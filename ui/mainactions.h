#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace ftui {

// Every command of the main window as a QAction, with the keyboard table of DESIGN.md:
// Ctrl+N invite, F2 edit, Delete delete, Ctrl+F filter, F5 refresh, Ctrl+Shift+A access audit,
// Ctrl+G add to a destination, Ctrl+K add to a connection, Ctrl+Z undo, Ctrl+H history,
// Ctrl+A select all users, Ctrl+Return apply the pending changes, Ctrl+Q quit, F1 help. Menus,
// the toolbar
// and context menus share these objects, so enabling one enables it everywhere. Actions whose
// dialogs come with later work start disabled.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent = nullptr);

    QAction *invite = nullptr;
    QAction *edit = nullptr;
    QAction *removeRole = nullptr;
    QAction *deleteUser = nullptr;
    QAction *addToDestination = nullptr;
    QAction *addToConnection = nullptr;
    QAction *filter = nullptr;
    QAction *refresh = nullptr;
    QAction *audit = nullptr;
    QAction *undo = nullptr; // Ctrl+Z: the last batch of changes, named in its text
    QAction *history = nullptr; // Ctrl+H: the change history
    QAction *connectAccount = nullptr;
    QAction *quit = nullptr;
    QAction *help = nullptr; // F1: the usage guide, inside the program
    QAction *shortcuts = nullptr; // every shortcut, in the same help window
    QAction *about = nullptr;

    // Many people at once: these act on every selected user and add to the pending changes.
    QAction *selectAll = nullptr; // Ctrl+A: every user the filter shows
    QAction *setAccountRole = nullptr;
    QAction *changeDestinationRole = nullptr;
    QAction *changeConnectionRole = nullptr;
    QAction *removeFromDestination = nullptr;
    QAction *removeFromConnection = nullptr;
    QAction *applyPending = nullptr; // Ctrl+Return
    QAction *importPeople = nullptr; // File > Import People…
    QAction *openPlan = nullptr;
    QAction *savePlan = nullptr;

    QList<QAction *> all() const;
    QList<QAction *> userActions() const; // act on the selected user (the table's context menu)
    QList<QAction *> bulkActions() const; // act on every selected user, through pending changes

private:
    QAction *make(const QString &text, const QString &iconName, const QString &tip);
};

} // namespace ftui

#include "mainactions.h"

#include "icons.h"

#include <QAction>
#include <QIcon>

namespace ftui {

using namespace Qt::StringLiterals;

MainActions::MainActions(QObject *parent)
    : QObject(parent)
{
    invite = make(tr("&Invite User…"), u"invite"_s, tr("Invite someone to the account"));
    invite->setShortcut(QKeySequence::New);

    edit = make(tr("&Edit User…"), u"edit"_s,
                tr("Change the selected user's name, phone, "
                   "picture or account role"));
    edit->setShortcut(Qt::Key_F2);

    removeRole = make(tr("&Remove Account Role…"), u"remove-role"_s,
                      tr("Take away the selected user's account role; the user stays"));

    deleteUser = make(tr("&Delete User…"), u"delete"_s,
                      tr("Remove the selected user from the "
                         "account"));
    deleteUser->setShortcut(QKeySequence::Delete);

    addToDestination = make(tr("Add to &Destination…"), u"add-destination"_s,
                            tr("Give the selected user a role in a destination"));
    addToDestination->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    addToConnection = make(tr("Add to &Connection…"), u"add-connection"_s,
                           tr("Give the selected user a role in a connection"));
    addToConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    filter = make(tr("&Find Users"), u"filter"_s, tr("Filter the users by name or e-mail"));
    filter->setShortcut(QKeySequence::Find);

    refresh = make(tr("&Refresh"), u"refresh"_s, tr("Load the users and roles again"));
    refresh->setShortcut(Qt::Key_F5);

    audit = make(tr("&Access Audit…"), u"audit"_s,
                 tr("Everyone's access in one view, with "
                    "export"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    undo = make(tr("&Undo"), u"undo"_s, tr("Undo the last change made from this computer"));
    undo->setShortcut(QKeySequence::Undo);

    history = make(tr("&History…"), u"history"_s,
                   tr("Every change made from this computer, with undo and export"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    connectAccount = make(tr("&Connect to Account…"), u"connect"_s,
                          tr("Open another Fivetran account with an API key"));

    quit = make(tr("&Quit"), u"quit"_s, tr("Close the console"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    help = make(tr("&Usage Guide"), u"help"_s, tr("How to use the console, searchable"));
    help->setShortcut(QKeySequence::HelpContents);
    shortcuts = make(tr("&Keyboard Shortcuts"), u"help"_s, tr("Every key and what it does"));

    about = make(tr("&About Fivetran Admin"), u"about"_s, tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);

    selectAll =
        make(tr("Select &All Users"), u"select-all"_s, tr("Select every user the filter shows"));
    selectAll->setShortcut(QKeySequence::SelectAll);

    setAccountRole = make(tr("&Set Account Role…"), u"edit"_s,
                          tr("Give every selected user the same account role (added to the "
                             "pending changes)"));
    changeDestinationRole =
        make(tr("C&hange Role in Destination…"), u"edit"_s,
             tr("Give the selected users who are in a destination another role there"));
    changeConnectionRole =
        make(tr("Chan&ge Role in Connection…"), u"edit"_s,
             tr("Give the selected users who are in a connection another role there"));
    removeFromDestination = make(tr("Remo&ve from Destination…"), u"delete"_s,
                                 tr("Take the selected users out of a destination"));
    removeFromConnection = make(tr("Remove &from Connection…"), u"delete"_s,
                                tr("Take the selected users out of a connection"));
    applyPending = make(tr("A&pply Pending Changes"), u"success"_s,
                        tr("Check the pending changes as a whole and send them"));
    applyPending->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    importPeople = make(tr("&Import People…"), u"invite"_s,
                        tr("Invite people and give them roles from a CSV file; you see "
                           "everything before it is sent"));
    openPlan = make(tr("&Open Plan…"), u"open-plan"_s,
                    tr("Add the changes of a plan file (PLAN.json) to the pending changes"));
    savePlan = make(tr("&Save Pending Changes As…"), u"save-plan"_s,
                    tr("Write the pending changes to a plan file (PLAN.json) for "
                       "fivetran-admin apply"));

    // Off until there is something to act on: UserActionsController enables the user actions
    // as users are selected, the window the audit and connecting once a session is open.
    for (QAction *waiting : { invite, edit, removeRole, deleteUser, addToDestination,
                              addToConnection, audit, connectAccount, undo, history, setAccountRole,
                              changeDestinationRole, changeConnectionRole, removeFromDestination,
                              removeFromConnection, applyPending, savePlan })
        waiting->setEnabled(false);

    for (QAction *action : all()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(action->toolTip() + u" ("_s
                               + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
}

QAction *MainActions::make(const QString &text, const QString &iconName, const QString &tip)
{
    auto *action = new QAction(text, this);
    if (!iconName.isEmpty())
        action->setIcon(icon(iconName));
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

QList<QAction *> MainActions::all() const
{
    return { invite,
             edit,
             removeRole,
             deleteUser,
             addToDestination,
             addToConnection,
             filter,
             refresh,
             audit,
             undo,
             history,
             connectAccount,
             quit,
             help,
             shortcuts,
             about,
             selectAll,
             setAccountRole,
             changeDestinationRole,
             changeConnectionRole,
             removeFromDestination,
             removeFromConnection,
             applyPending,
             importPeople,
             openPlan,
             savePlan };
}

QList<QAction *> MainActions::userActions() const
{
    return { edit, addToDestination, addToConnection, removeRole, deleteUser };
}

QList<QAction *> MainActions::bulkActions() const
{
    return { setAccountRole, changeDestinationRole, changeConnectionRole, removeFromDestination,
             removeFromConnection };
}

} // namespace ftui

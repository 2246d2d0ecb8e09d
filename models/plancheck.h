#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ftmodels {

// One thing a plan's check found about one of its changes.
struct PlanProblem
{
    enum class Severity {
        Error, // the plan is not sent while this stands
        Warning, // sent, but the person should know
    };
    enum class Kind {
        Lockout, // the account would be left without an Account Administrator
        LastAdministrator, // a warning: exactly one Account Administrator would be left
        UnknownRole, // the role does not exist
        WrongScope, // the role exists, but not for this kind of target
        DeprecatedRole, // the role is deprecated (the text names its replacement)
        UnknownUser,
        UnknownTarget, // no such destination or connection
        InvalidField, // an e-mail that is not one, an empty name
        AlreadyUser, // an invitation of an e-mail that is already a user, with other details
        AlreadyMember, // an addition where the person is a member with another role
        NotMember, // a role change where the person is not a member
        Duplicate, // the same change twice
        Contradiction, // two changes that undo or override each other
        StateChanged, // the account is not as the change expected (someone else changed it)
        Unverified, // the check could not read what it needed; the service decides
        Unreadable, // reading the account's state failed, so nothing was checked
    };

    int change = -1; // index in the plan; -1: the plan as a whole
    Severity severity = Severity::Error;
    Kind kind = Kind::Unverified;
    QString text; // in plain words, with names
};

// What the check says about one change.
struct ChangeCheck
{
    QString text; // the change in plain words, with names ("Give Ann Lee the role ...")
    QString userKey; // changes with the same key are applied in plan order
    QString userId; // resolved; empty for a user the plan invites (known once invited)
    bool inEffect = false; // already in effect: applying it sends nothing
    QString inEffectText; // why, in words
    bool removesAdministrator = false; // takes the role Account Administrator from someone
    bool addsAdministrator = false; // gives it to someone
    int invitation = -1; // the create_user of the same plan this change waits for, or -1
    // What the change finds, for the journal and its undo: the names of this moment, and the
    // user's fields (a deletion: and memberships) or the membership's state, as JSON.
    QString email;
    QString userName;
    QString targetName;
    QJsonObject before;
};

// The outcome of PlanChecker::check(): per change, what it does and whether it is already in
// effect; every problem found; what applying the plan costs.
struct PlanCheck
{
    QVector<ChangeCheck> changes;
    QVector<PlanProblem> problems;
    int requests = 0; // requests applying the plan sends (changes not yet in effect)

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    int inEffectCount() const;
    QVector<PlanProblem> problemsOf(int change) const;
    // The first error about `change`, or about the plan as a whole; empty when none.
    QString firstError(int change = -1) const;
};

} // namespace ftmodels

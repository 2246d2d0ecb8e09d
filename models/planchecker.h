#pragma once

#include "accountview.h"
#include "plan.h"
#include "plancheck.h"

#include <QCoreApplication>

namespace ftmodels {

// Checks a whole plan against a simulated copy of the account before anything is sent: it
// walks the account through the changes in plan order and finds, per change, a lockout at any
// step (no Account Administrator left), unknown or wrong-scope or deprecated roles, unknown
// users, destinations and connections, invitations of existing users, additions where the
// person is a member with another role, duplicates and contradictions, and changes the
// account has made needless (already in effect: nothing to send). Pure: reads the view only.
//
//   const PlanCheck check = PlanChecker::check(plan, view);
//   if (check.hasErrors()) refuse(check.problems); else run(plan, check);
class PlanChecker
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::PlanChecker)

public:
    static PlanCheck check(const Plan &plan, const AccountView &view);

    // A role can be given for `scope` (ACCOUNT, DESTINATION, CONNECTOR): true when the role's
    // scope list has it (CONNECTION counts as CONNECTOR).
    static bool roleFits(const ftapi::Role &role, ftapi::MembershipKind kind, bool account);

    // Has the shape of an e-mail address (what the check asks of an invitation).
    static bool looksLikeEmail(const QString &text);
};

} // namespace ftmodels

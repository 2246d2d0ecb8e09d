#pragma once

#include "accountview.h"
#include "change.h"

#include <QCoreApplication>

namespace ftmodels {

// A change in plain words, with names instead of ids, as every place that shows one says it:
// the plan's check, the dry run, the pending changes, the journal.
class ChangeWords
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::ChangeWords)

public:
    // "Give Ann Lee the role View Destination in Finance", with the names `view` knows;
    // `name`, when given, names the person.
    static QString describe(const Change &change, const AccountView &view,
                            const QString &name = {});

    // A person as the words name them: "Ann Lee", the e-mail when there is no name, or the id.
    static QString personName(const ftapi::User *user, const QString &fallback);
};

} // namespace ftmodels

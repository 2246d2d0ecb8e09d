#pragma once

#include "snapshotdiff.h"

#include <QCoreApplication>
#include <QStringList>

namespace ftmodels {

// A comparison of two audits in words a person reads: the name of each type of change, one
// sentence per change ("Ann Lee's account role went from Account Reviewer to Account
// Administrator"), why effective access moved ("gained Manage on Sales (postgres) through the
// account role Account Administrator"), and the effective changes summed up per person and
// cause ("Ann Lee gained Manage on 14 connections through the account role Account
// Administrator"). Names come from the graph of the side that holds the path.
class DiffWords
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::DiffWords)

public:
    static QString typeText(AccessChange::Type type); // "Access gained"
    static QString statusWord(UserStatus status); // "invitation pending"
    // The change in one sentence; an effective change names its paths through the graphs.
    static QString text(const AccessChange &change, const AccessGraph &older,
                        const AccessGraph &newer);
    // Why an effective change happened, from its cause paths, named through the graph of the
    // side that holds them (the older one for a loss or a fall).
    static QString reason(const AccessChange &change, const AccessGraph &older,
                          const AccessGraph &newer);
    static QString pathPhrase(const AccessGraph &graph, const AccessPath &path);
    static QStringList summaries(const QVector<AccessChange> &changes, const AccessGraph &older,
                                 const AccessGraph &newer);

private:
    static QString causePhrase(const AccessChange &change, const AccessGraph &graph);
    static bool fromOlder(const AccessChange &change);
    // A key of the cause paths for grouping, without building the words.
    static QString causeKey(const AccessChange &change);
    static QString who(const AccessChange &change);
    static QString targetText(const AccessChange &change);
    static QString roleText(const QString &role);
};

} // namespace ftmodels

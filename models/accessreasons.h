#pragma once

#include "accessgraph.h"

#include <QCoreApplication>
#include <QStringList>

namespace ftmodels {

// Effective access in words a person reads: the level ("Manage") and, for each path, why
// ("Manage, because their account role is Account Administrator"; "View, through the
// destination Finance (View Destination)"; "Edit, through the team Marketing Ops (Edit
// Destination)"). A path whose role the table does not know says so instead of guessing.
// Names of destinations and teams come from the graph; an id stands in when there is none.
class AccessReasons
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::AccessReasons)

public:
    static QString levelText(AccessLevel level); // "Manage", "Edit", "View", "Unknown"
    static QString levelExplanation(AccessLevel level); // a sentence for a tooltip
    static QString viaText(AccessPath::Via via); // "Own membership", "Account role", ...

    // `target` is the index in graph.targets() the path leads to.
    static QString reason(const AccessGraph &graph, int target, const AccessPath &path);
    static QStringList reasons(const AccessGraph &graph, int target,
                               const QVector<AccessPath> &paths);
};

} // namespace ftmodels

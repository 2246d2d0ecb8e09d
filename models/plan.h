#pragma once

#include "change.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ftmodels {

// An ordered list of changes, and its file form (the PLAN.json of `fivetran-admin apply`):
//   {"changes": [ {"op": "add_user_membership_in_group", "user_id": "u1",
//                  "group_id": "g1", "role": "View Destination"}, ... ]}
// Order matters: changes to one user are applied in plan order, and the plan's check walks
// the account through the changes one step at a time (PlanChecker).
class Plan
{
public:
    Plan() = default;
    explicit Plan(QVector<Change> changes)
        : m_changes(std::move(changes))
    {
    }

    const QVector<Change> &changes() const { return m_changes; }
    QVector<Change> &changes() { return m_changes; }
    const Change &at(int index) const { return m_changes.at(index); }
    int size() const { return int(m_changes.size()); }
    bool isEmpty() const { return m_changes.isEmpty(); }
    void append(const Change &change) { m_changes.append(change); }
    void removeAt(int index) { m_changes.removeAt(index); }
    void clear() { m_changes.clear(); }

    QByteArray toJson() const; // indented, one change per entry

    // What went wrong reading a plan file: which entry (-1: the file as a whole) and what.
    struct ReadError
    {
        int entry = -1;
        QString message;
        QString toString() const; // "changes[3]: unknown op \"x\"" (0-based, as in the file)
    };
    static std::optional<Plan> fromJson(const QByteArray &json, ReadError *error);

private:
    QVector<Change> m_changes;
};

} // namespace ftmodels

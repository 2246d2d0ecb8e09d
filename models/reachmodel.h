#pragma once

#include "accessgraph.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QVector>

namespace ftmodels {

class Session;
class TeamDirectory;

// What the session's current user can really reach, for the details panel's "Can reach" tab:
// every destination and connection, the level, and the reasons in words, worked out by
// AccessGraph from what the session already holds (the user's account role and memberships,
// the names directory's destinations and connections, the roles) and the account's teams
// (its own TeamDirectory, read once activate() is called). A two-level tree: one top row per
// target (name, kind, level) with one child row per reason, in words, in the order of the
// paths. Recomputed in one reset whenever one of those changes; note() says what is still
// loading or could not be read.
class ReachModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // A reason's row says everything in TargetColumn (views span it over the row).
    enum Column { TargetColumn, KindColumn, LevelColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        KindRole = Qt::UserRole + 1, // int(AuditKind)
        TargetIdRole, // QString
        LevelRole, // int(AccessLevel)
        SortValueRole, // the column's natural value; a reason's: its place among the reasons
        IsReasonRole, // bool: a child row
    };

    // The session must outlive the model.
    explicit ReachModel(Session *session, QObject *parent = nullptr);
    ~ReachModel() override;

    TeamDirectory *teams() const { return m_teams; }
    // From now on, fetch what the computation needs (the names and the teams) when missing.
    void activate();
    bool isActive() const { return m_active; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every list the answer depends on has arrived (teams may be unreadable: see note()).
    bool isReady() const;
    QString note() const; // empty when there is nothing to say
    // Why the list is empty, once ready: the account role that reaches nothing, or nothing.
    QString emptyText() const;

    const AccessGraph &graph() const { return m_graph; }
    const AccessGraph::Reached &reachedAt(int row) const { return m_reached.at(row); }
    QStringList reasonsAt(int row) const;
    int rowOf(AuditKind kind, const QString &targetId) const;

Q_SIGNALS:
    void stateChanged(); // isReady(), note() or the rows changed

private:
    void recompute();
    void recomputeSoon(); // once the signals of this turn of the event loop have all come
    bool isDestinationCreator() const;
    static QString destinationCreatorText();

    Session *m_session = nullptr;
    TeamDirectory *m_teams = nullptr;
    AccessGraph m_graph;
    AccessPerson m_person;
    QVector<AccessGraph::Reached> m_reached;
    bool m_active = false;
    bool m_recomputePosted = false;
};

} // namespace ftmodels

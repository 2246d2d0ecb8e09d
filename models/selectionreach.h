#pragma once

#include "membership.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ftapi {
class BulkRunner;
}

namespace ftmodels {

class Session;

// What several people reach together, for the summary of a selection in the window: one row
// per destination or connection that any of them is a member of, with how many of them and in
// which roles. Reads each person's memberships (both kinds) once, a bounded number of people
// at a time, and keeps them until a change is sent or the users are loaded again. A selection
// larger than maxPeople() is not read (50,000 people would be 100,000 requests); it says so.
//
//   reach->setUsers(view->selectedUserIds());
//   connect(reach, &SelectionReach::reachChanged, summary, &Summary::update);
class SelectionReach : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TargetColumn, PeopleColumn, RolesColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        KindRole = Qt::UserRole + 1, // int(ftapi::MembershipKind)
        TargetIdRole, // QString
        PeopleRole, // int: members among the people
    };

    explicit SelectionReach(Session *session, QObject *parent = nullptr);
    ~SelectionReach() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int kMaxPeople = 200;
    int maxPeople() const { return m_maxPeople; }
    void setMaxPeople(int people) { m_maxPeople = qMax(1, people); }

    // The people to sum up; reads whatever is not known yet.
    void setUsers(const QStringList &userIds);
    const QStringList &users() const { return m_userIds; }
    bool isTooMany() const { return m_userIds.size() > m_maxPeople; }
    bool isLoading() const { return m_runner != nullptr; }
    int peopleKnown() const; // of users(), whose memberships are read
    const QStringList &failures() const { return m_failures; } // lists that could not be read

    int count(ftapi::MembershipKind kind) const; // distinct targets reached
    // A person's role in a target, as read: nullopt while their memberships are not known,
    // an empty string when they are not a member there.
    std::optional<QString> roleOf(const QString &userId, ftapi::MembershipKind kind,
                                  const QString &targetId) const;

Q_SIGNALS:
    void reachChanged(); // rows, counts or loading changed

private:
    struct Known
    {
        bool groups = false;
        bool connections = false;
        QVector<ftapi::Membership> groupList;
        QVector<ftapi::Membership> connectionList;
    };
    struct Row
    {
        ftapi::MembershipKind kind = ftapi::MembershipKind::Group;
        QString targetId;
        QString name;
        int people = 0;
        QHash<QString, int> roles; // role -> people
    };

    void read();
    void rebuild();
    void forget();

    Session *m_session = nullptr; // outlives the model
    QStringList m_userIds;
    QHash<QString, Known> m_known; // by user id
    QVector<Row> m_rows;
    QStringList m_failures;
    ftapi::BulkRunner *m_runner = nullptr;
    int m_maxPeople = kMaxPeople;
};

} // namespace ftmodels

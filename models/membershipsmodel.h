#pragma once

#include "apierror.h"
#include "membership.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <array>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

class NameDirectory;
class RolesModel;

// The memberships of one user (the selected one) in destinations and connections, both kinds
// in one table: kind, target name (through the shared NameDirectory), role (with its
// description from RolesModel as a tooltip), since. A reload merges by target, so a view
// keeps its selection; changes from dialogs are one insert, one dataChanged or one remove.
// MembershipsProxy shows one kind per tab.
class MembershipsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // DestinationColumn: the destination a connection belongs to (empty for a destination).
    enum Column {
        KindColumn,
        TargetColumn,
        RoleColumn,
        SinceColumn,
        DestinationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        KindRole = Qt::UserRole + 1, // int(ftapi::MembershipKind)
        TargetIdRole, // QString
        TargetLookupRole, // int(NameDirectory::Lookup)
        SortValueRole, // the column's natural value
    };

    struct Entry
    {
        ftapi::MembershipKind kind = ftapi::MembershipKind::Group;
        ftapi::Membership membership;
    };

    explicit MembershipsModel(QObject *parent = nullptr);
    ~MembershipsModel() override;

    void setClient(ftapi::ApiClient *client);
    void setDirectory(NameDirectory *directory);
    void setRoles(RolesModel *roles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows `userId`'s memberships: clears the table and fetches both kinds (an empty id just
    // clears). Setting the same id again does nothing; reload() fetches again.
    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }
    void reload();
    void cancel();

    bool isLoading() const;
    bool isLoading(ftapi::MembershipKind kind) const { return m_kinds[slot(kind)].loading; }
    // The kind's list arrived completely for this user (false while loading or after an error).
    bool hasLoaded(ftapi::MembershipKind kind) const { return m_kinds[slot(kind)].loaded; }
    bool hasFailed(ftapi::MembershipKind kind) const { return m_kinds[slot(kind)].failed; }

    const Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(ftapi::MembershipKind kind, const QString &targetId) const;
    int count(ftapi::MembershipKind kind) const;
    QVector<ftapi::Membership> memberships(ftapi::MembershipKind kind) const;
    QString targetName(int row) const;
    QString destinationOf(int row) const; // a connection's destination, by name

    // ---- changes (Session routes dialog results through these)
    // Replaces the kind's list, merging by target id.
    void setMemberships(ftapi::MembershipKind kind, const QVector<ftapi::Membership> &list);
    void upsertMembership(ftapi::MembershipKind kind, const ftapi::Membership &membership);
    bool removeMembership(ftapi::MembershipKind kind, const QString &targetId);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(ftapi::MembershipKind kind, const ftapi::ApiError &error);
    void loadFinished(ftapi::MembershipKind kind);

private:
    struct KindState
    {
        quint64 call = 0;
        bool loading = false;
        bool loaded = false;
        bool failed = false;
    };

    static int slot(ftapi::MembershipKind kind)
    {
        return kind == ftapi::MembershipKind::Group ? 0 : 1;
    }
    void load(ftapi::MembershipKind kind);
    void setKindLoading(ftapi::MembershipKind kind, bool loading);
    void resetRows();
    void onNamesChanged();
    void onRolesChanged();

    QString m_userId;
    QVector<Entry> m_entries;
    std::array<KindState, 2> m_kinds;
    QPointer<ftapi::ApiClient> m_client;
    QPointer<NameDirectory> m_directory;
    QPointer<RolesModel> m_roles;
    quint64 m_generation = 0;
};

} // namespace ftmodels

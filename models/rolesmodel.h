#pragma once

#include "apierror.h"
#include "role.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

// The roles of GET /roles: what the details panel explains next to a user's role, and what
// the invite/edit/membership dialogs offer (rolesWithScope), deprecated ones marked. The
// service's list is the only source: no role name is hard-coded in the UI.
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScopeColumn, DescriptionColumn, DeprecatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        NameRole = Qt::UserRole + 1, // QString
        ScopeRole, // QStringList
        DeprecatedRole, // bool
        CustomRole, // bool
    };

    // Scope words as the service sends them.
    static QString accountScope() { return QStringLiteral("ACCOUNT"); }
    static QString destinationScope() { return QStringLiteral("DESTINATION"); }
    static QString connectionScope() { return QStringLiteral("CONNECTOR"); }

    explicit RolesModel(QObject *parent = nullptr);
    ~RolesModel() override;

    void setClient(ftapi::ApiClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    void cancel();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_hasLoaded; }

    void setRoles(const QVector<ftapi::Role> &roles); // full reset
    const QVector<ftapi::Role> &roles() const { return m_roles; }
    const ftapi::Role *role(const QString &name) const;
    QString description(const QString &name) const; // empty when unknown
    // Roles whose scope contains `scope` (case-insensitive), in the server's order.
    QVector<ftapi::Role> rolesWithScope(const QString &scope) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const ftapi::ApiError &error);
    void loadFinished();

private:
    void setLoading(bool loading);

    QVector<ftapi::Role> m_roles;
    QHash<QString, int> m_rows;
    QPointer<ftapi::ApiClient> m_client;
    quint64 m_call = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_hasLoaded = false;
};

} // namespace ftmodels

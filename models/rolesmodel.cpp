#include "rolesmodel.h"

#include "apiclient.h"

#include <QCoreApplication>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// "ACCOUNT" -> "Account", "CONNECTOR" -> "Connection" (the service's new word).
QString scopeWord(const QString &scope)
{
    const QString upper = scope.toUpper();
    if (upper == "ACCOUNT"_L1)
        return RolesModel::tr("Account");
    if (upper == "DESTINATION"_L1)
        return RolesModel::tr("Destination");
    if (upper == "CONNECTOR"_L1 || upper == "CONNECTION"_L1)
        return RolesModel::tr("Connection");
    if (upper == "TEAM"_L1)
        return RolesModel::tr("Team");
    return scope;
}

} // namespace

RolesModel::RolesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RolesModel::~RolesModel()
{
    cancel();
}

void RolesModel::setClient(ftapi::ApiClient *client)
{
    cancel();
    m_client = client;
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ftapi::Role &r = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.isCustom ? tr("%1 (custom)").arg(r.name) : r.name;
        case ScopeColumn: {
            QStringList words;
            for (const QString &scope : r.scope)
                words.append(scopeWord(scope));
            return words.join(u", "_s);
        }
        case DescriptionColumn:
            return r.description;
        case DeprecatedColumn:
            if (!r.isDeprecated)
                return QString();
            if (r.replacementRoleName && !r.replacementRoleName->isEmpty())
                return tr("Deprecated: use %1").arg(*r.replacementRoleName);
            return tr("Deprecated");
        }
        break;
    case Qt::ToolTipRole:
        return r.description;
    case NameRole:
        return r.name;
    case ScopeRole:
        return r.scope;
    case DeprecatedRole:
        return r.isDeprecated;
    case CustomRole:
        return r.isCustom;
    default:
        break;
    }
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Role");
    case ScopeColumn:
        return tr("Applies to");
    case DescriptionColumn:
        return tr("Description");
    case DeprecatedColumn:
        return tr("Deprecated");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

void RolesModel::reload()
{
    cancel();
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    const quint64 call = m_client->listRoles(
        this, [this, generation](const ftapi::ApiResult<QVector<ftapi::Role>> &result) {
            if (generation != m_generation)
                return;
            m_call = 0;
            if (result) {
                setRoles(result.value());
                m_hasLoaded = true;
            }
            setLoading(false);
            if (result)
                Q_EMIT loadFinished();
            else if (result.error().kind != ftapi::ApiError::Kind::Cancelled)
                Q_EMIT loadFailed(result.error());
        });
    if (generation == m_generation && m_loading)
        m_call = call;
}

void RolesModel::cancel()
{
    if (!m_loading)
        return;
    ++m_generation;
    if (m_client && m_call)
        m_client->cancel(m_call);
    m_call = 0;
    setLoading(false);
}

void RolesModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RolesModel::setRoles(const QVector<ftapi::Role> &roles)
{
    beginResetModel();
    m_roles.clear();
    m_rows.clear();
    for (const ftapi::Role &role : roles) {
        if (m_rows.contains(role.name))
            continue; // a hostile or buggy list: the first of a name wins
        m_rows.insert(role.name, int(m_roles.size()));
        m_roles.append(role);
    }
    endResetModel();
}

const ftapi::Role *RolesModel::role(const QString &name) const
{
    const auto it = m_rows.constFind(name);
    return it == m_rows.constEnd() ? nullptr : &m_roles.at(*it);
}

QString RolesModel::description(const QString &name) const
{
    const ftapi::Role *r = role(name);
    return r ? r->description : QString();
}

QVector<ftapi::Role> RolesModel::rolesWithScope(const QString &scope) const
{
    QVector<ftapi::Role> result;
    for (const ftapi::Role &role : m_roles) {
        if (role.hasScope(scope))
            result.append(role);
    }
    return result;
}

} // namespace ftmodels

#include "selectionreach.h"

#include "apiclient.h"
#include "bulkrunner.h"
#include "namedirectory.h"
#include "planrun.h"
#include "session.h"

#include <QCollator>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

SelectionReach::SelectionReach(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &Session::usersLoaded, this, [this] {
        forget();
        read();
    });
    connect(session, &Session::planStarted, this, [this](PlanRun *run) {
        connect(run, &PlanRun::finished, this, [this] {
            forget();
            read();
        });
    });
    connect(session->names(), &NameDirectory::namesChanged, this, &SelectionReach::rebuild);
}

SelectionReach::~SelectionReach() = default;

int SelectionReach::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SelectionReach::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SelectionReach::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Destination or connection");
    case PeopleColumn:
        return tr("People");
    case RolesColumn:
        return tr("Their roles there");
    default:
        return {};
    }
}

QVariant SelectionReach::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return row.kind == MembershipKind::Group ? tr("Destination") : tr("Connection");
        case TargetColumn:
            return row.name;
        case PeopleColumn:
            return row.people;
        case RolesColumn: {
            QStringList roles = row.roles.keys();
            std::sort(roles.begin(), roles.end(), [&row](const QString &a, const QString &b) {
                const int na = row.roles.value(a);
                const int nb = row.roles.value(b);
                return na != nb ? na > nb : a < b;
            });
            QStringList words;
            for (const QString &r : std::as_const(roles))
                words.append(tr("%1 (%2)").arg(r).arg(row.roles.value(r)));
            return words.join(u", "_s);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == PeopleColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case KindRole:
        return int(row.kind);
    case TargetIdRole:
        return row.targetId;
    case PeopleRole:
        return row.people;
    default:
        return {};
    }
}

void SelectionReach::setUsers(const QStringList &userIds)
{
    if (userIds == m_userIds)
        return;
    m_userIds = userIds;
    read();
}

int SelectionReach::peopleKnown() const
{
    int known = 0;
    for (const QString &id : m_userIds) {
        const auto it = m_known.constFind(id);
        if (it != m_known.cend() && it->groups && it->connections)
            ++known;
    }
    return known;
}

int SelectionReach::count(MembershipKind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [kind](const Row &r) { return r.kind == kind; }));
}

std::optional<QString> SelectionReach::roleOf(const QString &userId, MembershipKind kind,
                                              const QString &targetId) const
{
    const auto it = m_known.constFind(userId);
    if (it == m_known.cend())
        return std::nullopt;
    const bool groups = kind == MembershipKind::Group;
    if (!(groups ? it->groups : it->connections))
        return std::nullopt;
    for (const ftapi::Membership &m : groups ? it->groupList : it->connectionList) {
        if (m.id == targetId)
            return m.role;
    }
    return QString();
}

void SelectionReach::forget()
{
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_known.clear();
    m_failures.clear();
}

void SelectionReach::read()
{
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_failures.clear();
    ftapi::ApiClient *client = m_session->client();
    if (client && !isTooMany()) {
        auto *runner = new ftapi::BulkRunner(client, this);
        for (const QString &id : std::as_const(m_userIds)) {
            const Known &known = m_known[id];
            for (const MembershipKind kind :
                 { MembershipKind::Group, MembershipKind::Connection }) {
                if (kind == MembershipKind::Group ? known.groups : known.connections)
                    continue;
                runner->add(tr("the memberships of %1").arg(id),
                            [this, client, id, kind](QObject *context,
                                                     const ftapi::BulkRunner::Finish &finish) {
                                return client->listMemberships(
                                    kind, id, context,
                                    [this, id, kind, finish](
                                        const ftapi::ApiResult<QVector<ftapi::Membership>> &r) {
                                        if (r) {
                                            Known &k = m_known[id];
                                            if (kind == MembershipKind::Group) {
                                                k.groups = true;
                                                k.groupList = r.value();
                                            } else {
                                                k.connections = true;
                                                k.connectionList = r.value();
                                            }
                                        }
                                        finish(ftapi::outcomeOf(r));
                                    });
                            });
            }
        }
        if (runner->total() > 0) {
            m_runner = runner;
            connect(runner, &ftapi::BulkRunner::progress, this, &SelectionReach::rebuild);
            connect(runner, &ftapi::BulkRunner::finished, this, [this, runner] {
                for (const ftapi::BulkRunner::Failure &f : runner->failures())
                    m_failures.append(
                        tr("%1 could not be read: %2").arg(f.label, f.error.userText()));
                m_runner = nullptr;
                runner->deleteLater();
                rebuild();
            });
            runner->start();
        } else {
            delete runner;
        }
    }
    rebuild();
}

void SelectionReach::rebuild()
{
    QHash<QString, int> rowOf; // kind/id -> row
    QVector<Row> rows;
    NameDirectory *names = m_session->names();
    auto addAll = [&](const QString &userId, MembershipKind kind,
                      const QVector<ftapi::Membership> &list) {
        Q_UNUSED(userId)
        for (const ftapi::Membership &m : list) {
            const QString key = (kind == MembershipKind::Group ? u"g/"_s : u"c/"_s) + m.id;
            auto it = rowOf.constFind(key);
            int at = 0;
            if (it == rowOf.cend()) {
                at = int(rows.size());
                rowOf.insert(key, at);
                rows.append(Row { kind, m.id, names->targetName(kind, m.id), 0, {} });
            } else {
                at = *it;
            }
            ++rows[at].people;
            ++rows[at].roles[m.role];
        }
    };
    if (!isTooMany()) {
        for (const QString &id : std::as_const(m_userIds)) {
            const auto it = m_known.constFind(id);
            if (it == m_known.cend())
                continue;
            if (it->groups)
                addAll(id, MembershipKind::Group, it->groupList);
            if (it->connections)
                addAll(id, MembershipKind::Connection, it->connectionList);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.kind != b.kind)
            return a.kind == MembershipKind::Group;
        return collator.compare(a.name, b.name) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT reachChanged();
}

} // namespace ftmodels

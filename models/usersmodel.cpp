#include "usersmodel.h"

#include "apiclient.h"
#include "avatarcache.h"
#include "timeformat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// Mark "a load is under way" before the client has returned the call's id, and after the
// client is done while received users are still being inserted.
constexpr quint64 kStarting = ~quint64(0);
constexpr quint64 kInserting = ~quint64(1);

QColor dimmedText()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    // A page of 1,000 at once (the model's keys, the proxy's orders, the views) was the
    // longest stall while a large account loaded.
    connect(&m_insertTimer, &QTimer::timeout, this, [this] { insertQueued(kRowsPerInsert); });
}

UsersModel::~UsersModel()
{
    dropQueue(); // no rows inserted into a model being destroyed
    cancel();
}

void UsersModel::setClient(ftapi::ApiClient *client)
{
    cancel();
    m_client = client;
}

void UsersModel::setAvatarCache(AvatarCache *cache)
{
    if (m_avatars)
        disconnect(m_avatars, nullptr, this, nullptr);
    m_avatars = cache;
    if (m_avatars)
        connect(m_avatars, &AvatarCache::pictureReady, this, &UsersModel::onPictureReady);
}

void UsersModel::setAvatarSize(int size)
{
    m_avatarSize = size;
}

QModelIndex UsersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_entries.size()
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const ftapi::User &user = entry.user;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: {
            const QString name = user.fullName();
            return name.isEmpty() ? user.email : name;
        }
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return user.role ? *user.role : tr("No account role");
        case StatusColumn:
            return statusText(entry.status);
        case LastLoginColumn:
            return TimeFormat::relative(user.loggedInAt.value_or(QDateTime()));
        case CreatedColumn: {
            // Formatting a date (local time, the locale's pattern) was a tenth of a repaint of
            // the table: the rows on screen keep theirs.
            if (const QString *text = m_createdTexts.object(entry.createdMs))
                return *text;
            const QString text = TimeFormat::shortDate(user.createdAt);
            m_createdTexts.insert(entry.createdMs, new QString(text));
            return text;
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            if (user.userType == "SERVICE_ACCOUNT"_L1)
                return tr("%1 (service account)").arg(user.fullName());
            return user.fullName();
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return user.role ? QVariant(*user.role)
                             : QVariant(tr("This user has no role in the account itself."));
        case StatusColumn:
            return statusExplanation(entry.status);
        case LastLoginColumn:
            return user.loggedInAt ? TimeFormat::exact(*user.loggedInAt)
                                   : tr("Has never signed in.");
        case CreatedColumn:
            return TimeFormat::exact(user.createdAt);
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn && m_avatars)
            return m_avatars->avatar(user, m_avatarSize);
        break;
    case Qt::ForegroundRole:
        if ((column == RoleColumn && !user.role) || (column == LastLoginColumn && !user.loggedInAt))
            return dimmedText();
        if (column == StatusColumn && entry.status == UserStatus::Suspended)
            return QColor(0xb0, 0x30, 0x30);
        break;
    case Qt::FontRole:
        if (column == RoleColumn && !user.role) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case UserIdRole:
        return user.id;
    case StatusRole:
        return int(entry.status);
    case SortValueRole:
        switch (column) {
        case NameColumn:
            return entry.nameKey;
        case EmailColumn:
            return entry.emailKey;
        case RoleColumn:
            return user.role.value_or(QString());
        case StatusColumn:
            return int(entry.status);
        case LastLoginColumn:
            return user.loggedInAt.value_or(QDateTime());
        case CreatedColumn:
            return user.createdAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case EmailColumn:
            return tr("E-mail");
        case RoleColumn:
            return tr("Account role");
        case StatusColumn:
            return tr("Status");
        case LastLoginColumn:
            return tr("Last login");
        case CreatedColumn:
            return tr("Created");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoleColumn:
            return tr("The role in the account itself; destination and connection roles are "
                      "in the details panel.");
        case LastLoginColumn:
            return tr("When the user last signed in to Fivetran.");
        case CreatedColumn:
            return tr("When the user was added to the account.");
        default:
            break;
        }
    }
    return {};
}

// ---- loading

void UsersModel::reload()
{
    cancel();
    if (!m_client) {
        Q_EMIT loadFailed(ftapi::ApiError::make(ftapi::ApiError::Kind::InvalidRequest,
                                                tr("Not connected to an account.")));
        return;
    }
    const quint64 generation = ++m_generation;
    m_seen.clear();
    // Starting empty, nobody can have gone: no need to note who was seen.
    m_trackSeen = !m_entries.isEmpty();
    m_received = 0;
    setLoadCall(kStarting);
    const quint64 call = m_client->listUsersPaged(
        this,
        [this, generation](QVector<ftapi::User> &&page) {
            if (generation == m_generation)
                mergePage(std::move(page));
        },
        [this, generation](const ftapi::ApiResult<void> &result) {
            if (generation == m_generation)
                finishLoad(result.ok(), result.ok() ? ftapi::ApiError() : result.error());
        });
    // A client may refuse at once (bad URL): then the callback above already ran.
    if (generation == m_generation && m_call == kStarting)
        m_call = call;
}

void UsersModel::cancel()
{
    flushQueue(); // what arrived stays (and a list that arrived whole completes)
    if (!isLoading())
        return;
    const quint64 call = m_call;
    ++m_generation; // the cancelled call's callbacks are now stale
    if (m_client && call != kStarting && call != kInserting)
        m_client->cancel(call);
    setLoadCall(0);
}

void UsersModel::setLoadCall(quint64 call)
{
    const bool was = isLoading();
    m_call = call;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void UsersModel::mergePage(QVector<ftapi::User> &&page)
{
    // Known users are updated now; new ones wait in m_queue, already numbered with the rows
    // they will get (m_rows), so that a user sent twice stays one row. The page is ours: its
    // users move into the queue (a copy of a thousand users was a few milliseconds a page).
    const int queueRow = int(m_entries.size()) - int(m_queueHead); // the row of m_queue[0]
    const qsizetype received = page.size();
    for (ftapi::User &user : page) {
        if (m_trackSeen)
            m_seen.insert(user.id);
        const int newRow = queueRow + int(m_queue.size());
        const int row = m_rows.valueOrInsert(user.id, newRow);
        if (row < 0) {
            m_queue.append(std::move(user));
            continue;
        }
        if (row < m_entries.size()) {
            if (m_entries.at(row).user.id == user.id) {
                replaceRow(row, user);
                continue;
            }
        } else {
            const qsizetype at = row - queueRow;
            if (at >= m_queueHead && at < m_queue.size() && m_queue.at(at).id == user.id) {
                m_queue[at] = std::move(user);
                continue;
            }
        }
        m_rows.insert(user.id, newRow);
        m_queue.append(std::move(user));
    }
    m_received += int(received);
    if (m_queueHead < m_queue.size())
        m_insertTimer.start();
    Q_EMIT loadProgress(m_received);
}

void UsersModel::insertQueued(qsizetype most)
{
    const qsizetype count = std::min(most, m_queue.size() - m_queueHead);
    if (count > 0) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(count) - 1);
        // No reserve(): an exact reserve per batch would copy every row every time.
        for (qsizetype i = m_queueHead; i < m_queueHead + count; ++i)
            m_entries.append(makeEntry(std::move(m_queue[i])));
        m_queueHead += count;
        endInsertRows();
    }
    if (m_queueHead < m_queue.size()) {
        // Pages may keep arriving before the queue runs dry: let go of the users already
        // inserted (the others keep their numbers: m_queue[0]'s row moves up with them).
        if (m_queueHead >= kRowsPerInsert * 4) {
            m_queue.remove(0, m_queueHead);
            m_queueHead = 0;
            // A fast server runs ahead of the batches: the room of users already inserted
            // (a User each, 16 MB for 50,000) is given back, not kept for later pages.
            if (m_queue.capacity() > 2 * m_queue.size() + kRowsPerInsert * 4)
                m_queue.squeeze();
        }
        m_insertTimer.start();
        return;
    }
    m_insertTimer.stop();
    m_queue = {}; // and its room
    m_queueHead = 0;
    if (m_call == kInserting)
        completeLoad(); // the client was done before the last rows were in
}

void UsersModel::flushQueue()
{
    if (m_queueHead < m_queue.size())
        insertQueued(m_queue.size());
}

void UsersModel::dropQueue()
{
    m_insertTimer.stop();
    for (qsizetype i = m_queueHead; i < m_queue.size(); ++i)
        m_rows.remove(m_queue.at(i).id);
    m_queue.clear();
    m_queueHead = 0;
}

void UsersModel::finishLoad(bool ok, const ftapi::ApiError &error)
{
    m_finishOk = ok;
    m_finishError = error;
    if (m_queueHead < m_queue.size()) {
        m_call = kInserting; // still loading; insertQueued() completes
        return;
    }
    completeLoad();
}

void UsersModel::completeLoad()
{
    const bool ok = m_finishOk;
    const ftapi::ApiError error = std::exchange(m_finishError, {});
    if (ok) {
        // Whoever the complete list no longer names was deleted elsewhere.
        if (m_trackSeen) {
            QVector<int> gone;
            for (int row = 0; row < m_entries.size(); ++row) {
                if (!m_seen.contains(m_entries.at(row).user.id))
                    gone.append(row);
            }
            removeRowList(gone);
        }
        m_hasLoaded = true;
    }
    m_seen.clear();
    setLoadCall(0);
    if (ok)
        Q_EMIT loadFinished();
    else if (error.kind != ftapi::ApiError::Kind::Cancelled)
        Q_EMIT loadFailed(error);
}

// ---- reading

const ftapi::User *UsersModel::user(const QString &userId) const
{
    const int row = rowOf(userId);
    return row >= 0 ? &m_entries.at(row).user : nullptr;
}

const ftapi::User &UsersModel::userAt(int row) const
{
    return m_entries.at(row).user;
}

UserStatus UsersModel::statusAt(int row) const
{
    return m_entries.at(row).status;
}

const QString &UsersModel::nameKeyAt(int row) const
{
    return m_entries.at(row).nameKey;
}

const QString &UsersModel::emailKeyAt(int row) const
{
    return m_entries.at(row).emailKey;
}

int UsersModel::rowOf(const QString &userId) const
{
    const int row = m_rows.value(userId, -1);
    return row >= 0 && row < m_entries.size() && m_entries.at(row).user.id == userId ? row : -1;
}

QVector<ftapi::User> UsersModel::users() const
{
    QVector<ftapi::User> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.user);
    return result;
}

QString UsersModel::foldKey(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    // Drop accents so "muller" finds "Müller" and sorts it among the m's.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            key.append(c);
    }
    return key.toCaseFolded();
}

UsersModel::Entry UsersModel::makeEntry(ftapi::User user)
{
    Entry entry;
    const QString name = user.fullName();
    entry.nameKey = foldKey(name.isEmpty() ? user.email : name);
    entry.emailKey = foldKey(user.email);
    entry.loggedInMs = user.loggedInAt ? user.loggedInAt->toMSecsSinceEpoch() : Entry::kNever;
    entry.createdMs = user.createdAt.isValid() ? user.createdAt.toMSecsSinceEpoch() : Entry::kNever;
    if (user.role) {
        auto it = m_roleIds.constFind(*user.role);
        if (it == m_roleIds.constEnd()) {
            it = m_roleIds.insert(*user.role, int(m_roleNames.size()));
            m_roleNames.append(*user.role);
        }
        entry.roleId = *it;
        user.role = m_roleNames.at(*it); // one string for everyone with this role
    }
    if (!user.userType.isEmpty()) {
        auto type = m_userTypes.constFind(user.userType);
        if (type == m_userTypes.constEnd())
            type = m_userTypes.insert(user.userType);
        user.userType = *type;
    }
    entry.status = userStatus(user);
    entry.user = std::move(user);
    return entry;
}

// ---- changes

void UsersModel::setUsers(const QVector<ftapi::User> &users)
{
    flushQueue(); // row numbers in m_rows stay true until the reset
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    m_entries.reserve(users.size());
    for (const ftapi::User &user : users) {
        if (const int row = m_rows.value(user.id); row >= 0) {
            m_entries[row] = makeEntry(user);
            continue;
        }
        m_rows.insert(user.id, int(m_entries.size()));
        m_entries.append(makeEntry(user));
    }
    endResetModel();
}

void UsersModel::appendUsers(const QVector<ftapi::User> &users)
{
    flushQueue(); // received users first: an id among them is one row
    QVector<ftapi::User> fresh;
    QHash<QString, qsizetype> freshIndex;
    for (const ftapi::User &user : users) {
        const int row = rowOf(user.id);
        if (row >= 0)
            replaceRow(row, user);
        else if (const auto it = freshIndex.constFind(user.id); it != freshIndex.constEnd())
            fresh[*it] = user;
        else {
            freshIndex.insert(user.id, fresh.size());
            fresh.append(user);
        }
    }
    insertNew(std::move(fresh));
}

void UsersModel::insertNew(QVector<ftapi::User> &&fresh)
{
    if (fresh.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    // No reserve(): an exact reserve per page would copy every row on every page.
    for (ftapi::User &user : fresh) {
        m_rows.insert(user.id, int(m_entries.size()));
        m_entries.append(makeEntry(std::move(user)));
    }
    endInsertRows();
}

int UsersModel::upsertUser(const ftapi::User &user)
{
    flushQueue();
    const int row = rowOf(user.id);
    if (row >= 0) {
        replaceRow(row, user);
        return row;
    }
    appendUsers({ user });
    return rowOf(user.id);
}

void UsersModel::replaceRow(int row, const ftapi::User &user)
{
    Entry &entry = m_entries[row];
    if (entry.user == user)
        return;
    entry = makeEntry(user);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool UsersModel::removeUser(const QString &userId)
{
    flushQueue();
    const int row = rowOf(userId);
    if (row < 0)
        return false;
    removeRowList({ row });
    return true;
}

void UsersModel::clear()
{
    cancel();
    setUsers({});
    m_hasLoaded = false;
}

void UsersModel::removeRowList(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous ranges, from the bottom up.
    QVector<std::pair<int, int>> ranges;
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            --first;
        ranges.append({ first, last });
    }
    // Each range reindexes the rows after it, so many scattered ranges would cost
    // ranges x rows: past a few dozen, one reset is cheaper (views restore by id).
    if (ranges.size() > 64) {
        beginResetModel();
        QVector<Entry> kept;
        kept.reserve(m_entries.size() - rows.size());
        qsizetype next = rows.size() - 1; // rows is descending: walk it from its end
        for (int row = 0; row < m_entries.size(); ++row) {
            if (next >= 0 && rows.at(next) == row) {
                --next;
                continue;
            }
            kept.append(std::move(m_entries[row]));
        }
        m_entries = std::move(kept);
        m_rows.clear();
        reindexFrom(0);
        endResetModel();
        return;
    }
    for (const auto &[first, last] : ranges) {
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rows.remove(m_entries.at(row).user.id);
        m_entries.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
    }
}

void UsersModel::reindexFrom(int row)
{
    for (int r = row; r < m_entries.size(); ++r)
        m_rows.insert(m_entries.at(r).user.id, r);
}

void UsersModel::onPictureReady(const QString &picture)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).user.picture == picture) {
            const QModelIndex cell = index(row, NameColumn);
            Q_EMIT dataChanged(cell, cell, { Qt::DecorationRole });
        }
    }
}

} // namespace ftmodels

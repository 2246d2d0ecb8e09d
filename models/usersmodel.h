#pragma once

#include "apierror.h"
#include "user.h"
#include "userrowindex.h"
#include "userstatus.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <limits>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

class AvatarCache;

// One row of UsersModel: the user and what filtering and sorting read, computed once.
struct UsersModelEntry
{
    ftapi::User user;
    QString nameKey;
    QString emailKey;
    qint64 loggedInMs = 0; // kNever when the user never logged in
    qint64 createdMs = 0; // kNever when unknown
    int roleId = 0; // the account role's number in UsersModel::accountRoles()
    UserStatus status = UserStatus::Active;

    static constexpr qint64 kNever = std::numeric_limits<qint64>::min(); // before any date
};

} // namespace ftmodels

// Every member is relocatable (QString, QDateTime, std::optional of them, plain values), so
// the row vector grows with a memmove instead of copying 50,000 users one by one (a copy
// showed as a 20 ms stall at each doubling while a large account loaded).
Q_DECLARE_TYPEINFO(ftmodels::UsersModelEntry, Q_RELOCATABLE_TYPE);

namespace ftmodels {

// Every user of the account, one row each, in the order the server lists them. The first
// load appends the users of each page as they arrive, a few hundred rows per turn of the
// event loop (beginInsertRows), so no turn holds a whole page's work; any other change first
// inserts what was received. A reload merges by id, so rows
// that did not change stay put and a view keeps its selection; single changes (an invite, an
// edit, a delete) are one insert, one dataChanged or one remove. Filtering and sorting are
// UsersFilterProxy's, which reads the rows through userAt() and the precomputed keys.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,
        StatusColumn,
        LastLoginColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        UserIdRole = Qt::UserRole + 1, // QString
        SortValueRole, // the column's natural value (QString, int, QDateTime)
        StatusRole, // int(UserStatus)
    };

    // Received users become rows at most this many per turn of the event loop.
    static constexpr int kRowsPerInsert = 250;

    explicit UsersModel(QObject *parent = nullptr);
    ~UsersModel() override;

    void setClient(ftapi::ApiClient *client);
    void setAvatarCache(AvatarCache *cache);
    void setAvatarSize(int size); // device-independent pixels, default 22

    // Without hasIndex()'s two virtual calls: a proxy sorting 50,000 rows makes millions.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // ---- loading from the server
    void reload(); // cancels a load in progress and starts again
    void cancel();
    bool isLoading() const { return m_call != 0; }
    bool hasLoaded() const { return m_hasLoaded; } // a complete list arrived at least once
    int receivedThisLoad() const { return m_received; }

    // ---- reading
    const ftapi::User &userAt(int row) const;
    const UsersModelEntry &entryAt(int row) const { return m_entries.at(row); }
    UserStatus statusAt(int row) const;
    // Case-folded, accent-free name and e-mail: what the proxy filters and sorts on.
    const QString &nameKeyAt(int row) const;
    const QString &emailKeyAt(int row) const;
    int rowOf(const QString &userId) const;
    // Every account role the rows have had, by number (UsersModelEntry::roleId); the empty
    // string, number 0, is "no account role". Equal roles share one string.
    const QStringList &accountRoles() const { return m_roleNames; }
    const ftapi::User *user(const QString &userId) const;
    QVector<ftapi::User> users() const;

    // How search and sort keys are made; the proxy folds its filter text the same way.
    static QString foldKey(const QString &text);

    // ---- changes (Session routes every change through these)
    void setUsers(const QVector<ftapi::User> &users); // full reset
    void appendUsers(const QVector<ftapi::User> &users);
    // Merges by id: an unknown id appends one row, a known one replaces it (one dataChanged,
    // none when nothing differs). Returns the row.
    int upsertUser(const ftapi::User &user);
    bool removeUser(const QString &userId);
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadProgress(int received); // users received so far in this load
    void loadFailed(const ftapi::ApiError &error);
    void loadFinished(); // a complete list arrived and was merged

private:
    using Entry = UsersModelEntry;

    Entry makeEntry(ftapi::User user);
    void insertNew(QVector<ftapi::User> &&fresh); // ids known to be new
    void mergePage(QVector<ftapi::User> &&page);
    void insertQueued(qsizetype most); // the first `most` of m_queue become rows
    void flushQueue(); // before any other change: all of m_queue become rows now
    void dropQueue();
    void finishLoad(bool ok, const ftapi::ApiError &error); // the client is done
    void completeLoad(); // ...and every user received is a row
    void replaceRow(int row, const ftapi::User &user);
    void removeRowList(QVector<int> rows); // any order
    void reindexFrom(int row);
    void onPictureReady(const QString &picture);
    void setLoadCall(quint64 call);

    QVector<Entry> m_entries;
    UserRowIndex m_rows; // id -> row
    mutable QCache<qint64, QString> m_createdTexts { 2048 }; // by UsersModelEntry::createdMs
    QStringList m_roleNames { QString() };
    QSet<QString> m_userTypes; // one string for each kind of user
    QHash<QString, int> m_roleIds { { QString(), 0 } };
    QPointer<ftapi::ApiClient> m_client;
    QPointer<AvatarCache> m_avatars;
    // New users received and not yet rows; m_queue[m_queueHead] is the next one.
    QVector<ftapi::User> m_queue;
    qsizetype m_queueHead = 0;
    QTimer m_insertTimer;
    bool m_finishOk = false;
    ftapi::ApiError m_finishError;
    QSet<QString> m_seen; // ids received in the load in progress (when m_trackSeen)
    bool m_trackSeen = false;
    quint64 m_call = 0;
    quint64 m_generation = 0;
    int m_received = 0;
    int m_avatarSize = 22;
    bool m_hasLoaded = false;
};

} // namespace ftmodels

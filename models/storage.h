#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ftmodels {

// Which account rows belong to: the profile's name, the API URL and a fingerprint of the API
// key (a one-way hash, never the key itself), so two keys of one account keep apart histories
// only if they are different keys.
struct AccountKey
{
    QString profile;
    QString apiUrl;
    QString keyFingerprint;

    static QString fingerprint(const QString &apiKey); // 16 hex digits of a SHA-256
};

// The local state that must last (the change journal, access snapshots): one SQLite file
// through Qt SQL, under the XDG data directory, in WAL mode so a reader never blocks a writer
// and two consoles can share it, with a schema version and the migrations to the current one.
// Nothing secret is ever stored here. One connection per Storage object (and thread).
//
//   Storage storage;
//   if (!storage.open(Storage::defaultPath(), &error)) ...
//   const qint64 account = storage.accountId({u"Production"_s, url, AccountKey::fingerprint(key)});
class Storage
{
public:
    static constexpr int kSchemaVersion = 3;

    Storage();
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // $XDG_DATA_HOME/fivetran-admin/fivetran-admin.sqlite (default ~/.local/share/...).
    static QString defaultPath();

    // Opens (creating the file and its folder when needed) and migrates to kSchemaVersion.
    // False with the reason in *error; the file is left as it was.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const; // as stored in the file

    // The row of `key` in the accounts table, created on first use; -1 on failure.
    qint64 accountId(const AccountKey &key);

private:
    bool migrate(QString *error);

    QString m_connection;
    QString m_path;
};

} // namespace ftmodels

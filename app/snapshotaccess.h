#pragma once

#include "journalaccess.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace ftmodels {
class AuditCollector;
class SnapshotStore;
} // namespace ftmodels

namespace ftapp {

class ApiEndpoint;

// The snapshots of the account an ApiEndpoint talks to, for the headless commands: the same
// storage file and account row as the change journal (under the command's $XDG_DATA_HOME).
class SnapshotAccess
{
public:
    SnapshotAccess();
    ~SnapshotAccess();

    bool open(const ApiEndpoint &endpoint, const QProcessEnvironment &environment, QString *error);
    ftmodels::SnapshotStore *store() const { return m_store.get(); }

    // Saves the finished audit of `collector` as a snapshot; says on `err` under the
    // command's name why it was not saved, and with `sayDone` that it was. Returns the
    // snapshot's id, 0 when it was not saved.
    static qint64 saveAudit(const ApiEndpoint &endpoint, const QProcessEnvironment &environment,
                            const ftmodels::AuditCollector &collector, const QString &command,
                            QTextStream &err, bool sayDone);

    // The account in words for a report: the URL, "(demo)" for the built-in sandbox.
    static QString accountText(const ApiEndpoint &endpoint);

private:
    JournalAccess m_journal;
    std::unique_ptr<ftmodels::SnapshotStore> m_store;
};

} // namespace ftapp

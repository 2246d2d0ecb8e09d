#pragma once

#include <QString>
#include <QTextStream>

#include <memory>

namespace ftapi {
class ApiClient;
}
namespace ftmodels {
class Journal;
class Storage;
} // namespace ftmodels

namespace ftapp {

class ApiEndpoint;

// The change journal of the account an ApiEndpoint talks to, for the headless commands: the
// storage file (ftmodels::Storage::defaultPath(), so $XDG_DATA_HOME) opened, the account's row
// found, and entries whose outcome is unknown settled by reading the state, said on stderr.
class JournalAccess
{
public:
    JournalAccess();
    ~JournalAccess();

    bool open(const ApiEndpoint &endpoint, QString *error);
    ftmodels::Journal *journal() const { return m_journal.get(); }

    // Reads the state of every entry a stopped program left unknown and completes it; says
    // what it found on `err`. Returns the entries settled. Runs its own event loop.
    int settle(ftapi::ApiClient *client, QTextStream &err);

private:
    std::unique_ptr<ftmodels::Storage> m_storage;
    std::unique_ptr<ftmodels::Journal> m_journal;
};

} // namespace ftapp

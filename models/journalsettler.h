#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

class ChangeVerifier;
class Journal;

// Settles the journal entries whose outcome is unknown (the program stopped after an entry was
// written and before its answer came): it reads the state of each (ChangeVerifier), and
// completes the entry as applied or not, marked as settled later. An entry whose state cannot
// be read now stays unknown for the next time. What it did is said in report().
class JournalSettler : public QObject
{
    Q_OBJECT

public:
    // `client` and `journal` must outlive the settler.
    JournalSettler(ftapi::ApiClient *client, Journal *journal, QObject *parent = nullptr);

    void start(); // finished() follows, also when there is nothing to settle
    int settled() const { return m_settled; }
    int stillUnknown() const { return m_unknown; }
    const QStringList &report() const { return m_report; } // one line per entry, in words

Q_SIGNALS:
    void finished();

private:
    void done();

    QPointer<ftapi::ApiClient> m_client;
    Journal *m_journal = nullptr;
    ChangeVerifier *m_verifier = nullptr;
    QStringList m_report;
    int m_pending = 0;
    int m_settled = 0;
    int m_unknown = 0;
};

} // namespace ftmodels

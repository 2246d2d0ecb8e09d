#include "snapshotaccess.h"

#include "apiendpoint.h"
#include "auditcollector.h"
#include "journal.h"
#include "snapshotstore.h"

namespace ftapp {

using namespace Qt::StringLiterals;

SnapshotAccess::SnapshotAccess() = default;
SnapshotAccess::~SnapshotAccess() = default;

bool SnapshotAccess::open(const ApiEndpoint &endpoint, const QProcessEnvironment &environment,
                          QString *error)
{
    if (!m_journal.open(endpoint, error, JournalAccess::storagePath(environment)))
        return false;
    const ftmodels::Journal *journal = m_journal.journal();
    m_store = std::make_unique<ftmodels::SnapshotStore>(journal->storage(), journal->account());
    return true;
}

qint64 SnapshotAccess::saveAudit(const ApiEndpoint &endpoint,
                                 const QProcessEnvironment &environment,
                                 const ftmodels::AuditCollector &collector, const QString &command,
                                 QTextStream &err, bool sayDone)
{
    SnapshotAccess access;
    QString error;
    qint64 id = 0;
    if (access.open(endpoint, environment, &error))
        id = access.store()->save(collector.data(), collector.result(), &error);
    if (id <= 0)
        err << command << u": the snapshot was not saved: "_s << error << u"\n"_s;
    else if (sayDone)
        err << command << u": saved as snapshot "_s << id << u" ("_s
            << collector.data().users.size() << u" users, "_s
            << ftmodels::SnapshotStore::grantCount(collector.data()) << u" grants).\n"_s;
    err.flush();
    return id;
}

QString SnapshotAccess::accountText(const ApiEndpoint &endpoint)
{
    const QString url = endpoint.url().toString(QUrl::StripTrailingSlash);
    return endpoint.isDemo() ? u"%1 (demo)"_s.arg(url) : url;
}

} // namespace ftapp

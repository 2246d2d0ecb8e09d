#include "journalaccess.h"

#include "apiendpoint.h"
#include "journal.h"
#include "journalsettler.h"
#include "storage.h"

#include <QEventLoop>

namespace ftapp {

using namespace Qt::StringLiterals;

JournalAccess::JournalAccess() = default;
JournalAccess::~JournalAccess() = default;

bool JournalAccess::open(const ApiEndpoint &endpoint, QString *error)
{
    m_storage = std::make_unique<ftmodels::Storage>();
    if (!m_storage->open(ftmodels::Storage::defaultPath(), error))
        return false;
    const ftmodels::AccountKey key { endpoint.isDemo() ? u"demo"_s : QString(),
                                     endpoint.url().toString(QUrl::StripTrailingSlash),
                                     endpoint.keyFingerprint() };
    const qint64 account = m_storage->accountId(key);
    if (account < 0) {
        *error = u"cannot record the account in %1"_s.arg(m_storage->path());
        return false;
    }
    m_journal = std::make_unique<ftmodels::Journal>(m_storage.get(), account);
    return true;
}

int JournalAccess::settle(ftapi::ApiClient *client, QTextStream &err)
{
    if (!m_journal)
        return 0;
    ftmodels::JournalSettler settler(client, m_journal.get());
    QEventLoop loop;
    QObject::connect(&settler, &ftmodels::JournalSettler::finished, &loop, &QEventLoop::quit);
    settler.start();
    loop.exec();
    for (const QString &line : settler.report())
        err << u"journal: "_s << line << u"\n"_s;
    err.flush();
    return settler.settled();
}

} // namespace ftapp

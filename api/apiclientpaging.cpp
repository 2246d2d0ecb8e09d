// ApiClient's lists: page after page under one CallId, each page read on this thread or, for
// the users, on a worker of parsePool().
#include "apiclient.h"
#include "jsonparsers.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

ApiError cancelledError()
{
    return ApiError::make(ApiError::Kind::Cancelled, u"The request was cancelled."_s);
}

// What a worker made of one page's answer. It reads only what it was handed (the answer, the
// ids seen so far, a parser that keeps no state) and hands all of it back: nothing the client
// shares is touched off its thread.
template<typename T>
struct PageRead
{
    ApiError error; // unmasked: the client masks it on its own thread
    bool ok = false;
    QVector<T> items;
    QString nextCursor;
    QSet<QString> seenIds;
};

template<typename T>
PageRead<T> readPage(const RawReply &raw, ItemParser<T> parser, QSet<QString> seenIds)
{
    PageRead<T> read;
    read.seenIds = std::move(seenIds);
    const auto fail = [&read](const ApiError &error) {
        read.error = error;
        return std::move(read);
    };
    const ApiResult<ApiResponse> reply = interpretReply(raw, false);
    if (!reply)
        return fail(reply.error());
    ApiResult<Page<QJsonValue>> page = parseRawPage(reply.value().data);
    if (!page)
        return fail(page.error());
    // Two items with one id would be merged or shown twice further up: the list is wrong, so
    // none of it is used from here on.
    const QString duplicate = firstDuplicateId(page.value().items, &read.seenIds);
    if (!duplicate.isNull())
        return fail(ApiError::listStopped(ApiError::Stop::DuplicateId, 0, duplicate));
    // The whole page first: a page is handed over whole or not at all.
    const QVector<QJsonValue> &items = page.value().items;
    read.items.reserve(items.size());
    for (const QJsonValue &item : items) {
        ApiResult<T> parsed = parser(item);
        if (!parsed)
            return fail(parsed.error());
        read.items.append(std::move(parsed).value());
    }
    read.nextCursor = page.value().nextCursor;
    read.ok = true;
    return read;
}

} // namespace

// A list being fetched page after page under one CallId.
struct ApiClient::PagedCall
{
    CallId call = 0;
    ApiRequest request;
    QPointer<QObject> context;
    RawPageHandler onPage; // reads the page's JSON on the client's thread
    RawReplyHandler offThread; // or: the answer goes to a worker as it came
    Callback<void> done;
    QString cursor;
    QSet<QString> seenCursors;
    QSet<QString> seenIds; // of the items so far: a list names each once
    QMetaObject::Connection watch; // forgets the call when its receiver goes away
    int pages = 0;
    bool cancelled = false;
};

ApiClient::CallId ApiClient::fetchAll(const ApiRequest &request, QObject *context,
                                      RawPageHandler onPage, Callback<void> done)
{
    auto paged = std::make_shared<PagedCall>();
    paged->request = request;
    paged->context = context ? context : this;
    paged->onPage = std::move(onPage);
    paged->done = std::move(done);
    return startPaged(paged);
}

ApiClient::CallId ApiClient::startPaged(const std::shared_ptr<PagedCall> &paged)
{
    paged->call = m_scheduler->newTicket();
    m_paged.insert(paged->call, paged);
    const CallId call = paged->call;
    paged->watch = connect(paged->context.data(), &QObject::destroyed, this,
                           [this, call] { m_paged.remove(call); });
    fetchNextPage(paged);
    return call;
}

// A page's JSON (QJsonDocument) and its users (parseUser) were most of the longest stalls of
// the event loop while a large account loaded, 4 to 15 ms a page of 1,000: they are read on a
// worker, and this thread only takes the finished users over (moved, not copied).
template<typename T>
ApiClient::CallId ApiClient::fetchAllOffThread(const ApiRequest &request, ItemParser<T> parser,
                                               QObject *context, PageCallback<T> onPage,
                                               Callback<void> done)
{
    auto paged = std::make_shared<PagedCall>();
    paged->request = request;
    paged->context = context ? context : this;
    paged->done = std::move(done);
    paged->offThread = [this, parser, onPage = std::move(onPage)](
                           const std::shared_ptr<PagedCall> &call, const RawReply &raw) {
        // The watcher belongs to the client: deleted with it, it takes its pending finished()
        // along, so a worker that is still reading never reaches a client that is gone (the
        // worker itself holds nothing of the client's).
        auto *watcher = new QFutureWatcher<PageRead<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, call, watcher, onPage] {
            watcher->deleteLater();
            PageRead<T> read = watcher->future().takeResult();
            call->seenIds = std::move(read.seenIds);
            if (!call->context) // the receiver went away while the page was read
                return;
            if (call->cancelled) {
                finishPaged(call, cancelledError());
                return;
            }
            if (!read.ok) {
                finishPaged(call, m_mask.apply(read.error));
                return;
            }
            onPage(std::move(read.items));
            continuePaged(call, read.nextCursor);
        });
        watcher->setFuture(
            QtConcurrent::run(m_parsePool, &readPage<T>, raw, parser, std::move(call->seenIds)));
    };
    return startPaged(paged);
}

void ApiClient::finishPaged(const std::shared_ptr<PagedCall> &paged, const ApiResult<void> &outcome)
{
    m_paged.remove(paged->call);
    disconnect(paged->watch);
    if (paged->context)
        paged->done(outcome);
}

void ApiClient::fetchNextPage(const std::shared_ptr<PagedCall> &paged)
{
    ApiRequest request = paged->request;
    request.query.append({ u"limit"_s, QString::number(m_pageLimit) });
    if (!paged->cursor.isEmpty())
        request.query.append({ u"cursor"_s, paged->cursor });
    if (paged->offThread) {
        if (!m_urlProblem.isEmpty()) {
            const ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, m_urlProblem);
            // On the client (it is `this` the callback needs); finishPaged() asks the receiver.
            QTimer::singleShot(0, this, [this, paged, error] { finishPaged(paged, error); });
            return;
        }
        submitRaw(paged->call, request, paged->context,
                  [paged](const RawReply &raw) { paged->offThread(paged, raw); });
        return;
    }
    sendOn(
        paged->call, request, paged->context,
        [this, paged](const ApiResult<ApiResponse> &reply) {
            if (!reply) {
                finishPaged(paged, reply.error());
                return;
            }
            ApiResult<Page<QJsonValue>> page = parseRawPage(reply.value().data);
            if (!page) {
                finishPaged(paged, page.error());
                return;
            }
            // Two items with one id would be merged or shown twice further up: the list is
            // wrong, so none of it is used from here on.
            const QString duplicate = firstDuplicateId(page.value().items, &paged->seenIds);
            if (!duplicate.isNull()) {
                finishPaged(
                    paged,
                    m_mask.apply(ApiError::listStopped(ApiError::Stop::DuplicateId, 0, duplicate)));
                return;
            }
            const ApiResult<void> accepted = paged->onPage(page.value().items);
            if (!accepted) {
                finishPaged(paged, accepted.error());
                return;
            }
            continuePaged(paged, page.value().nextCursor);
        },
        true);
}

void ApiClient::continuePaged(const std::shared_ptr<PagedCall> &paged, const QString &next)
{
    if (!paged->context) // the receiver went away while handling the page
        return;
    if (paged->cancelled) {
        finishPaged(paged, cancelledError());
        return;
    }
    if (next.isEmpty()) {
        finishPaged(paged, {});
        return;
    }
    // A server that hands out the same cursor again, or a new one forever, would page forever.
    if (paged->seenCursors.contains(next)) {
        finishPaged(paged, ApiError::listStopped(ApiError::Stop::RepeatedCursor, 0, {}));
        return;
    }
    if (++paged->pages >= m_maxPages) {
        finishPaged(paged, ApiError::listStopped(ApiError::Stop::TooManyPages, m_maxPages, {}));
        return;
    }
    paged->seenCursors.insert(next);
    paged->cursor = next;
    fetchNextPage(paged);
}

void ApiClient::cancel(CallId call)
{
    if (auto paged = m_paged.value(call))
        paged->cancelled = true;
    m_scheduler->cancel(call);
}

void ApiClient::cancelAll()
{
    for (const auto &paged : std::as_const(m_paged))
        paged->cancelled = true;
    m_scheduler->cancelAll();
}

ApiClient::CallId ApiClient::listUsersPaged(QObject *context, PageCallback<User> onPage,
                                            Callback<void> done)
{
    return fetchAllOffThread<User>(ApiRequest::get(u"/users"_s), &parseUser, context,
                                   std::move(onPage), std::move(done));
}

} // namespace ftapi

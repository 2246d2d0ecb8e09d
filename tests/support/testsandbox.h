#pragma once

// An in-process sandbox server for tests, with a client already holding its credentials.
// Link the test with ftsandbox and Qt6::Network.

#include "sandboxserver.h"
#include "testhttp.h"

namespace fttest {

class TestSandbox
{
public:
    explicit TestSandbox(const ftsandbox::SandboxOptions &options = {})
        : m_server(options)
    {
        m_listening = m_server.listen(0);
    }

    bool isListening() const { return m_listening; }
    ftsandbox::SandboxServer &server() { return m_server; }
    ftsandbox::SandboxStore &store() { return m_server.store(); }
    QNetworkAccessManager &manager() { return m_manager; }
    QByteArray authorization() const
    {
        return basicAuthorization(m_server.options().apiKey, m_server.options().apiSecret);
    }

    // `path` is relative to the base URL (".../v1") and may carry a query: "/users?limit=5".
    QUrl url(const QString &path) const { return QUrl(m_server.baseUrl().toString() + path); }
    // Relative to the server's root instead: "/users", "/__stats".
    QUrl rootUrl(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()) + path);
    }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       int timeoutMs = 10000)
    {
        return sendRequest(m_manager, method, url(path), body, authorization(), timeoutMs);
    }
    HttpResult request(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return request(method, path, toJson(body));
    }
    HttpResult get(const QString &path) { return request("GET", path); }

    // Follows next_cursor from `path` (which must not carry a query) and returns every item;
    // *pages receives the number of requests made. Stops after `maxPages` to never loop.
    QJsonArray getAll(const QString &path, int limit = 1000, int *pages = nullptr,
                      int maxPages = 10000)
    {
        QJsonArray all;
        QString cursor;
        int count = 0;
        while (count < maxPages) {
            QString query = QStringLiteral("?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const HttpResult page = get(path + query);
            ++count;
            if (page.status != 200)
                break;
            const QJsonArray items = page.items();
            for (const QJsonValue &item : items)
                all.append(item);
            cursor = page.nextCursor().toString();
            if (cursor.isEmpty())
                break;
        }
        if (pages)
            *pages = count;
        return all;
    }

private:
    ftsandbox::SandboxServer m_server;
    QNetworkAccessManager m_manager;
    bool m_listening = false;
};

} // namespace fttest

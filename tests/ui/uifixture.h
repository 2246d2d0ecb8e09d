#pragma once

// A sandbox, a client, a session and (on demand) a main window on them, for the widget
// tests. Settings go to QStandardPaths' test locations, never to the real ones.

#include "../models/modelfixture.h"
#include "avatarcache.h"
#include "mainwindow.h"
#include "sandboxstore.h"
#include "session.h"
#include "usersmodel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace fttest {

inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("fivetran-admin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-admin-tests"));
}

struct UiFixture
{
    explicit UiFixture(const ftsandbox::SandboxOptions &options, bool demo = true)
        : sandbox(options)
    {
        client = newClient(sandbox, &owner);
        client->scheduler()->setMaxAttempts(1);
        session = std::make_unique<ftmodels::Session>(
            client, ftmodels::AccountInfo { QString(), sandbox.server().baseUrl(), demo });
        // Never the internet from a test (a non-demo session would fetch https pictures).
        session->avatars()->setRemoteFetchEnabled(false);
        // Its windows start as on a first start: no size, split or columns that another
        // test's window saved.
        if (QStandardPaths::isTestModeEnabled())
            QSettings(QSettings::UserScope, QCoreApplication::organizationName(),
                      QCoreApplication::applicationName())
                .remove(QStringLiteral("MainWindow"));
    }

    ~UiFixture()
    {
        window.reset(); // before the session it shows
    }

    ftui::MainWindow *openWindow()
    {
        window = std::make_unique<ftui::MainWindow>(session.get());
        window->show();
        return window.get();
    }

    bool startAndWait()
    {
        QSignalSpy loaded(session.get(), &ftmodels::Session::usersLoaded);
        session->start();
        return loaded.wait(20000) && QTest::qWaitFor([&] { return !session->isBusy(); }, 10000);
    }

    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return !session->isBusy(); }, 10000);
    }

    // The first user of the store with at least the given numbers of memberships.
    QString userWith(int groups, int connections) const
    {
        const ftsandbox::SandboxStore &store = const_cast<TestSandbox &>(sandbox).store();
        for (const ftsandbox::SandboxUser &user : store.users()) {
            if (store.groupMemberships(user.id).size() >= groups
                && store.connectionMemberships(user.id).size() >= connections)
                return user.id;
        }
        return {};
    }

    TestSandbox sandbox;
    QObject owner;
    ftapi::ApiClient *client = nullptr;
    std::unique_ptr<ftmodels::Session> session;
    std::unique_ptr<ftui::MainWindow> window;
};

} // namespace fttest

#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ftmodels {
class Session;
}

namespace ftui {

class MembershipsView;
class ReachView;

// The right side of the window: who the current user is (avatar, name, e-mail, status,
// account role with what the role allows, phone, last login, creation, id) and what they can
// holds (a tab of destination memberships and one of connection memberships, by name) and,
// beside them, everything they can really reach and why ("Can reach").
// Follows the session's current user and refreshes when that user changes.
class UserDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailsPanel(ftmodels::Session *session, QWidget *parent = nullptr);

    MembershipsView *destinations() const { return m_destinations; }
    MembershipsView *connections() const { return m_connections; }
    ReachView *reach() const { return m_reach; }

    enum Tab { DestinationsTab, ConnectionsTab, ReachTab };
    QTabWidget *tabs() const { return m_tabs; }
    bool isShowingUser() const;

    // The text of a field label, by object name ("detailsName", "detailsEmail",
    // "detailsRole", "detailsRoleDescription", "detailsStatus", "detailsPhone",
    // "detailsLastLogin", "detailsCreated", "detailsUserId"), for tests.
    QString fieldText(const QString &objectName) const;

private:
    void showCurrentUser();
    void updateTabTitles();
    QLabel *addField(const QString &objectName);

    ftmodels::Session *m_session = nullptr; // outlives the widget
    QStackedWidget *m_stack = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_lastLogin = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_userId = nullptr;
    QTabWidget *m_tabs = nullptr;
    MembershipsView *m_destinations = nullptr;
    MembershipsView *m_connections = nullptr;
    ReachView *m_reach = nullptr;
};

} // namespace ftui

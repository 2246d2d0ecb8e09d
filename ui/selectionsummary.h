#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace ftmodels {
class SelectionReach;
class Session;
} // namespace ftmodels

namespace ftui {

// What the details side shows while several people are selected: how many, their account
// roles and statuses counted, and every destination and connection they reach together
// through their memberships (SelectionReach), with how many of them and in which roles.
class SelectionSummary : public QWidget
{
    Q_OBJECT

public:
    SelectionSummary(ftmodels::Session *session, ftmodels::SelectionReach *reach,
                     QWidget *parent = nullptr);

    // The people to sum up; read after a short pause, so extending a selection key by key
    // reads once.
    void setUsers(const QStringList &userIds);

    QLabel *titleLabel() const { return m_title; }
    QLabel *rolesLabel() const { return m_roles; }
    QLabel *reachLabel() const { return m_reachText; }
    QTableView *reachTable() const { return m_table; }

private:
    void updateCounts();
    void updateReach();

    ftmodels::Session *m_session = nullptr; // outlives the widget
    ftmodels::SelectionReach *m_reach = nullptr;
    QStringList m_userIds;
    QLabel *m_title = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_statuses = nullptr;
    QLabel *m_reachText = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_delay = nullptr;
};

} // namespace ftui

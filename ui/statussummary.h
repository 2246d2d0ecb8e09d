#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace ftmodels {
class Session;
class UsersFilterProxy;
} // namespace ftmodels

namespace ftui {

// The status bar's permanent part: how many users the account has and how many the filters
// show ("1,234 users · 12 shown"), and a progress indicator while anything loads (with the
// count of users received so far while pages arrive).
class StatusSummary : public QWidget
{
    Q_OBJECT

public:
    StatusSummary(ftmodels::Session *session, ftmodels::UsersFilterProxy *proxy,
                  QWidget *parent = nullptr);

    QString text() const;
    QProgressBar *progressBar() const { return m_progress; }

private:
    void update();

    ftmodels::Session *m_session = nullptr; // outlives the widget
    ftmodels::UsersFilterProxy *m_proxy = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace ftui

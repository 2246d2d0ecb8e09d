#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace ftapp {

class ApiEndpoint;

// A stand-in main window until the real one (models/ and ui/) takes over: lists the account's
// users as pages arrive, and says where it is connected.
class UserListWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit UserListWindow(ApiEndpoint *endpoint, QWidget *parent = nullptr);

    void load();

private:
    ApiEndpoint *m_endpoint;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace ftapp

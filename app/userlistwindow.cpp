#include "userlistwindow.h"

#include "apiendpoint.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStatusBar>

namespace ftapp {

using namespace Qt::StringLiterals;

UserListWindow::UserListWindow(ApiEndpoint *endpoint, QWidget *parent)
    : QMainWindow(parent), m_endpoint(endpoint), m_list(new QListWidget(this)),
      m_status(new QLabel(this))
{
    setCentralWidget(m_list);
    statusBar()->addWidget(m_status, 1);
    const QString where = endpoint->isDemo() ? u"Demo (built-in sandbox)"_s
                                             : endpoint->url().toDisplayString();
    setWindowTitle(u"Fivetran Admin — %1"_s.arg(where));
    resize(720, 520);
}

void UserListWindow::load()
{
    m_list->clear();
    m_status->setText(tr("Loading users…"));
    m_endpoint->client()->listUsersPaged(
        this,
        [this](const QVector<ftapi::User> &page) {
            for (const ftapi::User &u : page) {
                QString text = u.fullName().isEmpty() ? u.email
                                                      : u.fullName() + u" <"_s + u.email + u">"_s;
                if (u.role)
                    text += u" — "_s + *u.role;
                m_list->addItem(text);
            }
            m_status->setText(tr("%1 users so far…").arg(QLocale().toString(m_list->count())));
        },
        [this](const ftapi::ApiResult<void> &done) {
            m_status->setText(done ? tr("%1 users").arg(QLocale().toString(m_list->count()))
                                   : done.error().userText());
        });
}

} // namespace ftapp

#include "statussummary.h"

#include "session.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace ftui {

using namespace Qt::StringLiterals;

StatusSummary::StatusSummary(ftmodels::Session *session, ftmodels::UsersFilterProxy *proxy,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(proxy)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadingProgress"_s);
    m_progress->setRange(0, 0); // the total is unknown until the last page
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_label = new QLabel(this);
    m_label->setObjectName(u"usersSummary"_s);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);

    ftmodels::UsersModel *users = session->users();
    connect(users, &ftmodels::UsersModel::loadProgress, this, &StatusSummary::update);
    connect(users, &QAbstractItemModel::rowsInserted, this, &StatusSummary::update);
    connect(users, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::update);
    connect(users, &QAbstractItemModel::modelReset, this, &StatusSummary::update);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &StatusSummary::update);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::update);
    connect(proxy, &QAbstractItemModel::modelReset, this, &StatusSummary::update);
    // Many rows shown or hidden at once (a refresh that changes many users) are one layout
    // change of the proxy.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &StatusSummary::update);
    connect(proxy, &ftmodels::UsersFilterProxy::filtersChanged, this, &StatusSummary::update);
    connect(session, &ftmodels::Session::busyChanged, this, &StatusSummary::update);
    update();
}

QString StatusSummary::text() const
{
    return m_label->text();
}

void StatusSummary::update()
{
    const QLocale locale;
    const ftmodels::UsersModel *users = m_session->users();
    const int total = users->rowCount();
    QString text;
    if (users->isLoading() && !users->hasLoaded()) {
        text = tr("Loading users… %1 so far").arg(locale.toString(users->receivedThisLoad()));
    } else {
        text = total == 1 ? tr("1 user") : tr("%1 users").arg(locale.toString(total));
        if (m_proxy && m_proxy->isFiltering())
            text += u" · "_s + tr("%1 shown").arg(locale.toString(m_proxy->rowCount()));
        if (users->isLoading())
            text += u" · "_s + tr("refreshing…");
    }
    m_label->setText(text);
    m_progress->setVisible(m_session->isBusy());
}

} // namespace ftui

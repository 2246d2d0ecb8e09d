#include "selectionsummary.h"

#include "selectionreach.h"
#include "session.h"
#include "themecolours.h"
#include "usersmodel.h"
#include "userstatus.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ftui {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

constexpr int kReadDelayMs = 250;

// "Account Reviewer: 30 · Account Administrator: 2", most first.
QString countsText(const QMap<QString, int> &counts)
{
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) > counts.value(b);
    });
    QStringList parts;
    const QLocale locale;
    for (const QString &k : std::as_const(keys))
        parts.append(k + u": "_s + locale.toString(counts.value(k)));
    return parts.join(u" · "_s);
}

} // namespace

SelectionSummary::SelectionSummary(ftmodels::Session *session, ftmodels::SelectionReach *reach,
                                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reach(reach)
{
    setObjectName(u"selectionSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->setSpacing(8);
    auto label = [this, layout](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };
    m_title = label(u"summaryTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_title->setFont(big);
    m_roles = label(u"summaryRoles"_s);
    m_statuses = label(u"summaryStatuses"_s);
    m_statuses->setStyleSheet(textStyle(TextTone::Secondary));
    m_reachText = label(u"summaryReach"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"summaryReachTable"_s);
    m_table->setModel(reach);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The names take the room; the short columns fit what they hold (a few dozen rows at most).
    QHeaderView *header = m_table->horizontalHeader();
    using Reach = ftmodels::SelectionReach;
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Reach::TargetColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("What the selected people reach together"));
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kReadDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] { m_reach->setUsers(m_userIds); });
    connect(reach, &ftmodels::SelectionReach::reachChanged, this, &SelectionSummary::updateReach);
    connect(session->users(), &QAbstractItemModel::dataChanged, this,
            &SelectionSummary::updateCounts);
}

void SelectionSummary::setUsers(const QStringList &userIds)
{
    m_userIds = userIds;
    updateCounts();
    m_delay->start();
    updateReach();
}

void SelectionSummary::updateCounts()
{
    const int n = int(m_userIds.size());
    m_title->setText(tr("%n people selected", nullptr, n));
    QMap<QString, int> roles;
    QMap<QString, int> statuses;
    const ftmodels::UsersModel *users = m_session->users();
    for (const QString &id : std::as_const(m_userIds)) {
        const ftapi::User *u = users->user(id);
        if (!u)
            continue;
        ++roles[u->role.value_or(tr("No account role"))];
        ++statuses[ftmodels::statusText(ftmodels::userStatus(*u))];
    }
    m_roles->setText(tr("Account roles: %1").arg(countsText(roles)));
    m_statuses->setText(countsText(statuses));
}

void SelectionSummary::updateReach()
{
    const QLocale locale;
    if (m_userIds.size() > m_reach->maxPeople()) {
        m_reachText->setText(tr("Select at most %1 people to see the destinations and "
                                "connections they reach together (each person's memberships "
                                "are read).")
                                 .arg(locale.toString(m_reach->maxPeople())));
        m_table->hide();
        return;
    }
    m_table->show();
    const bool current = m_reach->users() == m_userIds;
    const int known = current ? m_reach->peopleKnown() : 0;
    QString text = tr("Together they are members of %n destination(s)", nullptr,
                      m_reach->count(MembershipKind::Group))
        + u' ' + tr("and %n connection(s).", nullptr, m_reach->count(MembershipKind::Connection));
    if (!current || m_reach->isLoading())
        text = tr("Reading memberships: %1 of %2 people…")
                   .arg(locale.toString(known), locale.toString(m_userIds.size()));
    else if (!m_reach->failures().isEmpty())
        text += u' '
            + tr("%n list(s) could not be read, so this may be incomplete.", nullptr,
                 int(m_reach->failures().size()));
    text += u' '
        + tr("An account role can reach more than these memberships: the access audit "
             "(Ctrl+Shift+A) shows all of it.");
    m_reachText->setText(text);
}

} // namespace ftui

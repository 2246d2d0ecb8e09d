#include "userdetailspanel.h"

#include "avatarcache.h"
#include "membershipsview.h"
#include "reachview.h"
#include "rolesmodel.h"
#include "session.h"
#include "themecolours.h"
#include "timeformat.h"
#include "usersmodel.h"
#include "userstatus.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::UserStatus;

namespace {

constexpr int kAvatarSize = 56;

QString chipStyle(UserStatus status)
{
    const char *colours = "#e7f4ec; color: #1f6b3f";
    switch (status) {
    case UserStatus::Active:
        break;
    case UserStatus::InvitationPending:
        colours = "#e6effa; color: #24548f";
        break;
    case UserStatus::EmailNotVerified:
        colours = "#fbf3dc; color: #7a5a00";
        break;
    case UserStatus::Suspended:
        colours = "#f9e3e3; color: #8f2424";
        break;
    }
    return u"QLabel { background: "_s + QLatin1String(colours)
        + u"; border-radius: 9px; padding: 2px 10px; font-weight: 600; }"_s;
}

} // namespace

UserDetailsPanel::UserDetailsPanel(ftmodels::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *placeholder = new QLabel(tr("Select a user to see their profile and everything "
                                      "they can reach."),
                                   m_stack);
    placeholder->setObjectName(u"detailsPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(textStyle(TextTone::Secondary) + u" font-size: large;"_s);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->setSpacing(10);

    // Who
    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    m_avatar = new QLabel(page);
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    head->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    m_name = new QLabel(page);
    m_name->setObjectName(u"detailsName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email = new QLabel(page);
    m_email->setObjectName(u"detailsEmail"_s);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setStyleSheet(textStyle(TextTone::Secondary));
    m_status = new QLabel(page);
    m_status->setObjectName(u"detailsStatus"_s);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    who->addWidget(m_name);
    who->addWidget(m_email);
    who->addSpacing(4);
    who->addLayout(statusRow);
    head->addLayout(who, 1);
    layout->addLayout(head);

    // What the account knows about them
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_role = addField(u"detailsRole"_s);
    QFont bold = m_role->font();
    bold.setBold(true);
    m_role->setFont(bold);
    m_roleDescription = addField(u"detailsRoleDescription"_s);
    m_roleDescription->setStyleSheet(textStyle(TextTone::Secondary));
    auto *roleBox = new QVBoxLayout;
    roleBox->setSpacing(2);
    roleBox->addWidget(m_role);
    roleBox->addWidget(m_roleDescription);
    form->addRow(tr("Account role:"), roleBox);
    m_phone = addField(u"detailsPhone"_s);
    form->addRow(tr("Phone:"), m_phone);
    m_lastLogin = addField(u"detailsLastLogin"_s);
    form->addRow(tr("Last login:"), m_lastLogin);
    m_created = addField(u"detailsCreated"_s);
    form->addRow(tr("Added:"), m_created);
    m_userId = addField(u"detailsUserId"_s);
    m_userId->setStyleSheet(textStyle(TextTone::Secondary) + u" font-family: monospace;"_s);
    form->addRow(tr("User id:"), m_userId);
    layout->addLayout(form);

    // What they can reach
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"membershipTabs"_s);
    m_tabs->setDocumentMode(true);
    m_destinations = new MembershipsView(session, ftapi::MembershipKind::Group, m_tabs);
    m_connections = new MembershipsView(session, ftapi::MembershipKind::Connection, m_tabs);
    m_tabs->addTab(m_destinations, QString());
    m_tabs->addTab(m_connections, QString());
    m_reach = new ReachView(session, m_tabs);
    m_tabs->addTab(m_reach, QString());
    m_tabs->setTabToolTip(ReachTab,
                          tr("Every destination and connection they can really reach: "
                             "through their account role, destinations and teams "
                             "too, with the reasons."));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_destinations, &MembershipsView::countChanged, this,
            &UserDetailsPanel::updateTabTitles);
    connect(m_connections, &MembershipsView::countChanged, this,
            &UserDetailsPanel::updateTabTitles);
    connect(m_reach, &ReachView::countChanged, this, &UserDetailsPanel::updateTabTitles);
    connect(session, &ftmodels::Session::currentUserChanged, this,
            &UserDetailsPanel::showCurrentUser);
    connect(session, &ftmodels::Session::currentUserUpdated, this,
            &UserDetailsPanel::showCurrentUser);
    connect(session->roles(), &QAbstractItemModel::modelReset, this,
            &UserDetailsPanel::showCurrentUser);
    connect(session->avatars(), &ftmodels::AvatarCache::pictureReady, this,
            &UserDetailsPanel::showCurrentUser);
    updateTabTitles();
    showCurrentUser();
}

QLabel *UserDetailsPanel::addField(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool UserDetailsPanel::isShowingUser() const
{
    return m_stack->currentIndex() == 1;
}

QString UserDetailsPanel::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void UserDetailsPanel::showCurrentUser()
{
    const ftapi::User *user = m_session ? m_session->currentUser() : nullptr;
    if (!user) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_avatar->setPixmap(m_session->avatars()->avatar(*user, kAvatarSize));
    const QString name = user->fullName();
    m_name->setText(name.isEmpty() ? user->email : name);
    m_email->setText(user->email);

    const UserStatus status = ftmodels::userStatus(*user);
    m_status->setText(ftmodels::statusText(status));
    m_status->setToolTip(ftmodels::statusExplanation(status));
    m_status->setStyleSheet(chipStyle(status));

    if (user->role) {
        m_role->setText(*user->role);
        const ftapi::Role *role = m_session->roles()->role(*user->role);
        QString description = role ? role->description : QString();
        if (role && role->isDeprecated) {
            description += u' '
                + (role->replacementRoleName && !role->replacementRoleName->isEmpty()
                       ? tr("This role is deprecated; its replacement is %1.")
                             .arg(*role->replacementRoleName)
                       : tr("This role is deprecated."));
        }
        m_roleDescription->setText(description.trimmed());
    } else {
        m_role->setText(tr("No account role"));
        m_roleDescription->setText(tr("This user reaches only the destinations and connections "
                                      "listed below."));
    }
    m_roleDescription->setVisible(!m_roleDescription->text().isEmpty());

    m_phone->setText(user->phone && !user->phone->isEmpty() ? *user->phone : tr("Not given"));
    if (user->loggedInAt) {
        m_lastLogin->setText(ftmodels::TimeFormat::relative(*user->loggedInAt) + u" · "_s
                             + ftmodels::TimeFormat::exact(*user->loggedInAt));
    } else {
        m_lastLogin->setText(tr("Never signed in"));
    }
    m_created->setText(ftmodels::TimeFormat::exact(user->createdAt));
    QString id = user->id;
    if (user->userType == "SERVICE_ACCOUNT"_L1)
        id += tr(" (service account)");
    m_userId->setText(id);
}

void UserDetailsPanel::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Destinations (%1)").arg(m_destinations->count()));
    m_tabs->setTabText(1, tr("Connections (%1)").arg(m_connections->count()));
    const int reached = m_reach->count();
    m_tabs->setTabText(ReachTab, reached < 0 ? tr("Can reach") : tr("Can reach (%1)").arg(reached));
}

} // namespace ftui

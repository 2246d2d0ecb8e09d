#include "accountindicator.h"

#include "themecolours.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ftui {

using namespace Qt::StringLiterals;

AccountIndicator::AccountIndicator(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(8);
    m_badge = new QLabel(tr("Demo"), this);
    m_badge->setObjectName(u"demoBadge"_s);
    m_badge->setToolTip(tr("The built-in sandbox: sample data, nothing here touches a real "
                           "Fivetran account."));
    m_badge->setStyleSheet(u"QLabel { background: #e8590c; color: white; font-weight: bold; "
                           u"border-radius: 8px; padding: 2px 9px; }"_s);
    m_badge->hide();
    m_label = new QLabel(this);
    m_label->setObjectName(u"accountLabel"_s);
    m_label->setStyleSheet(textStyle(TextTone::Secondary));
    layout->addWidget(m_badge);
    layout->addWidget(m_label);
}

void AccountIndicator::setAccount(const ftmodels::AccountInfo &account)
{
    m_badge->setVisible(account.demo);
    const QString url = account.url.toDisplayString();
    m_label->setText(account.demo ? tr("Sandbox at %1").arg(account.label()) : account.label());
    const QString tip = tr("Connected to %1").arg(url);
    m_label->setToolTip(tip);
    setToolTip(tip);
}

bool AccountIndicator::isDemoBadgeVisible() const
{
    return !m_badge->isHidden();
}

QString AccountIndicator::label() const
{
    return m_label->text();
}

} // namespace ftui

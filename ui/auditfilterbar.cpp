#include "auditfilterbar.h"

#include "auditfilterproxy.h"
#include "auditmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::AuditFlag;
using ftmodels::AuditKind;

namespace {

// Role combo entries: "any role" has no data; "no role" an empty string; others the name.
constexpr int kAnyRoleIndex = 0;

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *fields = new QHBoxLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"auditUserFilter"_s);
    m_user->setPlaceholderText(tr("User name or e-mail"));
    m_user->setClearButtonEnabled(true);
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"auditTargetFilter"_s);
    m_target->setPlaceholderText(tr("Destination or connection"));
    m_target->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"auditKindFilter"_s);
    m_kind->addItem(tr("Any kind"));
    for (AuditKind kind : ftmodels::Audit::allKinds())
        m_kind->addItem(ftmodels::Audit::kindText(kind), int(kind));
    m_role = new QComboBox(this);
    m_role->setObjectName(u"auditRoleFilter"_s);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clear = new QPushButton(tr("Clear filters"), this);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    fields->addWidget(label(tr("&User:"), m_user));
    fields->addWidget(m_user, 2);
    fields->addWidget(label(tr("&Target:"), m_target));
    fields->addWidget(m_target, 2);
    fields->addWidget(label(tr("&Kind:"), m_kind));
    fields->addWidget(m_kind);
    fields->addWidget(label(tr("&Role:"), m_role));
    fields->addWidget(m_role, 1);
    fields->addWidget(m_clear);
    outer->addLayout(fields);

    // The flags in rows of three: seven check boxes in one line would make the window wider
    // than a laptop's screen in some languages.
    auto *flags = new QHBoxLayout;
    auto *boxes = new QGridLayout;
    boxes->setContentsMargins(0, 0, 0, 0);
    boxes->setHorizontalSpacing(12);
    boxes->setVerticalSpacing(2);
    m_flagMatch = new QComboBox(this);
    m_flagMatch->setObjectName(u"auditFlagMatch"_s);
    m_flagMatch->addItem(tr("any of", "hygiene flags"), false);
    m_flagMatch->addItem(tr("all of", "hygiene flags"), true);
    m_flagMatch->setToolTip(tr("Show the rows that carry any of the checked flags, or only "
                               "those that carry all of them."));
    auto *hygiene = new QLabel(tr("&Hygiene:"), this);
    hygiene->setBuddy(m_flagMatch);
    boxes->addWidget(hygiene, 0, 0);
    boxes->addWidget(m_flagMatch, 0, 1);
    flags->addLayout(boxes);
    constexpr int kPerRow = 3;
    connect(m_flagMatch, &QComboBox::currentIndexChanged, this, [this] {
        const bool all = m_flagMatch->currentData().toBool();
        forEachProxy([all](ftmodels::AuditFilterBase &p) { p.setFlagsMatchAll(all); });
        updateClearButton();
    });
    for (AuditFlag flag : ftmodels::Audit::allFlags()) {
        auto *box = new QCheckBox(flagCaption(flag, -1), this);
        box->setObjectName(u"auditFlag_"_s + ftmodels::Audit::flagKey(flag));
        box->setToolTip(ftmodels::Audit::flagExplanation(flag));
        const int at = int(m_flags.size());
        m_flags.insert(flag, box);
        boxes->addWidget(box, at / kPerRow, 2 + at % kPerRow);
        connect(box, &QCheckBox::toggled, this, [this, flag](bool on) {
            forEachProxy([flag, on](ftmodels::AuditFilterBase &p) { p.setFlagFiltered(flag, on); });
            updateClearButton();
        });
    }
    flags->addStretch(1);
    outer->addLayout(flags);

    connect(m_user, &QLineEdit::textChanged, this, [this](const QString &text) {
        forEachProxy([&text](ftmodels::AuditFilterBase &p) { p.setUserFilter(text); });
        updateClearButton();
    });
    connect(m_target, &QLineEdit::textChanged, this, [this](const QString &text) {
        forEachProxy([&text](ftmodels::AuditFilterBase &p) { p.setTargetFilter(text); });
        updateClearButton();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditFilterBar::applyKind);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AuditFilterBar::applyRole);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
    refresh();
}

void AuditFilterBar::setModels(ftmodels::AuditModel *model, ftmodels::AuditFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_proxies.removeAll(nullptr);
    addProxy(proxy);
    refresh();
}

void AuditFilterBar::addProxy(ftmodels::AuditFilterBase *proxy)
{
    if (!proxy || m_proxies.contains(proxy))
        return;
    m_proxies.append(proxy);
    // A filter of the proxy's own (the effective view's level) enables Clear as well.
    connect(proxy, &ftmodels::AuditFilterBase::filtersChanged, this,
            &AuditFilterBar::updateClearButton);
}

template<typename Apply>
void AuditFilterBar::forEachProxy(Apply apply)
{
    for (const QPointer<ftmodels::AuditFilterBase> &proxy : std::as_const(m_proxies)) {
        if (ftmodels::AuditFilterBase *p = proxy.data(); p != nullptr)
            apply(*p);
    }
}

void AuditFilterBar::applyKind()
{
    const QVariant kind = m_kind->currentData();
    const std::optional<AuditKind> chosen =
        kind.isValid() ? std::optional(AuditKind(kind.toInt())) : std::nullopt;
    forEachProxy([chosen](ftmodels::AuditFilterBase &p) { p.setKindFilter(chosen); });
    updateClearButton();
}

void AuditFilterBar::applyRole()
{
    const QVariant role = m_role->currentData();
    const std::optional<QString> chosen =
        role.isValid() ? std::optional(role.toString()) : std::nullopt;
    forEachProxy([&chosen](ftmodels::AuditFilterBase &p) { p.setRoleFilter(chosen); });
    updateClearButton();
}

void AuditFilterBar::refresh()
{
    const ftmodels::AuditModel *model = m_model.data();
    // Keep the chosen role when it still exists in the new result.
    const QVariant chosen = m_role->currentData();
    {
        const QSignalBlocker blocker(m_role);
        m_role->clear();
        m_role->addItem(tr("Any role"));
        const QStringList roles = model ? model->distinctRoles() : QStringList();
        for (const QString &role : roles)
            m_role->addItem(role.isEmpty() ? tr("No role") : role, role);
        const int again = chosen.isValid() ? m_role->findData(chosen) : kAnyRoleIndex;
        m_role->setCurrentIndex(again >= 0 ? again : kAnyRoleIndex);
    }
    applyRole();

    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const int users = model ? model->usersWithFlag(it.key()) : 0;
        it.value()->setText(flagCaption(it.key(), model && !model->isEmpty() ? users : -1));
    }
}

QString AuditFilterBar::flagCaption(AuditFlag flag, int users)
{
    const QString words = users < 0
        ? ftmodels::Audit::flagText(flag)
        : tr("%1 (%2)").arg(ftmodels::Audit::flagText(flag), QLocale().toString(users));
    return ftmodels::Audit::flagMark(flag) + u' ' + words;
}

void AuditFilterBar::clear()
{
    m_user->clear();
    m_target->clear();
    m_kind->setCurrentIndex(0);
    m_role->setCurrentIndex(kAnyRoleIndex);
    for (QCheckBox *box : std::as_const(m_flags))
        box->setChecked(false);
    m_flagMatch->setCurrentIndex(0);
    forEachProxy([](ftmodels::AuditFilterBase &p) { p.clearFilters(); });
    Q_EMIT cleared();
    updateClearButton();
}

void AuditFilterBar::updateClearButton()
{
    bool filtering = false;
    forEachProxy(
        [&filtering](ftmodels::AuditFilterBase &p) { filtering = filtering || p.isFiltering(); });
    m_clear->setEnabled(filtering);
}

} // namespace ftui

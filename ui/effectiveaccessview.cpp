#include "effectiveaccessview.h"

#include "accessreasons.h"
#include "effectivefilterproxy.h"
#include "effectivemodel.h"
#include "effectivepivotmodel.h"
#include "themecolours.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::AccessLevel;
using ftmodels::AccessPath;
using ftmodels::EffectivePivotModel;

EffectiveAccessView::EffectiveAccessView(ftmodels::EffectiveModel *model,
                                         ftmodels::EffectiveFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(u"effectiveAccess"_s);
    m_byPerson = new EffectivePivotModel(EffectivePivotModel::Mode::ByPerson, this);
    m_byPerson->setSourceModel(proxy);
    m_byTarget = new EffectivePivotModel(EffectivePivotModel::Mode::ByTarget, this);
    m_byTarget->setSourceModel(proxy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    m_byPersonButton = new QRadioButton(tr("By &person"), this);
    m_byPersonButton->setObjectName(u"effectiveByPersonButton"_s);
    m_byPersonButton->setToolTip(tr("What can each person really reach, and why?"));
    m_byTargetButton = new QRadioButton(tr("By destination or &connection"), this);
    m_byTargetButton->setObjectName(u"effectiveByTargetButton"_s);
    m_byTargetButton->setToolTip(tr("Who can really reach each destination and connection, and "
                                    "through what?"));
    auto *pivots = new QButtonGroup(this);
    pivots->addButton(m_byPersonButton);
    pivots->addButton(m_byTargetButton);
    m_byPersonButton->setChecked(true);
    controls->addWidget(m_byPersonButton);
    controls->addWidget(m_byTargetButton);
    controls->addSpacing(16);

    m_level = new QComboBox(this);
    m_level->setObjectName(u"effectiveLevelFilter"_s);
    m_level->addItem(tr("Any level"));
    for (AccessLevel level :
         { AccessLevel::Manage, AccessLevel::Edit, AccessLevel::View, AccessLevel::Unknown })
        m_level->addItem(ftmodels::AccessReasons::levelText(level), int(level));
    m_path = new QComboBox(this);
    m_path->setObjectName(u"effectivePathFilter"_s);
    m_path->addItem(tr("Any path"));
    for (AccessPath::Via via : AccessPath::allVias())
        m_path->addItem(ftmodels::AccessReasons::viaText(via), int(via));
    m_path->setToolTip(tr("Rows reached through this kind of path (among others)."));
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    controls->addWidget(label(tr("&Level:"), m_level));
    controls->addWidget(m_level);
    controls->addWidget(label(tr("Pat&h:"), m_path));
    controls->addWidget(m_path);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_teamsNote = new QLabel(this);
    m_teamsNote->setObjectName(u"effectiveTeamsNote"_s);
    m_teamsNote->setWordWrap(true);
    m_teamsNote->setStyleSheet(textStyle(TextTone::Secondary));
    m_teamsNote->hide();
    layout->addWidget(m_teamsNote);

    m_stack = new QStackedWidget(this);
    m_byPersonView = makeTree(m_byPerson, u"effectiveByPerson"_s, tr("Effective access by person"));
    m_byTargetView = makeTree(m_byTarget, u"effectiveByTarget"_s,
                              tr("Effective access by destination or connection"));
    m_stack->addWidget(m_byPersonView);
    m_stack->addWidget(m_byTargetView);
    layout->addWidget(m_stack, 1);

    connect(m_byPersonButton, &QRadioButton::toggled, this,
            [this](bool on) { m_stack->setCurrentIndex(on ? 0 : 1); });
    connect(m_level, &QComboBox::currentIndexChanged, this, &EffectiveAccessView::applyLevel);
    connect(m_path, &QComboBox::currentIndexChanged, this, &EffectiveAccessView::applyPath);
}

QTreeView *EffectiveAccessView::makeTree(EffectivePivotModel *model, const QString &name,
                                         const QString &accessibleName)
{
    auto *view = new QTreeView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->resizeSection(EffectivePivotModel::LabelColumn, 240);
    header->resizeSection(EffectivePivotModel::DetailColumn, 200);
    header->resizeSection(EffectivePivotModel::LevelColumn,
                          330); // "Verwalten 1 · Bearbeiten 13 · Ansehen 56"
    header->setSectionResizeMode(EffectivePivotModel::ReasonsColumn, QHeaderView::Stretch);
    header->resizeSection(EffectivePivotModel::FlagsColumn, 160);
    return view;
}

EffectiveAccessView::Pivot EffectiveAccessView::pivot() const
{
    return m_byPersonButton->isChecked() ? Pivot::ByPerson : Pivot::ByTarget;
}

void EffectiveAccessView::setPivot(Pivot pivot)
{
    (pivot == Pivot::ByPerson ? m_byPersonButton : m_byTargetButton)->setChecked(true);
}

QTreeView *EffectiveAccessView::currentView() const
{
    return pivot() == Pivot::ByPerson ? m_byPersonView : m_byTargetView;
}

void EffectiveAccessView::refresh()
{
    const bool show = !m_model->isEmpty() && !m_model->teamsRead();
    m_teamsNote->setText(show ? tr("Teams could not be read: this server or API key does not "
                                   "show them, so what teams grant is not included.")
                              : QString());
    m_teamsNote->setVisible(show);
}

void EffectiveAccessView::clearOwnFilters()
{
    m_level->setCurrentIndex(0);
    m_path->setCurrentIndex(0);
}

void EffectiveAccessView::applyLevel()
{
    const QVariant level = m_level->currentData();
    m_proxy->setLevelFilter(level.isValid() ? std::optional(AccessLevel(level.toInt()))
                                            : std::nullopt);
    Q_EMIT filtersChanged();
}

void EffectiveAccessView::applyPath()
{
    const QVariant via = m_path->currentData();
    m_proxy->setViaFilter(via.isValid() ? std::optional(AccessPath::Via(via.toInt()))
                                        : std::nullopt);
    Q_EMIT filtersChanged();
}

} // namespace ftui

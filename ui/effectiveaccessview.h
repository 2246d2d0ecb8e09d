#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QTreeView;

namespace ftmodels {
class EffectiveFilterProxy;
class EffectiveModel;
class EffectivePivotModel;
} // namespace ftmodels

namespace ftui {

// The audit window's "Effective access" tab: what everyone can really reach, by person or by
// destination or connection (two pivots over the same filtered rows), with the level and the
// reasons in words, filtered by level and by the kind of path besides the audit's own filters
// (which the window's filter bar writes into the same proxy). Says when the server would not
// show its teams, so the view is read as what it is.
class EffectiveAccessView : public QWidget
{
    Q_OBJECT

public:
    EffectiveAccessView(ftmodels::EffectiveModel *model, ftmodels::EffectiveFilterProxy *proxy,
                        QWidget *parent = nullptr);

    enum class Pivot { ByPerson, ByTarget };
    Pivot pivot() const;
    void setPivot(Pivot pivot);

    void refresh(); // the model has a new result: the teams note, the trees' columns
    void clearOwnFilters(); // level and path back to "any"

    ftmodels::EffectivePivotModel *byPersonModel() const { return m_byPerson; }
    ftmodels::EffectivePivotModel *byTargetModel() const { return m_byTarget; }
    QTreeView *byPersonView() const { return m_byPersonView; }
    QTreeView *byTargetView() const { return m_byTargetView; }
    QTreeView *currentView() const;
    QRadioButton *byPersonButton() const { return m_byPersonButton; }
    QRadioButton *byTargetButton() const { return m_byTargetButton; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *pathCombo() const { return m_path; }
    QLabel *teamsNote() const { return m_teamsNote; }

Q_SIGNALS:
    void filtersChanged();

private:
    QTreeView *makeTree(ftmodels::EffectivePivotModel *model, const QString &name,
                        const QString &accessibleName);
    void applyLevel();
    void applyPath();

    ftmodels::EffectiveModel *m_model = nullptr;
    ftmodels::EffectiveFilterProxy *m_proxy = nullptr;
    ftmodels::EffectivePivotModel *m_byPerson = nullptr;
    ftmodels::EffectivePivotModel *m_byTarget = nullptr;
    QRadioButton *m_byPersonButton = nullptr;
    QRadioButton *m_byTargetButton = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_path = nullptr;
    QLabel *m_teamsNote = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_byPersonView = nullptr;
    QTreeView *m_byTargetView = nullptr;
};

} // namespace ftui

#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace ftmodels {
class ReachModel;
class Session;
} // namespace ftmodels

namespace ftui {

class EmptyState;

// The details panel's "Can reach" tab: every destination and connection the current user can
// really reach, through their own memberships, their account role, a destination or a team,
// with the level and, one line each below it, the reasons in words ("Manage, because their
// account role is Account Administrator"). Says what is still loading, what could not be read
// (teams a server will not show), and why the list is empty when it is. Starts reading teams when
// first shown.
class ReachView : public QWidget
{
    Q_OBJECT

public:
    explicit ReachView(ftmodels::Session *session, QWidget *parent = nullptr);

    ftmodels::ReachModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLabel *noteLabel() const { return m_note; }
    EmptyState *emptyState() const { return m_empty; }

    int count() const; // rows shown; -1 while the answer is not complete
    // As shown, in the table's order (for tests and screen readers).
    QString targetNameAt(int row) const;
    QString levelAt(int row) const;
    QStringList reasonsAt(int row) const;
    int rowOf(const QString &targetName) const; // -1 when not shown

Q_SIGNALS:
    void countChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void update();
    void expandReasons();

    ftmodels::ReachModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_note = nullptr;
    EmptyState *m_empty = nullptr;
    int m_lastCount = -2;
};

} // namespace ftui

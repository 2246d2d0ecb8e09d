#pragma once

#include "membership.h"

#include <QPointer>
#include <QWidget>

class QTableView;

namespace ftmodels {
class MembershipsProxy;
class Session;
} // namespace ftmodels

namespace ftui {

class EmptyState;

// One tab of the details panel: the current user's memberships of one kind (destinations or
// connections) with names, roles and dates, and words when there is nothing to show
// ("This user has no destination memberships") or when loading failed (with a retry link).
class MembershipsView : public QWidget
{
    Q_OBJECT

public:
    MembershipsView(ftmodels::Session *session, ftapi::MembershipKind kind,
                    QWidget *parent = nullptr);

    ftapi::MembershipKind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    EmptyState *emptyState() const { return m_empty; }
    int count() const;

    QString targetNameAt(int row) const; // as shown, for tests and context menus
    QString roleAt(int row) const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void countChanged(int count);

private:
    void update();

    ftmodels::Session *m_session = nullptr; // outlives the widget
    ftapi::MembershipKind m_kind;
    ftmodels::MembershipsProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr;
    int m_lastCount = -1;
};

} // namespace ftui

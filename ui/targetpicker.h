#pragma once

#include "membership.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ftmodels {
class NameDirectory;
}

namespace ftui {

// A choice of one destination, or of one connection listed under its destination, by name
// (from the session's NameDirectory), with a box above that narrows the list as one types.
// Targets the user already belongs to stay visible but cannot be chosen ("already a member").
// Follows the directory: while it loads the list says so, and new names keep the choice.
class TargetPicker : public QWidget
{
    Q_OBJECT

public:
    TargetPicker(ftmodels::NameDirectory *names, ftapi::MembershipKind kind,
                 QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }

    // Targets that cannot be chosen, with the words shown beside them (their current role).
    void setTaken(const QHash<QString, QString> &takenWithRole);

    QString selectedId() const; // empty when nothing (choosable) is selected
    QString selectedName() const;
    bool select(const QString &id); // false when unknown or taken
    bool isLoaded() const;
    int choosableCount() const; // targets shown and choosable under the current filter

Q_SIGNALS:
    void selectionChanged();
    void activated(); // the person picked something (click, keys, typing to one match)

private:
    void fill();
    void applyFilter();
    QTreeWidgetItem *addTarget(QTreeWidgetItem *parent, const QString &id, const QString &name,
                               const QString &detail);

    ftmodels::NameDirectory *m_names = nullptr; // the session's, outlives the picker
    ftapi::MembershipKind m_kind;
    QHash<QString, QString> m_taken;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    bool m_filling = false;
};

} // namespace ftui

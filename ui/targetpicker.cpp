#include "targetpicker.h"

#include "namedirectory.h"

#include <QCollator>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kChoosableRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

// Forwards Up/Down/PageUp/PageDown from the filter box to the list, so the keyboard never
// has to leave the box to choose among the matches.
class ArrowForwarder : public QObject
{
public:
    ArrowForwarder(QTreeWidget *tree, QObject *parent)
        : QObject(parent)
        , m_tree(tree)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
                || key == Qt::Key_PageDown) {
                QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
                QCoreApplication::sendEvent(m_tree, &copy);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

TargetPicker::TargetPicker(ftmodels::NameDirectory *names, ftapi::MembershipKind kind,
                           QWidget *parent)
    : QWidget(parent)
    , m_names(names)
    , m_kind(kind)
{
    const bool groups = kind == ftapi::MembershipKind::Group;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"targetFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(groups ? tr("Type to find a destination")
                                        : tr("Type to find a connection or destination"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"targetList"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(!groups);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setMinimumHeight(180);
    m_tree->setAccessibleName(groups ? tr("Destinations") : tr("Connections by destination"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(new ArrowForwarder(m_tree, this));

    connect(m_filter, &QLineEdit::textChanged, this, &TargetPicker::applyFilter);
    connect(m_filter, &QLineEdit::textEdited, this, &TargetPicker::activated);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_filling)
            Q_EMIT selectionChanged();
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, &TargetPicker::activated);
    connect(m_tree, &QTreeWidget::itemActivated, this, &TargetPicker::activated);
    if (m_names) {
        connect(m_names, &ftmodels::NameDirectory::namesChanged, this, &TargetPicker::fill);
        connect(m_names, &ftmodels::NameDirectory::loadingChanged, this, &TargetPicker::fill);
        m_names->ensureLoaded();
    }
    fill();
}

void TargetPicker::setTaken(const QHash<QString, QString> &takenWithRole)
{
    m_taken = takenWithRole;
    fill();
}

QString TargetPicker::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (items.isEmpty() || !items.constFirst()->data(0, kChoosableRole).toBool())
        return {};
    return items.constFirst()->data(0, kIdRole).toString();
}

QString TargetPicker::selectedName() const
{
    const QString id = selectedId();
    return id.isEmpty() || !m_names ? QString() : m_names->targetName(m_kind, id);
}

bool TargetPicker::select(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, kChoosableRole).toBool() && item->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool TargetPicker::isLoaded() const
{
    if (!m_names)
        return false;
    return m_kind == ftapi::MembershipKind::Group ? m_names->groupsComplete()
                                                  : m_names->connectionsComplete();
}

int TargetPicker::choosableCount() const
{
    int count = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->isHidden() && (*it)->data(0, kChoosableRole).toBool())
            ++count;
    }
    return count;
}

QTreeWidgetItem *TargetPicker::addTarget(QTreeWidgetItem *parent, const QString &id,
                                         const QString &name, const QString &detail)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, kIdRole, id);
    item->setData(0, kSearchRole, name);
    const auto taken = m_taken.constFind(id);
    QString text = name;
    if (!detail.isEmpty())
        text += u" · "_s + detail;
    if (taken != m_taken.cend()) {
        text += u"  —  "_s
            + (taken->isEmpty() ? tr("already a member") : tr("already a member (%1)").arg(*taken));
        item->setFlags(Qt::NoItemFlags); // shown for context, never chosen twice
        item->setData(0, kChoosableRole, false);
    } else {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setData(0, kChoosableRole, true);
    }
    item->setText(0, text);
    item->setToolTip(0, id);
    return item;
}

void TargetPicker::fill()
{
    const QString previous = selectedId();
    m_filling = true;
    m_tree->clear();

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);

    QVector<ftapi::Group> groups = m_names ? m_names->groups() : QVector<ftapi::Group>();
    std::sort(groups.begin(), groups.end(), [&](const ftapi::Group &a, const ftapi::Group &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    if (m_kind == ftapi::MembershipKind::Group) {
        for (const ftapi::Group &group : std::as_const(groups))
            addTarget(nullptr, group.id, group.name.isEmpty() ? group.id : group.name, {});
    } else {
        for (const ftapi::Group &group : std::as_const(groups)) {
            QVector<ftapi::Connection> connections = m_names->connectionsOfGroup(group.id);
            if (connections.isEmpty())
                continue;
            std::sort(connections.begin(), connections.end(),
                      [&](const ftapi::Connection &a, const ftapi::Connection &b) {
                          return collator.compare(a.displayName(), b.displayName()) < 0;
                      });
            auto *header = new QTreeWidgetItem(m_tree);
            header->setText(0, group.name.isEmpty() ? group.id : group.name);
            header->setData(0, kSearchRole, header->text(0));
            header->setData(0, kChoosableRole, false);
            header->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
            QFont bold = header->font(0);
            bold.setBold(true);
            header->setFont(0, bold);
            for (const ftapi::Connection &c : std::as_const(connections))
                addTarget(header, c.id, c.displayName(), c.paused ? tr("paused") : QString());
            header->setExpanded(true);
        }
    }

    if (m_tree->topLevelItemCount() == 0) {
        auto *placeholder = new QTreeWidgetItem(m_tree);
        placeholder->setFlags(Qt::NoItemFlags);
        placeholder->setData(0, kChoosableRole, false);
        const bool groupKind = m_kind == ftapi::MembershipKind::Group;
        if (m_names && m_names->isLoading())
            placeholder->setText(
                0, groupKind ? tr("Loading destinations…") : tr("Loading connections…"));
        else if (isLoaded())
            placeholder->setText(0,
                                 groupKind ? tr("This account has no destinations.")
                                           : tr("This account has no connections."));
        else
            placeholder->setText(0,
                                 tr("The names could not be loaded. Close this window and "
                                    "try again."));
    }
    if (!previous.isEmpty())
        select(previous);
    m_filling = false;
    applyFilter();
    if (selectedId() != previous)
        Q_EMIT selectionChanged();
}

void TargetPicker::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    auto matches = [&](const QTreeWidgetItem *item) {
        return needle.isEmpty()
            || item->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->childCount() == 0) {
            top->setHidden(!top->data(0, kSearchRole).isValid() ? false : !matches(top));
            continue;
        }
        // A destination that matches shows all its connections.
        const bool headerMatches = matches(top);
        bool anyChild = false;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *child = top->child(c);
            const bool show = headerMatches || matches(child);
            child->setHidden(!show);
            anyChild = anyChild || show;
        }
        top->setHidden(!anyChild);
    }

    // Typing should be enough: keep a visible choice selected.
    QTreeWidgetItem *current = m_tree->currentItem();
    const bool currentOk = current && !current->isHidden()
        && (!current->parent() || !current->parent()->isHidden())
        && current->data(0, kChoosableRole).toBool() && current->isSelected();
    if (currentOk || needle.isEmpty())
        return;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (!item->isHidden() && (!item->parent() || !item->parent()->isHidden())
            && item->data(0, kChoosableRole).toBool()) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return;
        }
    }
    m_tree->clearSelection();
}

} // namespace ftui

#pragma once

#include "auditrow.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace ftmodels {

// The two-level tree both audit pivots share: one top row per group (a person, a target) with
// the rows of a flat base model below it, grouped by a key the subclass gives, in the order the
// source (the base model, or a proxy chain over it) shows them. Rebuilt in one reset whenever
// the source changes (a new result, a filter keystroke, a sort): grouping tens of thousands of
// rows takes milliseconds, far less than tracking moves would cost. Subclasses say which base
// model they read, how a row is keyed, and what each cell shows.
class PivotModelBase : public QAbstractItemModel
{
    Q_OBJECT

public:
    ~PivotModelBase() override;

    void setSourceModel(QAbstractItemModel *rows); // the base model or a proxy chain over one
    QAbstractItemModel *sourceModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    int groupCount() const { return int(m_groups.size()); }
    QString groupKey(int group) const { return m_groups.at(group).key; }
    QVector<int> groupRows(int group) const { return m_groups.at(group).rows; }
    int groupOf(const QString &key) const { return m_groupIndex.value(key, -1); }

protected:
    struct Group
    {
        QString key;
        QVector<int> rows; // base model rows
        AuditFlags flags; // union of the rows'
    };

    PivotModelBase(int columns, QObject *parent);

    // The base model among `model` and the proxies under it; nullptr when there is none.
    virtual QAbstractItemModel *baseModelOf(QAbstractItemModel *model) const = 0;
    // The data role that gives a base model row through any proxy (the base's SourceRowRole).
    virtual int sourceRowRole() const = 0;
    // The group of a row as a small number (0, 1, ...): grouping a million rows by number
    // takes milliseconds, by text seconds. The key is asked once per group.
    virtual int groupIdOfRow(int baseRow) const = 0;
    virtual QString groupKeyOfRow(int baseRow) const = 0;
    virtual AuditFlags flagsOfRow(int baseRow) const = 0;
    // Whether groups and their rows are ordered by groupRank() and rowRank() (smaller first,
    // ties in the source's order) rather than kept in the source's order (the default).
    virtual bool ranksRows() const { return false; }
    virtual int groupRank(int firstBaseRow) const;
    virtual int rowRank(int baseRow) const;

    QAbstractItemModel *baseModel() const { return m_base; }
    // `model`, or the first model under its chain of proxies, that is a T; nullptr if none.
    template<typename T>
    static QAbstractItemModel *findBaseModel(QAbstractItemModel *model)
    {
        while (model && !qobject_cast<T *>(model)) {
            auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
            model = proxy ? proxy->sourceModel() : nullptr;
        }
        return model;
    }
    bool isGroupIndex(const QModelIndex &index) const { return index.internalId() == 0; }
    const Group &groupAt(const QModelIndex &index) const; // of a top row, or a child's group
    int baseRowAt(const QModelIndex &child) const { return groupAt(child).rows.at(child.row()); }

private:
    void rebuild();
    void order();
    void connectSource();

    int m_columns;
    QPointer<QAbstractItemModel> m_source;
    QPointer<QAbstractItemModel> m_base;
    QVector<Group> m_groups;
    QHash<QString, int> m_groupIndex;
};

} // namespace ftmodels

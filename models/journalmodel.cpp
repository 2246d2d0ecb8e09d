#include "journalmodel.h"

#include <QLocale>
#include <QSet>

namespace ftmodels {

using namespace Qt::StringLiterals;

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalModel::setJournal(const Journal *journal)
{
    m_journal = journal;
    reload();
}

void JournalModel::setPersonFilter(const QString &text)
{
    if (m_person == text.trimmed())
        return;
    m_person = text.trimmed();
    reload();
}

void JournalModel::setTargetFilter(const QString &text)
{
    if (m_target == text.trimmed())
        return;
    m_target = text.trimmed();
    reload();
}

void JournalModel::setSince(const QDate &day)
{
    if (m_since == day)
        return;
    m_since = day;
    reload();
}

bool JournalModel::matches(const JournalEntry &e) const
{
    if (!m_person.isEmpty() && !e.userName.contains(m_person, Qt::CaseInsensitive)
        && !e.email.contains(m_person, Qt::CaseInsensitive)
        && e.userId.compare(m_person, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_target.isEmpty() && !e.targetName.contains(m_target, Qt::CaseInsensitive)
        && e.targetId.compare(m_target, Qt::CaseInsensitive) != 0)
        return false;
    if (m_since.isValid() && e.time.toLocalTime().date() < m_since)
        return false;
    return true;
}

void JournalModel::reload()
{
    beginResetModel();
    m_all = m_journal ? m_journal->entries() : QVector<JournalEntry>();
    m_undone.clear();
    for (const JournalEntry &e : std::as_const(m_all)) {
        if (e.undoes > 0 && (e.outcome == u"applied"_s || e.outcome == u"already_in_effect"_s))
            m_undone.insert(e.undoes);
    }
    m_shown.clear();
    for (qsizetype i = m_all.size() - 1; i >= 0; --i) {
        if (matches(m_all.at(i)))
            m_shown.append(m_all.at(i));
    }
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::outcomeText(const QString &outcome)
{
    if (outcome == u"applied"_s)
        return tr("Done");
    if (outcome == u"already_in_effect"_s)
        return tr("Already so");
    if (outcome == u"failed"_s)
        return tr("Failed");
    if (outcome == u"not_attempted"_s)
        return tr("Not sent");
    return tr("Not known yet");
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JournalEntry &e = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return e.osUser;
        case WhatColumn:
            return e.undoes > 0 ? tr("Undo: %1").arg(e.words) : e.words;
        case OutcomeColumn:
            return m_undone.contains(e.id) ? tr("%1, undone").arg(outcomeText(e.outcome))
                                           : outcomeText(e.outcome);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn || index.column() == WhatColumn)
            return e.message.isEmpty() ? e.words : e.message;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        return {};
    case EntryIdRole:
        return e.id;
    case BatchRole:
        return e.batch;
    case UndoneRole:
        return m_undone.contains(e.id);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

QVector<JournalEntry> JournalModel::batch(const QString &batch) const
{
    QVector<JournalEntry> found;
    for (const JournalEntry &e : m_all) {
        if (e.batch == batch)
            found.append(e);
    }
    return found;
}

} // namespace ftmodels

#include "importpreviewmodel.h"

#include "changewords.h"

namespace ftmodels {

using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case BecomesColumn:
        return tr("Becomes");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const QStringList &words = m_words.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case EmailColumn:
            return row.email;
        case NameColumn:
            return QString(row.givenName + u' ' + row.familyName).trimmed();
        case BecomesColumn:
            if (!row.isValid())
                return tr("Not imported");
            if (words.isEmpty())
                return row.existing ? tr("Nothing to change: already as the file says")
                                    : tr("Nothing to change");
            // One change, one problem a line: a German sentence ends in its verb, so one
            // cut at the column's edge lost what the change does.
            return words.join(u'\n');
        case ProblemsColumn:
            return (row.errors + row.warnings).join(u'\n');
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == BecomesColumn && !words.isEmpty())
            return words.join(u'\n');
        if (!row.errors.isEmpty() || !row.warnings.isEmpty())
            return (row.errors + row.warnings).join(u'\n');
        return {};
    case Qt::DecorationRole:
        if (index.column() != LineColumn)
            return {};
        if (!row.isValid())
            return m_errorIcon;
        return row.warnings.isEmpty() ? QVariant() : QVariant(m_warningIcon);
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case ValidRole:
        return row.isValid();
    case ErrorsRole:
        return row.errors;
    case ChangeCountRole:
        return int(row.changes.size());
    default:
        return {};
    }
}

void ImportPreviewModel::setImport(const PeopleImport &import, const AccountView &view)
{
    beginResetModel();
    m_rows = import.rows();
    m_words.clear();
    m_words.reserve(m_rows.size());
    for (const ImportRow &row : std::as_const(m_rows)) {
        QStringList words;
        const QString name = QString(row.givenName + u' ' + row.familyName).trimmed();
        for (const Change &c : row.changes)
            words.append(
                ChangeWords::describe(c, view, row.existing || name.isEmpty() ? QString() : name));
        m_words.append(words);
    }
    endResetModel();
}

void ImportPreviewModel::setSeverityIcons(const QIcon &warning, const QIcon &error)
{
    m_warningIcon = warning;
    m_errorIcon = error;
}

} // namespace ftmodels

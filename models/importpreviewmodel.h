#pragma once

#include "peopleimport.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace ftmodels {

class AccountView;

// The rows of an import as the preview shows them before anything is added: the line of the
// file, the person, what the row becomes in words ("Invite Ann Lee … ; Give Ann Lee the role
// View Destination in Finance"), and its errors and warnings, marked on the row.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, EmailColumn, NameColumn, BecomesColumn, ProblemsColumn, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        ValidRole = Qt::UserRole + 1, // bool: the row has no error
        ErrorsRole, // QStringList
        ChangeCountRole, // int: changes the row becomes
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows `import`'s rows; `view` names people and targets in the words (a full reset).
    void setImport(const PeopleImport &import, const AccountView &view);
    void setSeverityIcons(const QIcon &warning, const QIcon &error);
    const ImportRow &rowAt(int row) const { return m_rows.at(row); }

private:
    QVector<ImportRow> m_rows;
    QVector<QStringList> m_words; // per row, its changes in words
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};

} // namespace ftmodels

#pragma once

#include "peopleimport.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ftmodels {
class ImportPreviewModel;
class PendingChanges;
class PlanReader;
class Session;
} // namespace ftmodels

namespace ftui {

class MessageWidget;

// File > Import People…: reads a CSV file of people, reads from the account what its rows
// need (people, roles, destinations, connections, existing people's memberships), and shows
// every row with what it becomes and its errors marked on it. Nothing is sent: the valid rows
// go to the pending changes, where they are checked with the rest and applied together.
// Opens with open() and deletes itself on close.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(ftmodels::Session *session, ftmodels::PendingChanges *pending,
                        const QString &fileName, const QByteArray &bytes,
                        QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    bool isReading() const { return m_reader != nullptr; }
    const ftmodels::PeopleImport &import() const { return m_import; }
    ftmodels::ImportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageWidget *banner() const { return m_banner; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    const ftmodels::Plan &plan() const { return m_plan; } // what Add sends to pending

Q_SIGNALS:
    void ready(); // the rows are read and shown (or the file could not be read)
    void added(const QString &statusText);

private:
    void onRead();
    void addToPending();

    ftmodels::Session *m_session = nullptr; // outlives the dialog
    QPointer<ftmodels::PendingChanges> m_pending;
    ftmodels::PeopleImport m_import;
    ftmodels::Plan m_plan;
    QString m_fileName;
    ftmodels::PlanReader *m_reader = nullptr;
    ftmodels::ImportPreviewModel *m_model = nullptr;
    MessageWidget *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace ftui

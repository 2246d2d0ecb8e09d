#pragma once

#include "journal.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ftmodels {
class JournalModel;
class Session;
} // namespace ftmodels

namespace ftui {

class MessageWidget;
class UndoController;

// The change history (Edit > History, Ctrl+H): every change this computer's console made to
// the open account, newest first (when, who, what in words, outcome), filtered by person, by
// destination or connection and by date; the selected change's details; undo of the selected
// change or of its whole batch (through the UndoController, so it is checked and asks like
// Ctrl+Z); export of what is shown to CSV or JSON.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    HistoryWindow(ftmodels::Session *session, UndoController *undo, QWidget *parent = nullptr);

    using FileChooser = std::function<QString(const QString &caption, const QString &suggested,
                                              const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    bool exportTo(const QString &path); // what is shown; false (said in the banner) on failure

    ftmodels::JournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *personFilter() const { return m_person; }
    QLineEdit *targetFilter() const { return m_target; }
    QPushButton *undoEntryButton() const { return m_undoEntry; }
    QPushButton *undoBatchButton() const { return m_undoBatch; }
    QLabel *details() const { return m_details; }
    MessageWidget *banner() const { return m_banner; }

private:
    void updateSelection();
    QVector<ftmodels::JournalEntry> shownEntries() const;
    void exportWithDialog(const QString &suffix);

    ftmodels::Session *m_session = nullptr;
    UndoController *m_undo = nullptr;
    ftmodels::JournalModel *m_model = nullptr;
    MessageWidget *m_banner = nullptr;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateEdit *m_since = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_undoEntry = nullptr;
    QPushButton *m_undoBatch = nullptr;
    FileChooser m_chooseFile;
};

} // namespace ftui

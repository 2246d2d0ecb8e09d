#include "historywindow.h"

#include "journalexport.h"
#include "journalmodel.h"
#include "messagewidget.h"
#include "session.h"
#include "undocontroller.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

QString stateText(const QJsonObject &state)
{
    if (state.isEmpty())
        return QCoreApplication::translate("ftui::HistoryWindow", "nothing recorded");
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace

HistoryWindow::HistoryWindow(ftmodels::Session *session, UndoController *undo, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_undo(undo)
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(session->account().demo
                       ? tr("Change History — Demo account")
                       : tr("Change History — %1").arg(session->account().label()));
    auto *layout = new QVBoxLayout(this);

    m_banner = new MessageWidget(this);
    layout->addWidget(m_banner);
    auto *note = new QLabel(tr("Every change this computer made to the account, newest first. "
                               "Select one to see what it found and left, or to undo it."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *filters = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("&Person:"), this);
    m_person = new QLineEdit(this);
    m_person->setObjectName(u"historyPerson"_s);
    m_person->setPlaceholderText(tr("Name, e-mail or id"));
    m_person->setClearButtonEnabled(true);
    personLabel->setBuddy(m_person);
    auto *targetLabel = new QLabel(tr("&Destination or connection:"), this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"historyTarget"_s);
    m_target->setPlaceholderText(tr("Name or id"));
    m_target->setClearButtonEnabled(true);
    targetLabel->setBuddy(m_target);
    m_sinceOn = new QCheckBox(tr("&Since:"), this);
    m_since = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_since->setAccessibleName(tr("Since"));
    filters->addWidget(personLabel);
    filters->addWidget(m_person, 2);
    filters->addWidget(targetLabel);
    filters->addWidget(m_target, 2);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    layout->addLayout(filters);

    m_model = new ftmodels::JournalModel(this);
    m_model->setJournal(session->journal());
    m_table = new QTableView(this);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ftmodels::JournalModel::WhatColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Changes"));
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    m_undoEntry = buttons->addButton(tr("&Undo This Change"), QDialogButtonBox::ActionRole);
    m_undoBatch = buttons->addButton(tr("Undo the Whole &Batch"), QDialogButtonBox::ActionRole);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *json = buttons->addButton(tr("Export &JSON…"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_person, &QLineEdit::textChanged, m_model, &ftmodels::JournalModel::setPersonFilter);
    connect(m_target, &QLineEdit::textChanged, m_model, &ftmodels::JournalModel::setTargetFilter);
    connect(m_sinceOn, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_model->setSince(on ? m_since->date() : QDate());
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_sinceOn->isChecked())
            m_model->setSince(day);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateSelection);
    connect(session, &ftmodels::Session::journalChanged, m_model, &ftmodels::JournalModel::reload);
    connect(m_undoEntry, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_undo->undo({ m_model->entryAt(rows.constFirst().row()) });
    });
    connect(m_undoBatch, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_undo->undo(m_model->batch(m_model->entryAt(rows.constFirst().row()).batch));
    });
    connect(m_undo, &UndoController::undoFinished, this, &HistoryWindow::updateSelection);
    connect(csv, &QPushButton::clicked, this, [this] { exportWithDialog(u"csv"_s); });
    connect(json, &QPushButton::clicked, this, [this] { exportWithDialog(u"json"_s); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    m_table->resizeColumnsToContents();
    resize(980, 560);
    updateSelection();
}

void HistoryWindow::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool busy = m_undo->isBusy();
    if (!selected) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No changes to show.") : QString());
        m_undoEntry->setEnabled(false);
        m_undoBatch->setEnabled(false);
        return;
    }
    const ftmodels::JournalEntry &e = m_model->entryAt(rows.constFirst().row());
    const bool undone = rows.constFirst().data(ftmodels::JournalModel::UndoneRole).toBool();
    const bool undoable = e.outcome == u"applied"_s && !undone && !e.inverse.isEmpty();
    m_undoEntry->setEnabled(undoable && !busy);
    m_undoBatch->setEnabled(!busy && m_model->batch(e.batch).size() > 1);
    m_details->setText(
        tr("%1\n%2 by %3 with fivetran-admin %4. Outcome: %5%6\nBefore: %7\nAfter: %8")
            .arg(e.words, QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat), e.osUser,
                 e.version, ftmodels::JournalModel::outcomeText(e.outcome),
                 e.message.isEmpty() || e.message == e.words ? QString()
                                                             : u" ("_s + e.message + u')',
                 stateText(e.before), stateText(e.after)));
}

QVector<ftmodels::JournalEntry> HistoryWindow::shownEntries() const
{
    QVector<ftmodels::JournalEntry> entries;
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        entries.append(m_model->entryAt(row)); // oldest first, as the command line writes them
    return entries;
}

bool HistoryWindow::exportTo(const QString &path)
{
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    if (!csv && !path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        m_banner->showMessage(tr("Choose a file name ending in .csv or .json."),
                              MessageWidget::Type::Error);
        return false;
    }
    const QVector<ftmodels::JournalEntry> entries = shownEntries();
    const QByteArray bytes =
        csv ? ftmodels::JournalExport::toCsv(entries) : ftmodels::JournalExport::toJson(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_banner->showMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            MessageWidget::Type::Error);
        return false;
    }
    m_banner->showMessage(
        tr("Exported %1 changes to %2.")
            .arg(QLocale().toString(entries.size()), QDir::toNativeSeparators(path)),
        MessageWidget::Type::Positive);
    return true;
}

void HistoryWindow::exportWithDialog(const QString &suffix)
{
    const QString suggested = QDir::home().filePath(u"fivetran-history."_s + suffix);
    const QString filter = suffix == u"csv"_s ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    const QString path = m_chooseFile
        ? m_chooseFile(tr("Export the history"), suggested, filter)
        : QFileDialog::getSaveFileName(this, tr("Export the history"), suggested, filter);
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace ftui

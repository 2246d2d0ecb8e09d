#include "importpreviewdialog.h"

#include "icons.h"
#include "importpreviewmodel.h"
#include "messagewidget.h"
#include "pendingchanges.h"
#include "planreader.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::ImportPreviewModel;

ImportPreviewDialog::ImportPreviewDialog(ftmodels::Session *session,
                                         ftmodels::PendingChanges *pending, const QString &fileName,
                                         const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pending(pending)
    , m_import(ftmodels::PeopleImport::read(bytes))
    , m_fileName(QFileInfo(fileName).fileName())
{
    setObjectName(u"importPreviewDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Import People from %1").arg(m_fileName));
    resize(1180, 600);

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageWidget(this);
    m_banner->setObjectName(u"importBanner"_s);
    layout->addWidget(m_banner);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    layout->addWidget(m_busy);

    m_model = new ImportPreviewModel(this);
    m_model->setSeverityIcons(icon(u"warning"_s), icon(u"error"_s));
    m_table = new QTableView(this);
    m_table->setObjectName(u"importTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Each row as tall as its lines (one per change or problem), words wrapped at the
    // column's edge instead of cut.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setTabKeyNavigation(false);
    const int widths[ImportPreviewModel::ColumnCount] = { 50, 200, 140, 460, 300 };
    for (int c = 0; c < ImportPreviewModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    // A column made narrower or wider (the last one follows the dialog's width) wraps its
    // words anew: the rows are fitted again, once for a whole drag.
    auto *refit = new QTimer(this);
    refit->setSingleShot(true);
    connect(refit, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, refit,
            [refit] { refit->start(0); });
    layout->addWidget(m_table, 1);

    auto *note = new QLabel(tr("Nothing is sent from here: the valid rows go to Pending "
                               "Changes, where they are checked with everything else and "
                               "applied when you choose."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = m_buttons->addButton(tr("Add to Pending Changes"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"importAdd"_s);
    m_add->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ImportPreviewDialog::addToPending);

    if (!m_import.fileError().isEmpty()) {
        m_busy->hide();
        m_banner->showMessage(
            m_import.fileErrorLine() > 0
                ? tr("%1 cannot be imported (line %2): %3")
                      .arg(m_fileName, QString::number(m_import.fileErrorLine()),
                           m_import.fileError())
                : tr("%1 cannot be imported: %2").arg(m_fileName, m_import.fileError()),
            MessageWidget::Type::Error);
        QMetaObject::invokeMethod(this, &ImportPreviewDialog::ready, Qt::QueuedConnection);
        return;
    }
    m_summary->setText(tr("Reading what the %n row(s) need from the account…", nullptr,
                          int(m_import.rows().size())));
    m_reader = new ftmodels::PlanReader(session->client(), &session->accountView(), this);
    connect(m_reader, &ftmodels::PlanReader::finished, this, &ImportPreviewDialog::onRead);
    m_reader->start(m_import.probePlan());
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::onRead()
{
    ftmodels::PlanReader *reader = m_reader;
    m_busy->hide();
    if (!reader->problems().isEmpty()) {
        m_banner->showMessage(tr("The account could not be read, so the rows cannot be "
                                 "checked: %1")
                                  .arg(reader->problems().join(u' ')),
                              MessageWidget::Type::Error);
    }
    m_plan = m_import.resolve(reader->snapshot(), nullptr);
    m_model->setImport(m_import, reader->snapshot());
    // Rows fitted to their lines once, not on every repaint: a header in ResizeToContents
    // measures every row again whenever anything changes.
    m_table->resizeRowsToContents();
    m_reader = nullptr;
    reader->deleteLater();

    const QLocale locale;
    const int rows = int(m_import.rows().size());
    const int invalid = m_import.errorCount();
    QString text = tr("%1: %n row(s)", nullptr, rows).arg(m_fileName);
    text += u" · "_s
        + tr("%1 valid, %2 with errors")
              .arg(locale.toString(rows - invalid), locale.toString(invalid));
    text += u" · "_s + tr("%n change(s) to add", nullptr, m_plan.size());
    text += u" · "_s
        + (m_import.delimiter() == u';' ? tr("fields separated by semicolons")
                                        : tr("fields separated by commas"));
    m_summary->setText(text);
    if (!m_import.planErrors().isEmpty())
        m_banner->showMessage(m_import.planErrors().join(u'\n'), MessageWidget::Type::Error);
    else if (invalid > 0)
        m_banner->showMessage(tr("%n row(s) have errors (marked); they are left out. Correct "
                                 "the file and import it again to add them.",
                                 nullptr, invalid),
                              MessageWidget::Type::Warning);
    else if (m_plan.isEmpty() && rows > 0)
        m_banner->showMessage(tr("Everyone in the file is already as the file says: there is "
                                 "nothing to change."),
                              MessageWidget::Type::Information);
    m_add->setEnabled(!m_plan.isEmpty() && m_pending && m_import.planErrors().isEmpty());
    m_add->setText(tr("Add %n Change(s) to Pending Changes", nullptr, m_plan.size()));
    m_add->setDefault(true);
    m_table->setFocus();
    Q_EMIT ready();
}

void ImportPreviewDialog::addToPending()
{
    ftmodels::PendingChanges *pending = m_pending.data();
    if (m_plan.isEmpty() || !pending)
        return;
    pending->add(m_plan);
    Q_EMIT added(tr("Added %n change(s) from %1 to Pending Changes", nullptr, m_plan.size())
                     .arg(m_fileName));
    accept();
}

} // namespace ftui

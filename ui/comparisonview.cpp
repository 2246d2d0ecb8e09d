#include "comparisonview.h"

#include "diffexporter.h"
#include "difffilterproxy.h"
#include "diffmodel.h"
#include "diffpivotmodel.h"
#include "diffreport.h"
#include "diffwords.h"
#include "messagewidget.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::AccessChange;

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new ftmodels::DiffModel(this);
    m_proxy = new ftmodels::DiffFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_byPerson = new ftmodels::DiffPivotModel(ftmodels::DiffPivotModel::Mode::ByPerson, this);
    m_byPerson->setSourceModel(m_proxy);
    m_byTarget = new ftmodels::DiffPivotModel(ftmodels::DiffPivotModel::Mode::ByTarget, this);
    m_byTarget->setSourceModel(m_proxy);
    buildUi();
    clear();
}

ComparisonView::~ComparisonView() = default;

QTreeView *ComparisonView::makeTree(ftmodels::DiffPivotModel *model, const QString &name)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(name);
    view->header()->setStretchLastSection(true);
    view->setColumnWidth(ftmodels::DiffPivotModel::NameColumn, 280);
    view->setColumnWidth(ftmodels::DiffPivotModel::ChangesColumn, 150);
    return view;
}

void ComparisonView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"comparisonTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its lines, not the table, decide its height: the sentences are the point.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_summary);
    m_banner = new MessageWidget(this);
    layout->addWidget(m_banner);

    auto *filters = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Kind of change"));
    m_type->addItem(tr("All changes"), -1);
    for (AccessChange::Type type : AccessChange::allTypes())
        m_type->addItem(ftmodels::DiffWords::typeText(type), int(type));
    auto *typeLabel = new QLabel(tr("&Show:"), this);
    typeLabel->setBuddy(m_type);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Person, e-mail, destination or connection"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Find in changes"));
    auto *textLabel = new QLabel(tr("&Find:"), this);
    textLabel->setBuddy(m_text);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    m_tabs = new QTabWidget(this);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    // In the comparison's order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Changes"));
    m_table->setColumnWidth(ftmodels::DiffModel::ChangeColumn, 150);
    m_table->setColumnWidth(ftmodels::DiffModel::PersonColumn, 150);
    m_table->setColumnWidth(ftmodels::DiffModel::EmailColumn, 190);
    m_tabs->addTab(m_table, tr("All changes"));
    m_tabs->addTab(makeTree(m_byPerson, tr("Changes by person")), tr("By person"));
    m_tabs->addTab(makeTree(m_byTarget, tr("Changes by target")), tr("By target"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_saveReport = new QPushButton(tr("Save &Report…"), this);
    m_saveReport->setToolTip(tr("Writes a PDF an auditor can file: the account, both dates, the "
                                "counts, the changes and the hygiene flags at the newer date."));
    m_exportCsv = new QPushButton(tr("Export Changes CSV…"), this);
    m_exportJson = new QPushButton(tr("Export Changes JSON…"), this);
    for (QPushButton *b : { m_saveReport, m_exportCsv, m_exportJson })
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ComparisonView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &ComparisonView::applyFilters);
    connect(m_saveReport, &QPushButton::clicked, this,
            [this] { save(tr("Save Report"), u"pdf"_s, tr("PDF (*.pdf)")); });
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { save(tr("Export Changes"), u"csv"_s, tr("CSV (*.csv)")); });
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { save(tr("Export Changes"), u"json"_s, tr("JSON (*.json)")); });
}

void ComparisonView::applyFilters()
{
    QSet<AccessChange::Type> types;
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        types.insert(AccessChange::Type(type));
    m_proxy->setTypes(types);
    m_proxy->setText(m_text->text());
}

QString ComparisonView::sideTitle(const ftmodels::DiffSide &side) const
{
    const QString when = QLocale().toString(side.time.toLocalTime(), QLocale::ShortFormat);
    QString text = side.id > 0 ? tr("snapshot %1 of %2").arg(side.id).arg(when)
                               : tr("this audit (%1)").arg(when);
    if (!side.label.isEmpty())
        text += u" \u201c"_s + side.label + u"\u201d"_s;
    return text;
}

void ComparisonView::compare(std::shared_ptr<const ftmodels::DiffSide> older,
                             std::shared_ptr<const ftmodels::DiffSide> newer)
{
    m_banner->hide();
    m_title->setText(tr("From %1 to %2").arg(sideTitle(*older), sideTitle(*newer)));
    m_model->setComparison(std::move(older), std::move(newer));
    const ftmodels::SnapshotDiff &diff = m_model->diff();
    const QLocale locale;
    QStringList counts;
    for (AccessChange::Type type : AccessChange::allTypes()) {
        if (diff.count(type) > 0)
            counts.append(tr("%1: %2").arg(ftmodels::DiffWords::typeText(type),
                                           locale.toString(diff.count(type))));
    }
    QString summary = counts.isEmpty()
        ? tr("Nothing changed.")
        : tr("People with a change: %1. %2.")
              .arg(locale.toString(diff.peopleChanged()), counts.join(u"; "_s));
    const QStringList lines = diff.summaries();
    for (qsizetype i = 0; i < lines.size() && i < 5; ++i)
        summary += u"\n\u2022 "_s + lines.at(i);
    if (lines.size() > 5)
        summary += u"\n"_s + tr("…and %1 more in the table.").arg(lines.size() - 5);
    m_summary->setText(summary);
    for (QPushButton *b : { m_saveReport, m_exportCsv, m_exportJson })
        b->setEnabled(true);
    m_table->resizeColumnToContents(ftmodels::DiffModel::ChangeColumn);
}

void ComparisonView::clear()
{
    m_model->clear();
    m_title->setText(tr("No comparison yet"));
    m_summary->setText(tr("Pick two snapshots and press Compare, or one and Compare with This "
                          "Audit."));
    for (QPushButton *b : { m_saveReport, m_exportCsv, m_exportJson })
        b->setEnabled(false);
}

void ComparisonView::save(const QString &caption, const QString &extension, const QString &filter)
{
    if (!m_model->hasComparison() || !m_chooseFile)
        return;
    const QString suggested = QDir::home().filePath(u"access-changes-%1.%2"_s.arg(
        m_model->newer()->time.toLocalTime().toString(u"yyyy-MM-dd"_s), extension));
    QString path = m_chooseFile(caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    saveTo(path);
}

bool ComparisonView::saveTo(const QString &path)
{
    if (!m_model->hasComparison())
        return false;
    const QString extension = QFileInfo(path).suffix().toLower();
    const ftmodels::DiffSide &older = *m_model->older();
    const ftmodels::DiffSide &newer = *m_model->newer();
    QString error;
    bool ok = false;
    if (extension == u"pdf"_s) {
        ok = ftmodels::DiffReport(m_account, older, newer, m_model->diff()).write(path, &error);
    } else if (extension == u"csv"_s || extension == u"json"_s) {
        ok = ftmodels::DiffExporter::writeBytes(
            path,
            extension == u"csv"_s ? ftmodels::DiffExporter::toCsv(m_model->diff())
                                  : ftmodels::DiffExporter::toJson(older, newer, m_model->diff()),
            &error);
    } else {
        error = tr("%1 does not end in .pdf, .csv or .json.").arg(path);
    }
    if (!ok) {
        m_banner->showMessage(error, MessageWidget::Type::Error);
        return false;
    }
    m_banner->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                          MessageWidget::Type::Positive);
    return true;
}

} // namespace ftui

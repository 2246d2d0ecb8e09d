#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ftmodels {
class DiffFilterProxy;
class DiffModel;
class DiffPivotModel;
struct DiffSide;
} // namespace ftmodels

namespace ftui {

class MessageWidget;

// What changed between two audits, in the audit window: a title with both dates, the counts
// of each kind of change, the changes summed up in sentences, and the changes themselves as
// a table and in the audit's two pivots (by person, by destination or connection), filtered
// by kind of change and by a person's or target's name. Saves the PDF report an auditor files
// (Save Report…) and the same changes as CSV or JSON.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(const QString &caption, const QString &suggested,
                                              const QString &filter)>;

    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setAccount(const QString &account) { m_account = account; }
    void compare(std::shared_ptr<const ftmodels::DiffSide> older,
                 std::shared_ptr<const ftmodels::DiffSide> newer);
    void clear();

    // Writes the report or the changes to `path` (by its extension: .pdf, .csv, .json); false
    // with the reason in the banner.
    bool saveTo(const QString &path);

    ftmodels::DiffModel *model() const { return m_model; }
    ftmodels::DiffFilterProxy *proxy() const { return m_proxy; }
    ftmodels::DiffPivotModel *byPersonModel() const { return m_byPerson; }
    ftmodels::DiffPivotModel *byTargetModel() const { return m_byTarget; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *textFilter() const { return m_text; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *tableView() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    MessageWidget *banner() const { return m_banner; }

private:
    void buildUi();
    void applyFilters();
    void save(const QString &caption, const QString &extension, const QString &filter);
    QString sideTitle(const ftmodels::DiffSide &side) const;
    QTreeView *makeTree(ftmodels::DiffPivotModel *model, const QString &name);

    ftmodels::DiffModel *m_model = nullptr;
    ftmodels::DiffFilterProxy *m_proxy = nullptr;
    ftmodels::DiffPivotModel *m_byPerson = nullptr;
    ftmodels::DiffPivotModel *m_byTarget = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_text = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    MessageWidget *m_banner = nullptr;
    FileChooser m_chooseFile;
    QString m_account;
};

} // namespace ftui

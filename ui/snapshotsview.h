#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace ftmodels {
class SnapshotListModel;
class SnapshotStore;
class Storage;
struct AuditData;
struct AuditResult;
struct DiffSide;
} // namespace ftmodels

namespace ftui {

class ComparisonView;
class MessageWidget;

// The Snapshots tab of the audit window: every saved audit of the account (date, people,
// grants, label), each completed audit of the window saved as it finishes, a label edited in
// place (Label…, F2), deletion after a confirmation (Delete…, Del), and a comparison of two
// snapshots (Compare) or of one with the audit on screen (Compare with This Audit) shown
// below, with Save Report…. Without storage (the file could not be opened) it says so.
class SnapshotsView : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotsView(QWidget *parent = nullptr);
    ~SnapshotsView() override;

    // The file and account row the snapshots live in (the change journal's); not owned.
    void setStorage(ftmodels::Storage *storage, qint64 account);
    bool hasStorage() const { return m_store != nullptr; }

    // Saves a completed audit as a snapshot and keeps it as "this audit"; an incomplete one is
    // kept for nothing and not saved. Returns the new snapshot's id, 0 when none was saved.
    qint64 auditFinished(const ftmodels::AuditData &audit, const ftmodels::AuditResult &result);

    // Compares the two selected snapshots (older first), or the selected one with this audit.
    bool compareSelected();
    bool compareWithCurrent();
    bool compareIds(qint64 older, qint64 newer); // 0 for newer: this audit
    void selectRows(const QList<int> &rows);
    void deleteSelected(); // asks first
    void editLabel();

    ftmodels::SnapshotListModel *listModel() const { return m_list; }
    ftmodels::SnapshotStore *store() const { return m_store.get(); }
    QTableView *listView() const { return m_view; }
    ComparisonView *comparison() const { return m_comparison; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *compareCurrentButton() const { return m_compareCurrent; }
    QPushButton *labelButton() const { return m_label; }
    QPushButton *deleteButton() const { return m_delete; }
    MessageWidget *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_status; }

private:
    void buildUi();
    void updateButtons();
    QList<int> selectedRows() const;
    std::shared_ptr<const ftmodels::DiffSide> load(qint64 id);

    std::unique_ptr<ftmodels::SnapshotStore> m_store;
    std::shared_ptr<const ftmodels::DiffSide> m_current;
    ftmodels::SnapshotListModel *m_list = nullptr;
    QTableView *m_view = nullptr;
    ComparisonView *m_comparison = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_compareCurrent = nullptr;
    QPushButton *m_label = nullptr;
    QPushButton *m_delete = nullptr;
    MessageWidget *m_banner = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ftui

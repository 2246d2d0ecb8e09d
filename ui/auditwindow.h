#pragma once

#include "auditexporter.h"
#include "auditrow.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ftapi {
class ApiClient;
}

namespace ftmodels {
class AuditCollector;
class JobEstimate;
class AuditFilterProxy;
class AuditModel;
class AuditPivotModel;
class EffectiveFilterProxy;
class EffectiveModel;
class Storage;
} // namespace ftmodels

namespace ftui {

class AuditFilterBar;
class AuditProgressPanel;
class EffectiveAccessView;
class MessageWidget;
class SnapshotsView;

// The access audit (Ctrl+Shift+A): says first what it will cost (requests, time, the hourly
// budget left), fetches everyone's access with a progress strip (users done of total,
// requests, the countdown of a 429 or of the budget, Cancel), then shows one row per access with
// filters by user, target, kind, role and hygiene flag, two pivots as tabs (by user, by
// target) that follow the filters, an "Effective access" tab (what everyone can really reach,
// by person or by target, with the reasons, filtered by level and path too), and exports what
// is shown to CSV or JSON (the effective rows from that tab). An incomplete or cancelled audit
// says so in a banner and asks before it is exported; so does one without teams.
//
//   auto *audit = new AuditWindow(session->client(), this);
//   audit->setAttribute(Qt::WA_DeleteOnClose);
//   audit->setAccountSize(users, destinations);
//   audit->show();
//   audit->offer(); // or start()
class AuditWindow : public QWidget
{
    Q_OBJECT

public:
    // The client must outlive the window (it belongs to the session of the main window).
    explicit AuditWindow(ftapi::ApiClient *client, QWidget *parent = nullptr);
    ~AuditWindow() override;

    void start(); // runs (or runs again) the audit
    bool isRunning() const;
    // What the account holds, for the estimate before the audit starts; -1 destinations: not
    // known yet.
    void setAccountSize(int users, int destinations);
    // Says what the audit will cost and starts it, unless it needs more than the hourly budget
    // has left: then it waits for Start Audit, the estimate saying how long it will take.
    void offer();
    ftmodels::JobEstimate estimate() const; // of an audit of the account size set

    // Where exports go; by default a file dialog. Tests answer with a path ("" = cancelled).
    using FileChooser = std::function<QString(const QString &caption, const QString &suggested,
                                              const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Writes the rows shown (filters and sort applied) to `path`; false with a message shown
    // in the banner when it could not. An incomplete audit is written only once the person
    // confirmed it ("Export Anyway"): then false at once, and the file follows the answer.
    bool exportTo(const QString &path);

    // Where completed audits are saved as snapshots (the change journal's file and account
    // row; not owned). Without it the Snapshots tab says snapshots are off.
    void setSnapshotStorage(ftmodels::Storage *storage, qint64 account);
    SnapshotsView *snapshotsView() const { return m_snapshots; }

    ftmodels::AuditCollector *collector() const { return m_collector; }
    ftmodels::AuditModel *model() const { return m_model; }
    ftmodels::AuditFilterProxy *proxy() const { return m_proxy; }
    ftmodels::AuditPivotModel *byUserModel() const { return m_byUser; }
    ftmodels::AuditPivotModel *byTargetModel() const { return m_byTarget; }
    ftmodels::EffectiveModel *effectiveModel() const { return m_effectiveModel; }
    ftmodels::EffectiveFilterProxy *effectiveProxy() const { return m_effectiveProxy; }
    EffectiveAccessView *effectiveView() const { return m_effective; }
    AuditProgressPanel *progressPanel() const { return m_progress; }
    AuditFilterBar *filterBar() const { return m_filters; }
    MessageWidget *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tableView() const { return m_table; }
    QTreeView *byUserView() const { return m_byUserView; }
    QTreeView *byTargetView() const { return m_byTargetView; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *actOnPeopleButton() const { return m_actOn; }
    // The rows selected in the "All access" table, in the table's order.
    QVector<ftmodels::AuditRow> selectedRows() const;
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportJsonButton() const { return m_exportJson; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *countLabel() const { return m_count; }

    enum Tab { AllTab, ByUserTab, ByTargetTab, EffectiveTab, SnapshotsTab };

Q_SIGNALS:
    // Revoke Access: each selected row's access is to be taken away (as pending changes).
    void revokeRequested(const QVector<ftmodels::AuditRow> &rows);
    // Select These People: the main window selects the people of the selected rows.
    void actOnPeopleRequested(const QStringList &userIds);
    // A row was double-clicked or Enter pressed on it: show this person in the main window.
    void personRequested(const QString &userId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void sizeColumns();
    void fitColumns(); // to the rows of a result, within the table's width
    void onStarted();
    void onFinished();
    void updateCount();
    void updateEstimate();
    void updateExportButtons();
    void updateSelectionButtons();
    void exportAs(bool json);
    // exportTo once nothing is left to ask
    bool writeExport(const QString &path, ftmodels::AuditExporter::Format format);
    bool effectiveShown() const;
    QTreeView *makeTree(ftmodels::AuditPivotModel *model, const QString &name);

    ftmodels::AuditCollector *m_collector = nullptr;
    ftmodels::AuditModel *m_model = nullptr;
    ftmodels::AuditFilterProxy *m_proxy = nullptr;
    ftmodels::AuditPivotModel *m_byUser = nullptr;
    ftmodels::AuditPivotModel *m_byTarget = nullptr;
    ftmodels::EffectiveModel *m_effectiveModel = nullptr;
    ftmodels::EffectiveFilterProxy *m_effectiveProxy = nullptr;
    EffectiveAccessView *m_effective = nullptr;
    SnapshotsView *m_snapshots = nullptr;
    AuditProgressPanel *m_progress = nullptr;
    AuditFilterBar *m_filters = nullptr;
    MessageWidget *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTreeView *m_byUserView = nullptr;
    QTreeView *m_byTargetView = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_actOn = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_count = nullptr;
    FileChooser m_chooseFile;
    int m_users = -1; // the account size for the estimate; -1: not set
    int m_destinations = -1;
    bool m_started = false;
};

} // namespace ftui

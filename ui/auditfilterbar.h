#pragma once

#include "auditrow.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ftmodels {
class AuditFilterBase;
class AuditFilterProxy;
class AuditModel;
} // namespace ftmodels

namespace ftui {

// The audit window's filters: text boxes for user and target, pickers for kind and role, and
// one check box per hygiene flag with its sign and how many users carry it, and whether rows
// must carry any or all of the checked flags. Writes straight into an
// AuditFilterProxy, and into any other proxy added (the effective view's), so every tab shows
// the same selection; refresh() re-reads the roles and counts after a new result.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    void setModels(ftmodels::AuditModel *model, ftmodels::AuditFilterProxy *proxy);
    void addProxy(ftmodels::AuditFilterBase *proxy); // follows the same filters
    void refresh(); // the model has a new result: roles and counts change
    void clear(); // every filter off, those of the added proxies too

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *roleCombo() const { return m_role; }
    QCheckBox *flagBox(ftmodels::AuditFlag flag) const { return m_flags.value(flag); }
    // Whether the checked flags show rows with any of them or only rows with all of them.
    QComboBox *flagMatchCombo() const { return m_flagMatch; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void cleared();

private:
    template<typename Apply>
    void forEachProxy(Apply apply);
    void applyKind();
    void applyRole();
    void updateClearButton();
    static QString flagCaption(ftmodels::AuditFlag flag, int users); // users -1: not counted

    QPointer<ftmodels::AuditModel> m_model;
    QPointer<ftmodels::AuditFilterProxy> m_proxy;
    QList<QPointer<ftmodels::AuditFilterBase>> m_proxies; // m_proxy and the added ones
    QLineEdit *m_user = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_role = nullptr;
    QHash<ftmodels::AuditFlag, QCheckBox *> m_flags;
    QComboBox *m_flagMatch = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace ftui

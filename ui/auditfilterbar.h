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
class AuditFilterProxy;
class AuditModel;
} // namespace ftmodels

namespace ftui {

// The audit window's filters: text boxes for user and target, pickers for kind and role, and
// one check box per hygiene flag with how many users carry it. Writes straight into an
// AuditFilterProxy; refresh() re-reads the roles and counts after a new result.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    void setModels(ftmodels::AuditModel *model, ftmodels::AuditFilterProxy *proxy);
    void refresh(); // the model has a new result: roles and counts change
    void clear(); // every filter off

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *roleCombo() const { return m_role; }
    QCheckBox *flagBox(ftmodels::AuditFlag flag) const { return m_flags.value(flag); }
    QPushButton *clearButton() const { return m_clear; }

private:
    void applyKind();
    void applyRole();
    void updateClearButton();

    QPointer<ftmodels::AuditModel> m_model;
    QPointer<ftmodels::AuditFilterProxy> m_proxy;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_role = nullptr;
    QHash<ftmodels::AuditFlag, QCheckBox *> m_flags;
    QPushButton *m_clear = nullptr;
};

} // namespace ftui

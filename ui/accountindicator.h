#pragma once

#include "accountinfo.h"

#include <QWidget>

class QLabel;

namespace ftui {

// Which account the window is open on, always in sight: the profile name or host, the API URL
// as a tooltip, and a clear "Demo" badge when it is the built-in sandbox, so nobody mistakes
// sample data for their real account (or the other way round).
class AccountIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit AccountIndicator(QWidget *parent = nullptr);

    void setAccount(const ftmodels::AccountInfo &account);
    bool isDemoBadgeVisible() const;
    QString label() const;

private:
    QLabel *m_badge = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace ftui

#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

namespace ftui {

// Help > About: the application's icon, name and version, what it is for, its licence (MIT)
// and a link to the project's page; the Qt version it runs on, for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QUrl homepage();
    static QUrl usageGuide(); // the README's "Usage" section

    QLabel *versionLabel() const { return m_version; }

private:
    QLabel *m_version = nullptr;
};

} // namespace ftui

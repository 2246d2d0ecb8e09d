#include "aboutdialog.h"

#include "icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Fivetran Admin"));

    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(QSize(96, 96)));
    logo->setAccessibleName(tr("Fivetran Admin logo"));

    auto *name = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Fivetran Admin")), this);
    m_version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    m_version->setObjectName(u"aboutVersion"_s);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *what = new QLabel(tr("A desktop console for the users of a Fivetran account: invite, "
                               "edit and remove them, manage their roles and memberships, and "
                               "audit who can reach what."),
                            this);
    what->setWordWrap(true);

    auto *licence = new QLabel(tr("Free software under the MIT licence."), this);
    auto *link = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(homepage().toString(QUrl::FullyEncoded),
                                                           tr("The project's page")),
                            this);
    link->setObjectName(u"aboutLink"_s);
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setAccessibleName(tr("The project's page"));
    link->setAccessibleDescription(homepage().toString());
    auto *qt =
        new QLabel(tr("Built with Qt %1, running on Qt %2.")
                       .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                   this);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(m_version);
    text->addSpacing(6);
    text->addWidget(what);
    text->addWidget(licence);
    text->addWidget(link);
    text->addWidget(qt);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QUrl AboutDialog::homepage()
{
    return QUrl(u"https://github.com/fivetran-admin/fivetran-admin"_s);
}

QUrl AboutDialog::usageGuide()
{
    QUrl url = homepage();
    url.setFragment(u"usage"_s);
    return url;
}

} // namespace ftui

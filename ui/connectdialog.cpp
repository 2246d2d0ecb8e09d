#include "connectdialog.h"

#include "apiclient.h"
#include "dialogfit.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTestTimeoutMs = 15000;

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString() : url.host();
}

} // namespace

ConnectDialog::ConnectDialog(ftmodels::ProfileStore *profiles, QNetworkAccessManager *network,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_manager(network)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a Fivetran Account"));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);

    auto *intro = new QLabel(
        tr("Use an API key and secret from Fivetran (Account settings, API key). The key acts "
           "with its user's permissions: to manage users it needs an Account Administrator."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(u"profileBox"_s);
    form->addRow(tr("&Profile:"), m_profileBox);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKey"_s);
    form->addRow(tr("API &key:"), m_key);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"apiSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                  | Qt::ImhNoPredictiveText);
    form->addRow(tr("API &secret:"), m_secret);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"apiUrl"_s);
    m_url->setText(ftapi::ApiClient::defaultBaseUrl().toString());
    form->addRow(tr("API &URL:"), m_url);
    layout->addLayout(form);

    m_storage = new QLabel(this);
    m_storage->setObjectName(u"storageNote"_s);
    m_storage->setWordWrap(true);
    layout->addWidget(m_storage);

    m_status = new QLabel(this);
    m_status->setObjectName(u"connectStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide(); // until there is something to say
    layout->addWidget(m_status);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_forget = buttons->addButton(tr("&Forget Credentials"), QDialogButtonBox::DestructiveRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_connect->setDefault(true);
    // Four buttons with long words (German, a large font): never squeezed below their text.
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumWidth(button->sizeHint().width());
    layout->addWidget(buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_forget, &QPushButton::clicked, this, &ConnectDialog::forgetCredentials);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_profileBox, &QComboBox::activated, this, &ConnectDialog::onProfileChosen);
    for (QLineEdit *edit : { m_name, m_key, m_secret, m_url })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::revalidate);
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_secretReads = 0; });
    connect(m_profiles->secrets(), &ftmodels::SecretStore::persistenceChanged, this,
            &ConnectDialog::updateStorageNote);

    const QString last = m_profiles->lastUsed();
    reloadProfiles(last);
    onProfileChosen(m_profileBox->currentIndex());
    updateStorageNote();
    m_profiles->secrets()->probe();
}

ConnectDialog::~ConnectDialog() = default;

ftmodels::Profile ConnectDialog::chosenProfile() const
{
    return { m_name->text().trimmed(), QUrl(m_url->text().trimmed(), QUrl::StrictMode),
             m_key->text().trimmed() };
}

QString ConnectDialog::chosenSecret() const
{
    return m_secret->text().trimmed();
}

bool ConnectDialog::isBusy() const
{
    return m_saving || m_probe;
}

void ConnectDialog::setReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void ConnectDialog::reloadProfiles(const QString &select)
{
    m_profileBox->clear();
    const QVector<ftmodels::Profile> profiles = m_profiles->profiles();
    for (const ftmodels::Profile &profile : profiles)
        m_profileBox->addItem(profile.name, profile.name);
    m_profileBox->addItem(tr("New profile…"), QString());
    const int index = m_profileBox->findData(select);
    m_profileBox->setCurrentIndex(index >= 0 ? index : 0);
}

void ConnectDialog::selectProfile(const QString &name)
{
    const int index = m_profileBox->findData(name);
    if (index >= 0) {
        m_profileBox->setCurrentIndex(index);
        onProfileChosen(index);
        return;
    }
    m_profileBox->setCurrentIndex(m_profileBox->count() - 1);
    onProfileChosen(m_profileBox->count() - 1);
    m_name->setText(name);
}

void ConnectDialog::onProfileChosen(int index)
{
    const QString name = m_profileBox->itemData(index).toString();
    const std::optional<ftmodels::Profile> profile = m_profiles->profile(name);
    m_secret->clear();
    setStatus(QString(), false);
    if (!profile) {
        m_name->clear();
        m_key->clear();
        m_url->setText(ftapi::ApiClient::defaultBaseUrl().toString());
        revalidate();
        return;
    }
    m_name->setText(profile->name);
    m_key->setText(profile->apiKey);
    m_url->setText(profile->url.toString());
    const int read = ++m_secretReads;
    m_profiles->readSecret(
        name, this, [this, read, name](bool ok, const QString &secret, const QString &error) {
            if (read != m_secretReads || m_name->text().trimmed() != name)
                return; // another profile was chosen, or one was typed
            if (!ok)
                setStatus(error, true);
            else if (m_secret->text().isEmpty())
                m_secret->setText(secret);
        });
    revalidate();
}

void ConnectDialog::updateStorageNote()
{
    if (m_profiles->secrets()->isPersistent()) {
        m_storage->setText(tr("The API secret is kept in %1, never in a settings file.")
                               .arg(m_profiles->secrets()->describe()));
    } else {
        m_storage->setText(tr("No system keychain is available: the API secret is kept in "
                              "memory for this session only and asked for again next time. "
                              "It is never written to disk."));
    }
}

bool ConnectDialog::event(QEvent *event)
{
    // A status of three lines (a refused address, a failed test) or the keychain's note
    // arriving makes the dialog taller instead of squeezing the fields. Not while it is first
    // shown: resized as the window manager places it, it would land in a corner.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && m_placed && isVisible())
        fitHeightToWords(this);
    return handled;
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    // Before the window is mapped, at the height its words need now. QDialog centred it at
    // the height it had, so it sits half the growth (a line or two) low; fitting it first, or
    // moving it up here, made the window manager (openbox) put it in a corner instead.
    QDialog::showEvent(event);
    fitHeightToWords(this);
    if (!m_placed)
        QTimer::singleShot(0, this, [this] {
            m_placed = true;
            fitHeightToWords(this);
        });
}

QString ConnectDialog::problem() const
{
    const ftmodels::Profile profile = chosenProfile();
    if (profile.apiKey.isEmpty())
        return tr("Enter the API key.");
    if (chosenSecret().isEmpty())
        return tr("Enter the API secret.");
    if (m_url->text().trimmed().isEmpty())
        return tr("Enter the API URL.");
    return ftapi::ApiClient::checkBaseUrl(profile.url);
}

void ConnectDialog::revalidate()
{
    const bool busy = isBusy();
    const bool ready = problem().isEmpty();
    m_test->setEnabled(!busy && ready);
    m_connect->setEnabled(!busy && ready && !m_name->text().trimmed().isEmpty());
    const bool saved = m_profiles->profile(m_profileBox->currentData().toString()).has_value();
    m_forget->setEnabled(!busy && saved);
    for (QLineEdit *edit : { m_name, m_key, m_secret, m_url })
        edit->setReadOnly(busy);
    m_profileBox->setEnabled(!busy);
    // The address is the one field whose problem a disabled button does not explain (a
    // plain http:// to another host, a query): say it as it is typed, and take it back once
    // it is mended, leaving any other status alone.
    if (busy)
        return;
    const QString urlProblem = m_url->text().trimmed().isEmpty()
        ? QString()
        : ftapi::ApiClient::checkBaseUrl(chosenProfile().url);
    if (!urlProblem.isEmpty()) {
        if (!m_urlProblemShown)
            m_statusBeforeUrl = { m_status->text(), m_status->property("error").toBool() };
        setStatus(urlProblem, true);
        m_urlProblemShown = true; // after setStatus(), which forgets it
    } else if (m_urlProblemShown) {
        // What the line said before (a keychain that could not be read, say) comes back.
        setStatus(m_statusBeforeUrl.first, m_statusBeforeUrl.second);
    }
}

void ConnectDialog::setBusy(const QString &text)
{
    m_busy->setVisible(isBusy());
    if (!text.isEmpty())
        setStatus(text, false);
    revalidate();
}

void ConnectDialog::setStatus(const QString &text, bool error)
{
    // Whatever is said now replaces the address's problem: mending the address then leaves
    // this alone.
    m_urlProblemShown = false;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty()); // an empty line would still take a line's room
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

QString ConnectDialog::explain(const ftapi::ApiError &error, const QUrl &url)
{
    using Kind = ftapi::ApiError::Kind;
    if (error.isTlsError())
        return error.userText();
    switch (error.kind) {
    case Kind::Network:
        return tr("Could not reach %1 (%2). Check the API URL and the network connection.")
            .arg(hostOf(url), error.message);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check the API URL; the service may be busy.")
            .arg(hostOf(url));
    case Kind::InvalidRequest:
        return error.userText();
    case Kind::Http:
        if (error.httpStatus == 401)
            return tr("The API key or secret was not accepted. Check both; if the secret is "
                      "lost, generate a new key in Fivetran.");
        if (error.httpStatus == 403)
            return tr("The key was accepted, but its user is not allowed to manage users. "
                      "Use the key of a user with the Account Administrator role.");
        if (error.httpStatus == 404)
            return tr("%1 answered, but has no Fivetran API at this address. Check the API "
                      "URL (it usually ends in /v1).")
                .arg(hostOf(url));
        break;
    case Kind::RateLimited:
    case Kind::Parse:
    case Kind::Cancelled:
        break;
    }
    return error.userText();
}

void ConnectDialog::testConnection()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        setStatus(why, true);
        return;
    }
    const ftmodels::Profile profile = chosenProfile();
    auto *client =
        new ftapi::ApiClient(m_manager, profile.url, { profile.apiKey, chosenSecret() }, this);
    client->scheduler()->setMaxAttempts(1);
    client->scheduler()->setTransferTimeout(kTestTimeoutMs);
    client->scheduler()->setMaxRateLimitRetries(0);
    m_probe = client;
    client->listUsersPage(
        QString(), 1, this,
        [this, client,
         url = profile.url](const ftapi::ApiResult<ftapi::Page<ftapi::User>> &result) {
            m_probe = nullptr;
            client->deleteLater();
            if (!result && result.error().kind == ftapi::ApiError::Kind::Cancelled) {
                setBusy(QString());
                return;
            }
            QString text;
            if (result) {
                text = tr("Connected: the key works and may read the "
                          "account's users.");
            } else {
                text = explain(result.error(), url);
            }
            setStatus(text, !result);
            setBusy(QString());
            Q_EMIT testFinished(bool(result), text);
        });
    setBusy(tr("Testing the connection to %1…").arg(hostOf(profile.url)));
}

void ConnectDialog::forgetCredentials()
{
    const QString name = m_profileBox->currentData().toString();
    if (!m_profiles->profile(name))
        return;
    MessageBox::confirm(this, tr("Forget Credentials"),
                        tr("Remove the profile \"%1\" and its API secret from this computer? The "
                           "key itself stays valid in Fivetran.")
                            .arg(name),
                        tr("Forget"), this, [this, name](bool yes) {
                            if (yes)
                                forget(name);
                        });
}

void ConnectDialog::forget(const QString &name)
{
    if (!m_profiles->profile(name))
        return;
    m_saving = true;
    setBusy(tr("Forgetting…"));
    m_profiles->forget(name, this, [this, name](bool ok, const QString &error) {
        m_saving = false;
        reloadProfiles(QString());
        onProfileChosen(m_profileBox->currentIndex());
        setBusy(QString());
        setStatus(ok ? tr("Forgot \"%1\".").arg(name) : error, !ok);
        if (ok)
            Q_EMIT forgotten(name);
    });
}

void ConnectDialog::accept()
{
    QString why = problem();
    if (why.isEmpty())
        why = ftmodels::ProfileStore::checkProfile(chosenProfile());
    if (!why.isEmpty()) {
        setStatus(why, true);
        return;
    }
    if (isBusy())
        return;
    const ftmodels::Profile profile = chosenProfile();
    m_saving = true;
    setBusy(tr("Saving the profile…"));
    m_profiles->save(profile, chosenSecret(), this,
                     [this, name = profile.name](bool ok, const QString &error) {
                         m_saving = false;
                         setBusy(QString());
                         if (!ok) {
                             setStatus(error, true);
                             return;
                         }
                         m_profiles->setLastUsed(name);
                         Q_EMIT saved(name);
                         QDialog::accept();
                     });
}

void ConnectDialog::reject()
{
    if (m_probe)
        m_probe->cancelAll(); // its callback deletes it; a closed dialog takes it along
    QDialog::reject();
}

} // namespace ftui

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presencemodel.h"

#include "document/document.h"
#include "server/serverstore.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace cx {

// The team workspace side of the window (issue 15), owned by WorkspaceController: connecting
// (URL, workspace name, password), the password in the keyring, and while a server workspace
// is open its name and server, this user's access, whether the server is reachable, who else
// is here (presence) and where this window is (the journey shown, the current card).
//
// active is false while a file (or nothing) is open; every other property is then empty.
// Messages that no edit returned (an edit's outcome that became known, back online) come as
// message(), which the controller shows as it shows its other messages.
class ServerSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WorkspaceController")
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString host READ host NOTIFY changed)
    Q_PROPERTY(QString workspaceName READ workspaceName NOTIFY changed)
    Q_PROPERTY(QString user READ user NOTIFY changed)
    Q_PROPERTY(QString access READ access NOTIFY changed)
    Q_PROPERTY(bool online READ isOnline NOTIFY changed)
    Q_PROPERTY(cx::PresenceModel *presence READ presence CONSTANT)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY locationChanged)
    Q_PROPERTY(QString card READ card WRITE setCard NOTIFY locationChanged)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
    Q_PROPERTY(QString keyringProblem READ keyringProblem NOTIFY keyringChanged)
    Q_PROPERTY(bool keyringBusy READ keyringBusy NOTIFY keyringChanged)

public:
    // open(url, password) opens a server workspace the way WorkspaceController::openServer does.
    using Opener = std::function<bool(const QString &url, const QString &password)>;

    explicit ServerSession(Opener opener, QObject *parent = nullptr);
    ~ServerSession() override;

    // The document of url (which names the workspace, or workspace does), connected with
    // password; null and *error (in words, naming the server) when it cannot be opened.
    // Sets nothing: the controller adopts the document, then calls follow().
    static std::unique_ptr<Document> connect(const QString &url, const QString &workspace,
                                             const QString &password, Result *error);
    // Whether text is a team server's URL rather than a file (recent lists, the command line).
    static bool isServerLocation(const QString &text);

    // Follows document when it lives on a team server, else becomes inactive.
    void follow(Document *document);
    // After a successful open: keeps password in the keyring (remember) or forgets it.
    // passwordStored() tells the dialog how it went.
    void rememberPassword(bool remember, const QString &password);
    void setLoginError(const QString &message);

    // Opens url (a recent entry) with the password in the keyring; when there is none, or
    // it is refused, loginNeeded(url) asks the dialog to open pre-filled, with loginError.
    Q_INVOKABLE void openRemembered(const QString &url);
    // The address (without the workspace) and the workspace of url, for the dialog's fields:
    // a map of "address" and "workspace"; empty strings when url is not a server URL.
    Q_INVOKABLE QVariantMap fieldsOf(const QString &url) const;
    Q_INVOKABLE void clearLoginError() { setLoginError(QString()); }
    // Reconnects now instead of at the next retry (the offline banner's "Try again").
    Q_INVOKABLE void reconnect();

    bool isActive() const { return !m_store.isNull(); }
    QString title() const;
    QString host() const;
    QString workspaceName() const;
    QString user() const;
    QString access() const;
    bool isOnline() const;
    PresenceModel *presence() { return &m_presence; }
    QString journey() const { return m_journey; }
    void setJourney(const QString &journey);
    QString card() const { return m_card; }
    void setCard(const QString &card);
    QString loginError() const { return m_loginError; }
    QString keyringProblem() const { return m_keyringProblem; }
    bool keyringBusy() const { return m_keyringBusy; }
    // Who this user is to the others: the full name of the account, else its login name.
    static QString localDisplayName();

Q_SIGNALS:
    void changed();
    void locationChanged();
    void loginErrorChanged();
    void keyringChanged();
    // A recent server workspace could not be opened without the dialog.
    void loginNeeded(const QString &url);
    // After rememberPassword(): ok, or the keyring's problem in keyringProblem.
    void passwordStored(bool ok);
    void message(const QString &text);

private:
    void sendLocation();
    QString passwordKey() const;
    QString journeyTitle(const QString &uid) const;

    Opener m_opener;
    QPointer<Document> m_document;
    QPointer<ServerStore> m_store;
    PresenceModel m_presence;
    QString m_journey;
    QString m_card;
    QString m_loginError;
    QString m_keyringProblem;
    bool m_keyringBusy = false;
};

} // namespace cx

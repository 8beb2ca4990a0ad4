// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversession.h"

#include "serverpasswords.h"

#include "server/serverpresence.h"
#include "server/serverurl.h"

#include <QVariantMap>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cx {

namespace {

std::optional<ServerUrl> parsed(const QString &text)
{
    Result ignored;
    return ServerUrl::parse(text.trimmed(), &ignored);
}

} // namespace

ServerSession::ServerSession(Opener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_presence(this)
{
}

ServerSession::~ServerSession() = default;

std::unique_ptr<Document> ServerSession::connect(const QString &url, const QString &workspace,
                                                 const QString &password, Result *error)
{
    if (url.trimmed().isEmpty()) {
        *error = Result::failure(ErrorCode::Invalid, tr("Give the server's address, such as "
                                                        "postgresql://you@server.example.org/cx."));
        return nullptr;
    }
    auto address = ServerUrl::parse(url.trimmed(), error);
    if (!address)
        return nullptr;
    const ServerUrl target = workspace.trimmed().isEmpty() ? *address : address->withWorkspace(workspace.trimmed());
    if (target.workspace.isEmpty()) {
        *error = Result::failure(ErrorCode::Invalid, tr("Give the name of the workspace to open on %1.")
                                                         .arg(target.toString()));
        return nullptr;
    }
    if (Result named = ServerUrl::checkWorkspaceName(target.workspace); !named) {
        *error = named;
        return nullptr;
    }
    auto store = ServerStore::connect(target, password, error);
    if (!store)
        return nullptr;
    return Document::open(std::move(store), error);
}

bool ServerSession::isServerLocation(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

void ServerSession::follow(Document *document)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_document = document;
    m_store = document ? dynamic_cast<ServerStore *>(&document->store()) : nullptr;
    m_journey.clear();
    m_card.clear();
    ServerPresence *presence = m_store ? m_store->presence() : nullptr;
    m_presence.setPresence(presence, [this](const QString &uid) { return journeyTitle(uid); });
    if (m_store) {
        QObject::connect(m_store, &ServerStore::notice, this, &ServerSession::message);
        QObject::connect(m_store, &ServerStore::onlineChanged, this, [this](bool online) {
            if (online)
                Q_EMIT message(tr("The server can be reached again: “%1” is up to date and can be edited "
                                  "as before.").arg(workspaceName()));
            Q_EMIT changed();
        });
        if (presence)
            presence->setDisplayName(localDisplayName());
    }
    Q_EMIT locationChanged();
    Q_EMIT changed();
}

void ServerSession::rememberPassword(bool remember, const QString &password)
{
    const QString key = passwordKey();
    if (key.isEmpty())
        return;
    m_keyringBusy = true;
    m_keyringProblem.clear();
    Q_EMIT keyringChanged();
    auto done = [this](const QString &problem) {
        m_keyringBusy = false;
        m_keyringProblem = problem.isEmpty()
            ? QString()
            : tr("The password could not be remembered: %1. You will be asked for it the next time.")
                  .arg(problem);
        Q_EMIT keyringChanged();
        Q_EMIT passwordStored(problem.isEmpty());
    };
    if (remember && !password.isEmpty())
        ServerPasswords::write(this, key, password, done);
    else
        ServerPasswords::remove(this, key, [done](const QString &) { done(QString()); });
}

void ServerSession::setLoginError(const QString &message)
{
    if (message == m_loginError)
        return;
    m_loginError = message;
    Q_EMIT loginErrorChanged();
}

void ServerSession::openRemembered(const QString &url)
{
    const auto target = parsed(url);
    if (!target) {
        // The dialog says what is wrong with it.
        Result error;
        ServerUrl::parse(url.trimmed(), &error);
        setLoginError(error.message());
        Q_EMIT loginNeeded(url);
        return;
    }
    const QString key = target->withWorkspace(QString()).toString();
    ServerPasswords::read(this, key, [this, url](bool found, const QString &password, const QString &problem) {
        if (found && m_opener(url, password))
            return;
        if (!found)
            setLoginError(problem.isEmpty() ? QString()
                                            : tr("The password could not be read from the keyring: %1.").arg(problem));
        Q_EMIT loginNeeded(url);
    });
}

QVariantMap ServerSession::fieldsOf(const QString &url) const
{
    const auto target = parsed(url);
    if (!target)
        return {{QStringLiteral("address"), url}, {QStringLiteral("workspace"), QString()}};
    return {{QStringLiteral("address"), target->withWorkspace(QString()).toString()},
            {QStringLiteral("workspace"), target->workspace}};
}

void ServerSession::reconnect()
{
    if (m_store)
        m_store->reconnectNow();
}

QString ServerSession::title() const
{
    return m_store ? tr("%1 on %2").arg(workspaceName(), host()) : QString();
}

QString ServerSession::host() const
{
    if (!m_store)
        return {};
    const QString host = m_store->connection().url().host;
    // A Unix socket's folder says nothing to a person: the server is on this computer.
    return host.startsWith(u'/') ? tr("this computer") : host;
}

QString ServerSession::workspaceName() const
{
    return m_store ? m_store->connection().url().workspace : QString();
}

QString ServerSession::user() const
{
    return m_store ? m_store->connection().role() : QString();
}

QString ServerSession::access() const
{
    if (!m_store)
        return {};
    switch (m_store->access()) {
    case ServerAccess::Viewer: return tr("viewer");
    case ServerAccess::Editor: return tr("editor");
    case ServerAccess::Owner: return tr("owner");
    }
    return {};
}

bool ServerSession::isOnline() const
{
    return m_store && m_store->isOnline();
}

void ServerSession::setJourney(const QString &journey)
{
    if (journey == m_journey)
        return;
    m_journey = journey;
    sendLocation();
}

void ServerSession::setCard(const QString &card)
{
    if (card == m_card)
        return;
    m_card = card;
    sendLocation();
}

void ServerSession::sendLocation()
{
    Q_EMIT locationChanged();
    if (!m_store || !m_store->presence())
        return;
    m_store->presence()->setLocation(uidFromText(m_journey), uidFromText(m_card));
}

QString ServerSession::passwordKey() const
{
    return m_store ? m_store->connection().url().withWorkspace(QString()).toString() : QString();
}

QString ServerSession::journeyTitle(const QString &uid) const
{
    if (!m_document)
        return {};
    const auto it = m_document->workspace().journeys.find(uidFromText(uid));
    return it == m_document->workspace().journeys.end() ? QString() : it->title;
}

QString ServerSession::localDisplayName()
{
#ifdef Q_OS_UNIX
    // The account's full name is the GECOS field's first part ("Alice Martin,,,").
    if (const passwd *account = getpwuid(getuid()); account && account->pw_gecos) {
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login;
}

} // namespace cx

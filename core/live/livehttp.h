// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <functional>

namespace cx {

// The HTTP side of the participants' server: the page's five files under /s/TOKEN/ and the
// WebSocket upgrade at /s/TOKEN/ws. Every request without the current token is answered 403
// and reported (never with data); everything served carries a strict Content-Security-Policy,
// nosniff, no-referrer and no CORS headers.
//
// Qt HTTP Server 6.4 asks handleRequest() about an upgrade request too: true lets the upgrade
// go ahead, false sends it to missingHandler(), which answers 403 before any WebSocket exists.
class LiveHttp : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Reporter = std::function<void(const QString &what)>;

    // token: the session's; an empty token refuses everything. refused: called for each
    // request refused for its token.
    LiveHttp(QByteArray token, Reporter refused, QObject *parent = nullptr);

    void revoke() { m_token.clear(); }
    const QByteArray &token() const { return m_token; }
    // The ws:// origin the page may connect to (the CSP's connect-src).
    void setSocketOrigin(const QByteArray &origin) { m_socketOrigin = origin; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The part of the path after /s/TOKEN/, or null when the token is not the session's.
    std::optional<QString> pathUnderToken(const QHttpServerRequest &request) const;
    void reply(const QHttpServerRequest &request, QTcpSocket *socket, int status,
               const QByteArray &type, const QByteArray &body);

    QByteArray m_token;
    Reporter m_refused;
    QByteArray m_socketOrigin;
};

} // namespace cx

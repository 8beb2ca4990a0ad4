// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livehttp.h"

#include "livetoken.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace cx {

namespace {

struct Asset {
    const char *path;   // under /s/TOKEN/
    const char *file;   // in the resources
    const char *type;
};
constexpr Asset assets[] = {
    {"", ":/web/index.html", "text/html; charset=utf-8"},
    {"index.html", ":/web/index.html", "text/html; charset=utf-8"},
    {"strings.js", ":/web/strings.js", "text/javascript; charset=utf-8"},
    {"app.js", ":/web/app.js", "text/javascript; charset=utf-8"},
    {"app.css", ":/web/app.css", "text/css; charset=utf-8"},
    {"icon.svg", ":/web/icon.svg", "image/svg+xml"},
};

bool isUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

} // namespace

LiveHttp::LiveHttp(QByteArray token, Reporter refused, QObject *parent)
    : QAbstractHttpServer(parent), m_token(std::move(token)), m_refused(std::move(refused))
{
}

std::optional<QString> LiveHttp::pathUnderToken(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    if (m_token.isEmpty() || !path.startsWith(u"/s/"))
        return std::nullopt;
    const qsizetype slash = path.indexOf(u'/', 3);
    const QStringView token = slash < 0 ? QStringView(path).mid(3) : QStringView(path).mid(3, slash - 3);
    if (!LiveToken::equal(token.toUtf8(), m_token) || slash < 0)
        return std::nullopt;
    return path.mid(slash + 1);
}

bool LiveHttp::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto rest = pathUnderToken(request);
    if (!rest)
        return false; // missingHandler answers 403
    if (isUpgrade(request)) {
        if (*rest != u"ws")
            return false; // 404 below
        // Small messages both ways: without this, Nagle's algorithm holds an answer back until
        // the phone's delayed acknowledgement of the one before (about 40 ms on Linux).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true; // Qt upgrades the connection
    }
    if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head) {
        reply(request, socket, 405, "text/plain; charset=utf-8", "Method not allowed\n");
        return true;
    }
    for (const Asset &asset : assets) {
        if (*rest == QLatin1String(asset.path)) {
            QFile file(QLatin1String(asset.file));
            if (!file.open(QIODevice::ReadOnly))
                break;
            reply(request, socket, 200, asset.type, file.readAll());
            return true;
        }
    }
    reply(request, socket, 404, "text/plain; charset=utf-8", "Not found\n");
    return true;
}

void LiveHttp::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (pathUnderToken(request)) {
        reply(request, socket, 404, "text/plain; charset=utf-8", "Not found\n");
        return;
    }
    // The path may hold a guess at the token: it is not repeated in the log.
    const QString what = QStringLiteral("%1 request without the session token from %2")
                             .arg(isUpgrade(request) ? QStringLiteral("a WebSocket") : QStringLiteral("an HTTP"),
                                  request.remoteAddress().toString());
    m_refused(what);
    reply(request, socket, 403, "text/plain; charset=utf-8",
          "Forbidden: this address is not, or no longer, a workshop's join address.\n");
}

void LiveHttp::reply(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                     const QByteArray &type, const QByteArray &body)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", type);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Content-Security-Policy",
                          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src "
                              + (m_socketOrigin.isEmpty() ? QByteArray("'none'") : m_socketOrigin)
                              + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Frame-Options", "DENY");
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : body);
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace cx::test {

LiveClient::LiveClient(const QUrl &joinUrl, QObject *parent) : QObject(parent), m_url(socketUrl(joinUrl))
{
    const QStringList parts = joinUrl.path().split(u'/', Qt::SkipEmptyParts);
    m_token = parts.size() >= 2 ? parts[1].toLatin1() : QByteArray();
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] { closeCode = socket.closeCode(); });
}

QUrl LiveClient::socketUrl(const QUrl &joinUrl)
{
    QUrl url = joinUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(joinUrl.path() + QStringLiteral("ws"));
    return url;
}

bool LiveClient::open(int timeoutMs)
{
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    socket.open(m_url);
    (void)QTest::qWaitFor([&] { return !connected.isEmpty() || !closed.isEmpty(); }, timeoutMs);
    return !connected.isEmpty() && closed.isEmpty();
}

bool LiveClient::isOpen() const
{
    return socket.state() == QAbstractSocket::ConnectedState;
}

int LiveClient::send(QJsonObject message)
{
    const int id = m_nextId++;
    if (!message.contains(u"token"))
        message.insert(QStringLiteral("token"), QString::fromLatin1(m_token));
    message.insert(QStringLiteral("id"), id);
    sendRaw(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return id;
}

void LiveClient::sendRaw(const QString &text)
{
    socket.sendTextMessage(text);
    socket.flush();
}

QJsonObject LiveClient::reply(int id, int timeoutMs)
{
    QJsonObject found;
    auto lookup = [&] {
        for (const QJsonObject &m : std::as_const(messages)) {
            const QString type = m.value(u"type").toString();
            if (m.value(u"id").toInt() == id && (type == u"ok" || type == u"error" || type == u"welcome")) {
                found = m;
                return true;
            }
        }
        return false;
    };
    (void)QTest::qWaitFor([&] { return lookup() || socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    return found;
}

QJsonObject LiveClient::request(const QJsonObject &message, int timeoutMs)
{
    return reply(send(message), timeoutMs);
}

QJsonObject LiveClient::join(const QString &name)
{
    return request(QJsonObject{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name}});
}

QJsonObject LiveClient::last(const QString &type) const
{
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->value(u"type").toString() == type)
            return *it;
    }
    return {};
}

bool LiveClient::waitFor(const QString &type, const std::function<bool(const QJsonObject &)> &until, int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return !last(type).isEmpty() && until(last(type)); }, timeoutMs);
    return !last(type).isEmpty() && until(last(type));
}

bool LiveClient::waitClosed(int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace cx::test

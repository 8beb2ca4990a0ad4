// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace cx::test {

// A participant's phone as the tests play it: a QWebSocket speaking PROTOCOL.md, keeping every
// message the server sent so a test can wait for one and read what it said.
class LiveClient : public QObject
{
    Q_OBJECT

public:
    // url: the join address (http://HOST:PORT/s/TOKEN/); the socket goes to its ws sibling.
    explicit LiveClient(const QUrl &joinUrl, QObject *parent = nullptr);

    static QUrl socketUrl(const QUrl &joinUrl);
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }

    // Connects and waits (up to timeoutMs); false when the server refused or closed.
    bool open(int timeoutMs = 5000);
    bool isOpen() const;
    // Sends message with the token and a fresh id, returns the id.
    int send(QJsonObject message);
    void sendRaw(const QString &text);
    // The ok or error answering id (waits up to timeoutMs; empty object on timeout).
    QJsonObject reply(int id, int timeoutMs = 5000);
    // send() and reply() in one.
    QJsonObject request(const QJsonObject &message, int timeoutMs = 5000);
    // Joins with name (may be ""); the welcome, or the error.
    QJsonObject join(const QString &name);
    // The latest message of type, waiting for one newer than the count seen so far when fresh.
    QJsonObject last(const QString &type) const;
    bool waitFor(const QString &type, const std::function<bool(const QJsonObject &)> &until, int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);

    QList<QJsonObject> messages;
    QWebSocket socket;
    int closeCode = -1;

private:
    QByteArray m_token;
    QUrl m_url;
    int m_nextId = 1;
};

} // namespace cx::test

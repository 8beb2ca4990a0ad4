// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livemessage.h"

#include "livetoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cx {

namespace {

using Read = std::variant<LiveMessage, LiveMessage::Refusal>;

Read refuse(const char *code, const QString &message, const QJsonValue &id = {})
{
    return LiveMessage::Refusal{code, message, id, false};
}

// A name that is present must be a string; absent means "" (anonymous).
std::optional<Read> readName(const QJsonObject &json, LiveMessage &m, const LiveLimits &limits, bool required)
{
    const QJsonValue name = json.value(u"name");
    if ((required || !name.isUndefined()) && !name.isString())
        return refuse("malformed", QStringLiteral("name is a string."), m.id);
    m.name = name.toString().trimmed();
    if (required && m.name.isEmpty())
        return refuse("name-empty", QStringLiteral("Type a name."), m.id);
    if (m.name.size() > limits.nameChars)
        return refuse("name-too-long", QStringLiteral("A name has at most %1 characters.").arg(limits.nameChars), m.id);
    return std::nullopt;
}

} // namespace

std::variant<LiveMessage, LiveMessage::Refusal> LiveMessage::read(QByteArrayView utf8, QByteArrayView token,
                                                                  const LiveLimits &limits)
{
    if (utf8.size() > limits.messageBytes)
        return refuse("malformed", QStringLiteral("A message has at most %1 bytes.").arg(limits.messageBytes));
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray());
    if (!document.isObject())
        return refuse("malformed", QStringLiteral("A message is one JSON object."));
    const QJsonObject json = document.object();
    // The token before anything else: without it nothing is read, not even the id.
    if (!LiveToken::equal(json.value(u"token").toString().toUtf8(), token))
        return Refusal{"token", QStringLiteral("without the session token"), {}, true};
    LiveMessage m;
    const QJsonValue id = json.value(u"id");
    // Integers only, and only those a double holds exactly, so the echo is the same number.
    if (id.isDouble() && std::abs(id.toDouble()) < 9e15 && id.toDouble() == double(qint64(id.toDouble())))
        m.id = id;
    const QString type = json.value(u"type").toString();
    if (type == u"join") {
        m.type = Type::Join;
        if (json.contains(u"rejoin")) {
            if (!json.value(u"rejoin").isString())
                return refuse("malformed", QStringLiteral("rejoin is a string."), m.id);
            m.rejoin = json.value(u"rejoin").toString().toUtf8();
        }
        if (auto refused = readName(json, m, limits, false))
            return *refused;
        return m;
    }
    if (type == u"name") {
        m.type = Type::Name;
        if (auto refused = readName(json, m, limits, true))
            return *refused;
        return m;
    }
    if (type == u"vote") {
        m.type = Type::Vote;
        const QJsonValue delta = json.value(u"delta");
        if (!json.value(u"moment").isString() || !delta.isDouble() || (delta.toDouble() != 1 && delta.toDouble() != -1))
            return refuse("malformed", QStringLiteral("A vote names a moment and a delta of 1 or -1."), m.id);
        m.delta = delta.toInt();
        m.moment = uidFromText(json.value(u"moment").toString());
        return m;
    }
    if (type == u"note") {
        m.type = Type::Note;
        const QJsonValue kind = json.value(u"kind");
        if (!json.value(u"text").isString() || (!kind.isUndefined() && !kind.isString()))
            return refuse("malformed", QStringLiteral("A note has a text and a kind."), m.id);
        const QString kindText = kind.toString(QStringLiteral("idea"));
        if (kindText != u"idea" && kindText != u"question")
            return refuse("malformed", QStringLiteral("A note's kind is idea or question."), m.id);
        m.kind = kindText == u"question" ? ParkingKind::Question : ParkingKind::Idea;
        m.text = json.value(u"text").toString().trimmed();
        if (m.text.isEmpty())
            return refuse("note-empty", QStringLiteral("A note needs some text."), m.id);
        if (m.text.size() > limits.noteChars)
            return refuse("note-too-long", QStringLiteral("A note has at most %1 characters.").arg(limits.noteChars), m.id);
        return m;
    }
    return refuse("malformed", QStringLiteral("Unknown message type."), m.id);
}

} // namespace cx

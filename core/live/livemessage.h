// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livelimits.h"
#include "model/enums.h"
#include "model/uid.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <variant>

namespace cx {

// One message from a participant's page, read and checked as far as it can be without the
// session's state (PROTOCOL.md): JSON, the token, the type, each field's kind and length. The
// session then checks what needs state (joined, the round, the dots) and applies it. Kept
// apart so that every byte from the network meets this one reader first, and fuzz_live can
// try it alone.
struct LiveMessage {
    enum class Type { Join, Name, Vote, Note };

    // A message refused before it reaches the session: an error code for the page, or (token
    // true) a missing or wrong token, which closes the connection.
    struct Refusal {
        const char *code = "malformed";
        QString message;
        QJsonValue id;
        bool token = false;
    };

    Type type = Type::Join;
    QJsonValue id;                    // an integer to echo in the answer, or null
    QString name;                     // join, name: trimmed, at most limits.nameChars
    std::optional<QByteArray> rejoin; // join: a participant key given before
    Uid moment;                       // vote: null when the text is no uid
    int delta = 0;                    // vote: 1 or -1
    QString text;                     // note: trimmed, 1 … limits.noteChars characters
    ParkingKind kind = ParkingKind::Idea;

    static std::variant<LiveMessage, Refusal> read(QByteArrayView utf8, QByteArrayView token, const LiveLimits &limits);
};

} // namespace cx

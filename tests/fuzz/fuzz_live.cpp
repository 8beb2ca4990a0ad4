// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a participant's WebSocket message (issue 16), the first thing every byte from the
// network meets. Any input: no crash, no sanitizer report; a message is either refused with a
// code, or read with every field inside the documented limits.
#include "live/livemessage.h"

#include <cstdlib>
#include <cstring>

using namespace cx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The seeds carry this token, so mutations explore past the token check.
    static const QByteArray token("TOKENtokenTOKENtoken0123");
    const LiveLimits limits;
    const auto read = LiveMessage::read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), token, limits);
    if (const auto *refusal = std::get_if<LiveMessage::Refusal>(&read)) {
        if (!refusal->code || std::strlen(refusal->code) == 0 || (!refusal->token && refusal->message.isEmpty()))
            std::abort();
        if (refusal->token && !refusal->id.isNull() && !refusal->id.isUndefined())
            std::abort(); // nothing of a message without the token is echoed
        return 0;
    }
    if (size > size_t(limits.messageBytes))
        std::abort();
    const LiveMessage &m = std::get<LiveMessage>(read);
    if (m.name.size() > limits.nameChars || m.name != m.name.trimmed())
        std::abort();
    switch (m.type) {
    case LiveMessage::Type::Vote:
        if (m.delta != 1 && m.delta != -1)
            std::abort();
        break;
    case LiveMessage::Type::Note:
        if (m.text.isEmpty() || m.text.size() > limits.noteChars || m.text != m.text.trimmed())
            std::abort();
        break;
    case LiveMessage::Type::Name:
        if (m.name.isEmpty())
            std::abort();
        break;
    case LiveMessage::Type::Join:
        break;
    }
    if (!m.id.isNull() && !m.id.isUndefined() && m.id.toDouble() != double(qint64(m.id.toDouble())))
        std::abort();
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cx {

// The secrets of a participants' session: the session token every request and message carries,
// and each participant's key for joining again after a dropped connection.
class LiveToken
{
public:
    static constexpr int bytes = 18; // 144 bits from the system's cryptographic source

    // 24 characters of base64url (no padding), from QRandomGenerator::system().
    static QByteArray generate();
    // Equal, in a time that depends only on the lengths, never on where the first difference is.
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetoken.h"

#include <QRandomGenerator>
#include <array>

namespace cx {

QByteArray LiveToken::generate()
{
    // QRandomGenerator::system() reads the operating system's cryptographic source
    // (getrandom on Linux); the global generator may be a seeded PRNG.
    std::array<quint32, (bytes + 3) / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), bytes);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool LiveToken::equal(QByteArrayView a, QByteArrayView b)
{
    // Every byte of the longer one is visited and differences are OR-ed together, so the time
    // says nothing about how much of a guess was right.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0u;
        const unsigned y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0u;
        diff |= x ^ y;
    }
    return diff == 0 && n > 0;
}

} // namespace cx

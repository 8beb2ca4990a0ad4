// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace cx {

// A QR code as a square of modules, made by libqrencode (8-bit mode, error correction level
// M, case-sensitive): what the facilitator's window and the projector draw so that phones can
// open the join address. A plain value; the quiet zone around it is the painter's business.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(cx::QrCode)

public:
    QrCode() = default;

    // The smallest code that holds text. A null code, with *error (when given) saying why,
    // when text is empty, holds a NUL byte, or is longer than a QR code can carry.
    static QrCode encode(const QByteArray &text, Result *error = nullptr);

    bool isNull() const { return m_size == 0; }
    // Modules along a side: 17 + 4 × version (21 to 177); 0 for a null code.
    int size() const { return m_size; }
    // 1 to 40; 0 for a null code.
    int version() const { return m_size == 0 ? 0 : (m_size - 17) / 4; }
    // Whether the module at column x, row y is dark; false outside the code.
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    QList<bool> m_dark; // row by row
};

} // namespace cx

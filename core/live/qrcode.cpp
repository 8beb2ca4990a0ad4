// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace cx {

QrCode QrCode::encode(const QByteArray &text, Result *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = Result::failure(ErrorCode::Invalid, message);
        return QrCode();
    };
    if (text.isEmpty())
        return fail(tr("There is no address to make a QR code of."));
    // libqrencode reads a C string: a NUL would silently cut the text short.
    if (text.contains('\0'))
        return fail(tr("The address cannot be made into a QR code: it contains a NUL character."));

    // Version 0: the smallest version that holds the text.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        if (errno == ERANGE) {
            return fail(
                tr("The address is too long for a QR code (%1 bytes; a QR code at error correction "
                   "level M holds at most 2,331).")
                    .arg(text.size()));
        }
        return fail(tr("The QR code could not be made (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    QrCode result;
    result.m_size = code->width;
    result.m_dark.resize(qsizetype(code->width) * code->width);
    // Bit 0 of each byte is the module's colour (1: dark); the other bits say what the module
    // is for (finder, timing, data…), which drawing does not need.
    for (qsizetype i = 0; i < result.m_dark.size(); ++i)
        result.m_dark[i] = (code->data[i] & 1) != 0;
    if (error)
        *error = Result::success();
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x);
}

} // namespace cx

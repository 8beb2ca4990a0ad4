// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QImage;

namespace cx::test {

// Reads the QR codes in image with a real decoder (zbarimg, from Debian's zbar-tools) the way
// a phone's camera app reads the screen: what they hold, one per line, or an empty string with
// *error saying why (no code found, or zbarimg missing).
QString decodeQrCodes(const QImage &image, QString *error);

} // namespace cx::test

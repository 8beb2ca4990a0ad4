// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cx {

// What a persona's photo may be: the file, the picture, and the size it is stored at.
struct PhotoLimits {
    qint64 maxFileBytes = 20 * 1024 * 1024; // 20 MB
    qint64 maxPixels = 40'000'000;          // 40 megapixels
    int maxSide = 512;                      // the stored photo's long side
};

// A persona's photo from a file's bytes: PNG or JPEG only, told by the content and never by
// the name; a damaged image or one over the limits is refused with a message that names the
// file and says why. An accepted photo is scaled to at most maxSide pixels on its long side
// and encoded again (PNG stays PNG, JPEG stays JPEG), which also drops its metadata.
class PersonaPhoto
{
    Q_DECLARE_TR_FUNCTIONS(cx::PersonaPhoto)

public:
    using Limits = PhotoLimits;

    // The bytes to store, in *photo; on failure *photo is untouched. where names the source
    // in messages (a file name).
    static Result prepare(const QByteArray &bytes, const QString &where, QByteArray *photo,
                          const Limits &limits = Limits());
    // The same from a local file, refused before it is read when it is too big.
    static Result fromFile(const QString &path, QByteArray *photo, const Limits &limits = Limits());
    // "png", "jpeg" or empty, from the first bytes.
    static QByteArray sniff(const QByteArray &bytes);
};

} // namespace cx

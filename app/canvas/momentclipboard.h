// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moment.h"
#include "model/result.h"

#include <QCoreApplication>

class QMimeData;

namespace cx {

// Moments on the clipboard: CX Atlas's own format (JSON, every field but the place on the
// map) and plain text (one title a line), so cards paste between workspaces and a list typed
// elsewhere pastes as cards.
class MomentClipboard
{
    Q_DECLARE_TR_FUNCTIONS(cx::MomentClipboard)

public:
    static constexpr qsizetype maxMoments = 1000;
    static constexpr qsizetype maxTitle = 1000;
    static QString mimeType() { return QStringLiteral("application/x-cxatlas-moments"); }

    static QMimeData *toMimeData(const QList<Moment> &moments);
    static bool canRead(const QMimeData *data);
    // The moments the data holds (without place or id), or an error saying what is wrong.
    static QList<Moment> fromMimeData(const QMimeData *data, Result *error);
};

} // namespace cx

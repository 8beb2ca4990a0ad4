// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uid.h"

#include <QDateTime>
#include <QString>

namespace cx {

// What every linkable thing has. Timestamps are UTC with millisecond precision, the file's
// resolution, so a value read back compares equal to the one written.
struct NodeBase {
    Uid uid;
    QString title;
    QString notes;
    QDateTime created;
    QDateTime modified;

    bool operator==(const NodeBase &) const = default;
};

// Now, truncated to what the file keeps.
QDateTime fileTimestamp();

} // namespace cx

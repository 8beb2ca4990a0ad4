// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uid.h"

#include <QDateTime>
#include <QString>

namespace cx {

// A workshop participant's dot vote on a moment. Not a node: votes are never linked.
struct Vote {
    Uid uid;
    Uid moment;
    QString participant;
    int dots = 1;
    QDateTime cast;

    bool operator==(const Vote &) const = default;
};

} // namespace cx

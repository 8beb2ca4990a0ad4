// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uid.h"

#include <QDateTime>
#include <QString>

namespace cx {

// A workshop participant's dots on a moment in one voting round. Not a node: votes are never
// linked. One vote per (round, moment, participant); dots counts that participant's dots there.
struct Vote {
    Uid uid;
    Uid round;
    Uid moment;
    QString participant;
    int dots = 1;
    QDateTime cast;

    bool operator==(const Vote &) const = default;
};

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"
#include "uid.h"

namespace cx {

// An idea or question parked during a workshop (title: its text), kept beside a journey's map
// until it becomes a moment, an insight or an opportunity, or is deleted. Not linkable.
struct ParkingNote : NodeBase {
    Uid journey;
    ParkingKind kind = ParkingKind::Idea;
    int position = 0;          // order in the journey's parking lot, 0 … n-1

    bool operator==(const ParkingNote &) const = default;
};

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

namespace cx {

// A map for one or more personas (linked with Relation::Follows). A journey opened from a
// moment of a larger one is linked from that moment with Relation::OpensJourney.
struct Journey : NodeBase {
    JourneyState state = JourneyState::Current;

    bool operator==(const Journey &) const = default;
};

// A column of a journey map. position orders the stages of one journey from 0. width is the
// column's width set by the user, in layout units; 0 lets the layout choose.
struct Stage : NodeBase {
    static constexpr double maxSize = 4000;

    Uid journey;
    int position = 0;
    double width = 0;

    bool operator==(const Stage &) const = default;
};

// A row of a journey map. position orders the lanes of one journey from 0. height is the
// least height the user gave it, in layout units (it still grows to fit its cards); 0 for
// the layout's default.
struct Lane : NodeBase {
    Uid journey;
    LaneKind kind = LaneKind::Steps;
    int position = 0;
    double height = 0;

    bool operator==(const Lane &) const = default;
};

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodebase.h"

namespace cx {

// An improvement idea, linked to the moments it would improve. Impact and effort are 1 … 5.
struct Opportunity : NodeBase {
    static constexpr int minScale = 1;
    static constexpr int maxScale = 5;

    int impact = 3;
    int effort = 3;

    bool operator==(const Opportunity &) const = default;
};

} // namespace cx

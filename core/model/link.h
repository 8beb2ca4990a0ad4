// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "uid.h"

#include <QHash>

namespace cx {

// A typed edge of the workspace graph; the triple is its identity.
struct Link {
    Uid from;
    Relation relation = Relation::Uses;
    Uid to;

    bool operator==(const Link &) const = default;
};

inline size_t qHash(const Link &link, size_t seed = 0)
{
    return qHashMulti(seed, link.from, static_cast<int>(link.relation), link.to);
}

} // namespace cx

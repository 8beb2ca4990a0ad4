// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

namespace cx {

// A CX architecture element: frontstage (story, experience, service) or backstage
// (system, process, data). kind is always one of those six.
struct Element : NodeBase {
    NodeKind kind = NodeKind::Service;
    QString owner;

    bool operator==(const Element &) const = default;
};

} // namespace cx

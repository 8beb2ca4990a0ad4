// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link.h"
#include "node.h"

#include <QList>
#include <optional>

namespace cx {

// One record's change: added (no before), removed (no after) or changed (both).
struct NodeChange {
    std::optional<Node> before;
    std::optional<Node> after;

    bool operator==(const NodeChange &) const = default;
};

struct LinkChange {
    Link link;
    bool added = true;

    bool operator==(const LinkChange &) const = default;
};

// What one edit does to a workspace, with the state before and after, so that the same
// change applied backwards is its undo. The store writes it in one transaction; the
// Document applies it to memory in the same order (see steps()).
struct ChangeSet {
    QList<NodeChange> nodes;
    QList<LinkChange> links;

    bool isEmpty() const { return nodes.isEmpty() && links.isEmpty(); }
    ChangeSet inverted() const;
    // Drops changes whose before equals after; returns whether anything is left.
    bool simplify();

    // The order that keeps every reference valid at each step: new nodes parents first,
    // then changed nodes, then removed links, then removed nodes children first, then new
    // links. Each step is (isLink, index into nodes or links).
    struct Step {
        bool isLink;
        qsizetype index;
    };
    QList<Step> steps() const;

    bool operator==(const ChangeSet &) const = default;
};

} // namespace cx

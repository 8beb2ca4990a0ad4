// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cx {

// Builds the change set of each kind of edit from the current workspace, checking it against
// the model's rules first. Pure functions: nothing is applied here. On failure the change set
// is empty and *error says why.
class Changes
{
    Q_DECLARE_TR_FUNCTIONS(cx::Changes)

public:
    // New records, in any order; uids must be new.
    static ChangeSet add(const Workspace &w, const QList<Node> &nodes, Result *error);
    // One record replaced by after (same uid and kind).
    static ChangeSet update(const Workspace &w, const Node &after, Result *error);
    // Records and everything that depends on them: a journey's stages, lanes and moments; a
    // stage's or lane's moments; votes; links touching any of them; per-persona emotions of
    // a removed persona. The remaining siblings are renumbered so positions stay 0 … n-1.
    static ChangeSet remove(const Workspace &w, const QList<Uid> &uids, Result *error);
    // Moments of one journey into the cell (stage, lane) at position, in the given order.
    static ChangeSet moveMoments(const Workspace &w, const QList<Uid> &moments, const Uid &stage,
                                 const Uid &lane, int position, Result *error);
    // New moments into the cell (stage, lane) at position, in the given order; the cell's
    // other cards make room. Each moment's journey, stage, lane and position are set here.
    static ChangeSet insertMoments(const Workspace &w, QList<Moment> moments, const Uid &stage,
                                   const Uid &lane, int position, Result *error);
    // A new stage or lane at position among its journey's; the others make room.
    static ChangeSet insertBand(const Workspace &w, const Node &stageOrLane, int position, Result *error);
    // A stage or lane to a new position among its journey's stages or lanes.
    static ChangeSet reorder(const Workspace &w, const Uid &stageOrLane, int position, Result *error);
    static ChangeSet link(const Workspace &w, const Link &link, Result *error);
    static ChangeSet unlink(const Workspace &w, const Link &link, Result *error);
};

} // namespace cx

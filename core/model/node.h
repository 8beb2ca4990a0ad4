// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"
#include "insight.h"
#include "journey.h"
#include "metric.h"
#include "moment.h"
#include "opportunity.h"
#include "persona.h"
#include "parkingnote.h"
#include "responsebatch.h"
#include "vote.h"
#include "votinground.h"

#include <variant>

namespace cx {

// Any one record of a workspace, for code that handles all kinds alike (change sets, the
// store's writer, dumps). Element covers the six architecture kinds.
using Node = std::variant<Persona, Journey, Stage, Lane, Moment, Element, Metric, Insight,
                          Opportunity, Vote, VotingRound, ParkingNote, ResponseBatch>;

Uid uidOf(const Node &node);
NodeKind kindOf(const Node &node);
QString titleOf(const Node &node);
// The records this one needs to exist (its journey, stage, lane, round, metric, the personas its
// emotions name), each once; links are not records and are not listed.
QList<Uid> referencesOf(const Node &node);

// The order in which kinds must be created so that what a record refers to exists first
// (journeys before stages and rounds, stages before moments, moments and rounds before votes). Removal runs it
// backwards.
int creationRank(NodeKind kind);

} // namespace cx

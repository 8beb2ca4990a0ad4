// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node.h"

#include <QtGlobal>

namespace cx {

// The fields of the records, named once for all kinds, so a change event can say what
// changed and a list model can turn it into the roles to refresh.
enum class Field : quint8 {
    Title, Notes, Created, Modified, Kind, Position, Journey, Stage, Lane, Owner, Channel,
    Emotion, PersonaEmotions, Importance, Evidence, MattersMost, Color, Tags, NeedState, Quote,
    Photo, Goals, Needs, Frustrations, Behaviours, PreferredChannels, Demographics,
    Psychographics, FieldNotes, ValueTier, Status, Revisions, Level, Unit, Target, Direction,
    Measurements, Source, Date, Impact, Effort, Participant, Dots, Size,
    Round, Participants, Seats, HideTally, Started, Ended, Metric, Scale, Responses,
};

// A set of Field values, one bit each.
using Fields = quint64;
constexpr Fields fieldBit(Field f) { return Fields(1) << static_cast<quint8>(f); }
constexpr bool hasField(Fields set, Field f) { return (set & fieldBit(f)) != 0; }

// The fields in which two records of the same kind differ; every bit when kinds differ.
Fields changedFields(const Node &before, const Node &after);

} // namespace cx

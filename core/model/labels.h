// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QString>

namespace cx {

// The model's values as people read them, translated (context "cx::Labels"). name() in enums.h
// gives the identifiers of the file, JSON, CSV and the command line, which never change with
// the language: use name() for machines and label() for people, never name() inside tr().
//
// label() is a word to go inside a sentence, so in English it is lowercase ("story",
// "strategic", "depends on") and a message reads as it did when it held the identifier. Other
// languages write the noun as it stands alone (German "Story", French "récit"); messages that
// take one are worded so that a bare noun fits ("%1 “%2”", "vom Typ %1"), with a translator
// comment saying what fills the slot.
QString label(NodeKind kind);        // "story", "moment", "voting round"
QString pluralLabel(NodeKind kind);  // a heading: "Stories", "Moments"
QString label(MetricKind kind);      // a name: "NPS", "Retention", "Custom"
QString label(MetricLevel level);    // an adjective: "strategic", "operational", "tactical"
QString label(Direction direction);  // "higher is better"
QString label(Relation relation);    // a verb, from the link's source: "uses", "depends on"
QString label(EvidenceKind kind);    // "survey", "social listening", "CRM"
// A survey answer scale by its score, before its range in brackets: "nps (0–10)", "ces (1–7)".
// (The long form, "NPS (0–10)", is label(ResponseScale) in metrics/responsereader.h.)
QString shortLabel(ResponseScale scale);

} // namespace cx

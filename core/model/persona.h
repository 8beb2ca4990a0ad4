// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cx {

// One source of evidence behind a persona (a survey, an interview…).
struct EvidenceSource {
    QString label;
    EvidenceKind kind = EvidenceKind::Other;
    QDate date;
    QString note;

    bool operator==(const EvidenceSource &) const = default;
};

// A dated record of how a persona changed and why; snapshot holds the persona's fields as
// they were after the change (JSON text), so two revisions can be compared and one restored.
struct PersonaRevision {
    Uid uid;
    QDateTime recorded;
    QString summary;
    QString reason;
    QByteArray snapshot;

    bool operator==(const PersonaRevision &) const = default;
};

// An archetype of a customer need state. title is the persona's name. A hypothesis until
// research validates it. photo holds PNG or JPEG bytes kept inside the workspace.
struct Persona : NodeBase {
    QString needState;
    QString quote;
    QByteArray photo;
    QStringList goals;
    QStringList needs;
    QStringList frustrations;
    QStringList behaviours;
    QStringList preferredChannels;
    QString demographics;
    QString psychographics;
    QString fieldNotes;
    QList<EvidenceSource> evidence;
    ValueTier valueTier = ValueTier::Medium;
    PersonaStatus status = PersonaStatus::Hypothesis;
    // "#rrggbb" the persona is drawn in everywhere; empty: the palette's (PersonaPalette).
    QString color;
    QList<PersonaRevision> revisions;

    bool operator==(const Persona &) const = default;
};

} // namespace cx

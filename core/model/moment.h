// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cx {

// The emotion one persona feels at a moment, when a journey maps several personas.
struct PersonaEmotion {
    Uid persona;
    int score = 0; // -2 … +2

    bool operator==(const PersonaEmotion &) const = default;
};

// A card in one stage and lane of a journey. position orders the cards of one cell from 0.
struct Moment : NodeBase {
    static constexpr int minEmotion = -2;
    static constexpr int maxEmotion = 2;
    static constexpr int minImportance = 1;
    static constexpr int maxImportance = 5;

    Uid journey;
    Uid stage;
    Uid lane;
    int position = 0;
    QString channel;
    QString owner;                       // the function that owns the moment
    std::optional<int> emotion;          // the journey-wide score, when one is set
    QList<PersonaEmotion> emotions;      // one per persona, ordered by uidText(persona)
    int importance = 3;
    EvidenceLevel evidence = EvidenceLevel::Assumption;
    bool mattersMost = false;            // a moment that matters
    QString color;                       // "#rrggbb", empty for the lane's colour
    QStringList tags;

    bool operator==(const Moment &) const = default;

    // Puts emotions in their canonical order (the order the file returns them in).
    void sortEmotions();
};

} // namespace cx

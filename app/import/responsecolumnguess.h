// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/responsereader.h"

#include <QStringList>

namespace cx {

// The columns a header's names suggest for a survey-response import, each column used once, in
// the order date, score, moment, segment; -1 where none fits. A name fits when one of its words
// starts with a hint ("submitted_at" → date; "Likelihood to recommend (NPS)" → score;
// "touchpoint", "step" → moment; "plan", "persona" → segment) or holds a hint of several words
// ("customer type"); case and punctuation are ignored. The user can change every guess.
ResponseColumns guessColumns(const QStringList &header);

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodebase.h"

#include "moment.h"

#include <algorithm>

namespace cx {

QDateTime fileTimestamp()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

void Moment::sortEmotions()
{
    std::sort(emotions.begin(), emotions.end(), [](const PersonaEmotion &a, const PersonaEmotion &b) {
        return uidText(a.persona) < uidText(b.persona);
    });
}

} // namespace cx

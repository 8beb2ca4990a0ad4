// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodebase.h"
#include "votinground.h"

#include "moment.h"

#include <algorithm>

namespace cx {

QDateTime fileTimestamp()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QStringList VotingRound::voters() const
{
    if (!participants.isEmpty())
        return participants;
    QStringList seatNames;
    for (int seat = 1; seat <= seats; ++seat)
        seatNames.append(QString::number(seat));
    return seatNames;
}

void Moment::sortEmotions()
{
    std::sort(emotions.begin(), emotions.end(), [](const PersonaEmotion &a, const PersonaEmotion &b) {
        return uidText(a.persona) < uidText(b.persona);
    });
}

} // namespace cx

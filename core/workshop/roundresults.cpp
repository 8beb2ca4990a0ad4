// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundresults.h"

#include <algorithm>

namespace cx {

QHash<Uid, int> RoundResults::dotsByMoment(const Workspace &w, const Uid &round)
{
    QHash<Uid, int> dots;
    for (const Vote &v : w.votes) {
        if (v.round == round)
            dots[v.moment] += v.dots;
    }
    return dots;
}

QHash<Uid, int> RoundResults::cardDots(const Workspace &w, const Uid &journey)
{
    for (const VotingRound &r : w.rounds) {
        if (r.journey == journey && r.isRunning())
            return r.hideTally ? QHash<Uid, int>() : dotsByMoment(w, r.uid);
    }
    QHash<Uid, int> dots;
    for (const Vote &v : w.votes)
        dots[v.moment] += v.dots;
    return dots;
}

int RoundResults::usedBy(const Workspace &w, const Uid &round, const QString &participant)
{
    int used = 0;
    for (const Vote &v : w.votes) {
        if (v.round == round && v.participant == participant)
            used += v.dots;
    }
    return used;
}

int RoundResults::dotsOn(const Workspace &w, const Uid &round, const Uid &moment, const QString &participant)
{
    int dots = 0;
    for (const Vote &v : w.votes) {
        if (v.round == round && v.moment == moment && v.participant == participant)
            dots += v.dots;
    }
    return dots;
}

RoundResults RoundResults::of(const Workspace &w, const Uid &round)
{
    RoundResults results;
    const VotingRound r = w.rounds.value(round);
    const QHash<Uid, int> dots = dotsByMoment(w, round);
    // Map order: stage, then lane, then place in the cell; a stable tie-break that a reader
    // of the map recognises.
    auto place = [&w](const Uid &moment) {
        const Moment m = w.moments.value(moment);
        return std::tuple(w.stages.value(m.stage).position, w.lanes.value(m.lane).position, m.position);
    };
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        if (it.value() > 0 && w.moments.contains(it.key()))
            results.ranking.append({it.key(), it.value(), 0, false});
        results.totalDots += it.value();
    }
    std::sort(results.ranking.begin(), results.ranking.end(), [&](const Entry &a, const Entry &b) {
        if (a.dots != b.dots)
            return a.dots > b.dots;
        return place(a.moment) < place(b.moment);
    });
    for (qsizetype i = 0; i < results.ranking.size(); ++i) {
        Entry &e = results.ranking[i];
        e.rank = (i > 0 && results.ranking[i - 1].dots == e.dots) ? results.ranking[i - 1].rank : int(i) + 1;
        const bool sameAsBefore = i > 0 && results.ranking[i - 1].dots == e.dots;
        const bool sameAsNext = i + 1 < results.ranking.size() && results.ranking[i + 1].dots == e.dots;
        e.tied = sameAsBefore || sameAsNext;
    }
    for (const QString &voter : r.voters())
        results.participation.append({voter, usedBy(w, round, voter), r.dotsPerParticipant});
    return results;
}

QList<Uid> RoundResults::top(int n) const
{
    QList<Uid> result;
    for (const Entry &e : ranking) {
        if (e.rank > n)
            break;
        result.append(e.moment);
    }
    return result;
}

int RoundResults::participantsWhoVoted() const
{
    return int(std::count_if(participation.cbegin(), participation.cend(),
                             [](const Participation &p) { return p.used > 0; }));
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cx {

Uid LiveState::shownStage(const Workspace &w, const Uid &journey, const Uid &stage)
{
    const auto it = w.stages.constFind(stage);
    if (it != w.stages.cend() && it->journey == journey)
        return stage;
    const QList<Stage> stages = w.stagesOf(journey);
    return stages.isEmpty() ? Uid() : stages.first().uid;
}

std::optional<VotingRound> LiveState::runningRound(const Workspace &w, const Uid &journey)
{
    for (const VotingRound &round : w.rounds) {
        if (round.journey == journey && round.isRunning())
            return round;
    }
    return std::nullopt;
}

QJsonObject LiveState::shared(const Workspace &w, const Uid &journey, const Uid &stage,
                              const LiveTimerState &timer)
{
    QJsonObject state{{u"type"_s, u"state"_s}, {u"journey"_s, w.journeys.value(journey).title}};
    const QList<Stage> stages = w.stagesOf(journey);
    const Uid shown = shownStage(w, journey, stage);
    QJsonArray moments;
    if (shown.isNull()) {
        state.insert(u"stage"_s, QJsonValue::Null);
    } else {
        qsizetype number = 0;
        while (number < stages.size() && stages[number].uid != shown)
            ++number;
        state.insert(u"stage"_s, QJsonObject{{u"uid"_s, uidText(shown)},
                                          {u"title"_s, w.stages.value(shown).title},
                                          {u"number"_s, number + 1},
                                          {u"count"_s, stages.size()}});
        // Lane by lane, as the map reads from the top.
        for (const Lane &lane : w.lanesOf(journey)) {
            for (const Moment &m : w.momentsIn(shown, lane.uid))
                moments.append(QJsonObject{{u"uid"_s, uidText(m.uid)}, {u"title"_s, m.title}, {u"channel"_s, m.channel}});
        }
    }
    state.insert(u"moments"_s, moments);
    if (const auto round = runningRound(w, journey)) {
        state.insert(u"round"_s, QJsonObject{{u"uid"_s, uidText(round->uid)},
                                          {u"name"_s, round->title},
                                          {u"dots"_s, round->dotsPerParticipant},
                                          {u"anonymous"_s, round->isAnonymous()}});
    } else {
        state.insert(u"round"_s, QJsonValue::Null);
    }
    if (timer.shown) {
        state.insert(u"timer"_s, QJsonObject{{u"running"_s, timer.running},
                                          {u"remainingMs"_s, timer.remainingMs},
                                          {u"totalMs"_s, timer.totalMs}});
    } else {
        state.insert(u"timer"_s, QJsonValue::Null);
    }
    return state;
}

QHash<QString, QHash<Uid, int>> LiveState::dotsByVoter(const Workspace &w, const Uid &round)
{
    QHash<QString, QHash<Uid, int>> dots;
    for (const Vote &v : w.votes) {
        if (v.round == round)
            dots[v.participant][v.moment] += v.dots;
    }
    return dots;
}

QJsonObject LiveState::personal(const std::optional<VotingRound> &round, const QString &name,
                                const QHash<Uid, int> &dots, int notes, int notesLimit)
{
    QJsonObject votes;
    int used = 0;
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        if (it.value() > 0) {
            votes.insert(uidText(it.key()), it.value());
            used += it.value();
        }
    }
    return QJsonObject{{u"type"_s, u"you"_s},
                       {u"name"_s, name},
                       {u"used"_s, used},
                       {u"dots"_s, round ? round->dotsPerParticipant : 0},
                       {u"votes"_s, votes},
                       {u"notes"_s, notes},
                       {u"notesLeft"_s, std::max(0, notesLimit - notes)},
                       {u"needsName"_s, round && !round->isAnonymous() && name.isEmpty()}};
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

namespace cx {
namespace {

class Diff
{
public:
    template<typename T>
    Diff &check(const T &a, const T &b, Field f)
    {
        if (!(a == b))
            m_fields |= fieldBit(f);
        return *this;
    }
    Diff &base(const NodeBase &a, const NodeBase &b)
    {
        return check(a.title, b.title, Field::Title)
            .check(a.notes, b.notes, Field::Notes)
            .check(a.created, b.created, Field::Created)
            .check(a.modified, b.modified, Field::Modified);
    }
    Fields fields() const { return m_fields; }

private:
    Fields m_fields = 0;
};

Fields diff(const Persona &a, const Persona &b)
{
    return Diff().base(a, b)
        .check(a.needState, b.needState, Field::NeedState)
        .check(a.quote, b.quote, Field::Quote)
        .check(a.photo, b.photo, Field::Photo)
        .check(a.goals, b.goals, Field::Goals)
        .check(a.needs, b.needs, Field::Needs)
        .check(a.frustrations, b.frustrations, Field::Frustrations)
        .check(a.behaviours, b.behaviours, Field::Behaviours)
        .check(a.preferredChannels, b.preferredChannels, Field::PreferredChannels)
        .check(a.demographics, b.demographics, Field::Demographics)
        .check(a.psychographics, b.psychographics, Field::Psychographics)
        .check(a.fieldNotes, b.fieldNotes, Field::FieldNotes)
        .check(a.evidence, b.evidence, Field::Evidence)
        .check(a.valueTier, b.valueTier, Field::ValueTier)
        .check(a.status, b.status, Field::Status)
        .check(a.color, b.color, Field::Color)
        .check(a.revisions, b.revisions, Field::Revisions)
        .fields();
}

Fields diff(const Journey &a, const Journey &b)
{
    return Diff().base(a, b).check(a.state, b.state, Field::Status).fields();
}

Fields diff(const Stage &a, const Stage &b)
{
    return Diff().base(a, b)
        .check(a.journey, b.journey, Field::Journey)
        .check(a.position, b.position, Field::Position)
        .check(a.width, b.width, Field::Size)
        .fields();
}

Fields diff(const Lane &a, const Lane &b)
{
    return Diff().base(a, b)
        .check(a.journey, b.journey, Field::Journey)
        .check(a.kind, b.kind, Field::Kind)
        .check(a.position, b.position, Field::Position)
        .check(a.height, b.height, Field::Size)
        .fields();
}

Fields diff(const Moment &a, const Moment &b)
{
    return Diff().base(a, b)
        .check(a.journey, b.journey, Field::Journey)
        .check(a.stage, b.stage, Field::Stage)
        .check(a.lane, b.lane, Field::Lane)
        .check(a.position, b.position, Field::Position)
        .check(a.channel, b.channel, Field::Channel)
        .check(a.owner, b.owner, Field::Owner)
        .check(a.emotion, b.emotion, Field::Emotion)
        .check(a.emotions, b.emotions, Field::PersonaEmotions)
        .check(a.importance, b.importance, Field::Importance)
        .check(a.evidence, b.evidence, Field::Evidence)
        .check(a.mattersMost, b.mattersMost, Field::MattersMost)
        .check(a.color, b.color, Field::Color)
        .check(a.tags, b.tags, Field::Tags)
        .fields();
}

Fields diff(const Element &a, const Element &b)
{
    return Diff().base(a, b)
        .check(a.kind, b.kind, Field::Kind)
        .check(a.owner, b.owner, Field::Owner)
        .fields();
}

Fields diff(const Metric &a, const Metric &b)
{
    return Diff().base(a, b)
        .check(a.kind, b.kind, Field::Kind)
        .check(a.level, b.level, Field::Level)
        .check(a.unit, b.unit, Field::Unit)
        .check(a.target, b.target, Field::Target)
        .check(a.direction, b.direction, Field::Direction)
        .check(a.owner, b.owner, Field::Owner)
        .check(a.measurements, b.measurements, Field::Measurements)
        .fields();
}

Fields diff(const Insight &a, const Insight &b)
{
    return Diff().base(a, b)
        .check(a.sourceKind, b.sourceKind, Field::Source)
        .check(a.source, b.source, Field::Source)
        .check(a.date, b.date, Field::Date)
        .fields();
}

Fields diff(const Opportunity &a, const Opportunity &b)
{
    return Diff().base(a, b)
        .check(a.impact, b.impact, Field::Impact)
        .check(a.effort, b.effort, Field::Effort)
        .fields();
}

Fields diff(const Vote &a, const Vote &b)
{
    return Diff()
        .check(a.round, b.round, Field::Round)
        .check(a.moment, b.moment, Field::Journey)
        .check(a.participant, b.participant, Field::Participant)
        .check(a.dots, b.dots, Field::Dots)
        .check(a.cast, b.cast, Field::Created)
        .fields();
}

Fields diff(const VotingRound &a, const VotingRound &b)
{
    return Diff().base(a, b)
        .check(a.journey, b.journey, Field::Journey)
        .check(a.dotsPerParticipant, b.dotsPerParticipant, Field::Dots)
        .check(a.participants, b.participants, Field::Participants)
        .check(a.seats, b.seats, Field::Seats)
        .check(a.hideTally, b.hideTally, Field::HideTally)
        .check(a.started, b.started, Field::Started)
        .check(a.ended, b.ended, Field::Ended)
        .fields();
}

Fields diff(const ResponseBatch &a, const ResponseBatch &b)
{
    return Diff().base(a, b)
        .check(a.metric, b.metric, Field::Metric)
        .check(a.scale, b.scale, Field::Scale)
        .check(a.low, b.low, Field::Scale)
        .check(a.high, b.high, Field::Scale)
        .check(a.responses, b.responses, Field::Responses)
        .fields();
}

Fields diff(const ParkingNote &a, const ParkingNote &b)
{
    return Diff().base(a, b)
        .check(a.journey, b.journey, Field::Journey)
        .check(a.kind, b.kind, Field::Kind)
        .check(a.position, b.position, Field::Position)
        .fields();
}

} // namespace

Fields changedFields(const Node &before, const Node &after)
{
    if (before.index() != after.index())
        return ~Fields(0);
    return std::visit(
        [&after](const auto &a) {
            using T = std::decay_t<decltype(a)>;
            return diff(a, std::get<T>(after));
        },
        before);
}

} // namespace cx

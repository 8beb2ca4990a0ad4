// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace cx {

// Every kind of record. Votes, voting rounds and parking-lot notes are not graph nodes: they
// cannot be linked.
enum class NodeKind {
    Persona, Journey, Stage, Lane, Moment,
    Story, Experience, Service, System, Process, Data,
    Metric, Insight, Opportunity, Vote, VotingRound, ParkingNote, ResponseBatch,
};

enum class PersonaStatus { Hypothesis, Validated };
enum class ValueTier { Low, Medium, High, Top };
enum class EvidenceKind { Survey, Interview, Analytics, Crm, SocialListening, Other };
enum class JourneyState { Current, Future };
enum class LaneKind {
    Steps, Touchpoints, Channels, Thoughts, Emotions, PainPoints, Opportunities,
    Frontstage, Backstage, Custom,
};
enum class EvidenceLevel { Assumption, PartlyBacked, ResearchBased };
enum class MetricKind { Nps, Ces, Csat, Cltv, Retention, SocialValue, Custom };
enum class MetricLevel { Strategic, Operational, Tactical };
enum class Direction { HigherIsBetter, LowerIsBetter };
enum class InsightSource { CustomerVoice, Research, Analytics, Competitor };
enum class ParkingKind { Idea, Question };
// The answer scale of a survey question. It decides which scores are valid and how a period's
// responses become one figure: NPS (0–10: % promoters 9–10 − % detractors 0–6), CSAT (1–5:
// share of 4–5), CES (1–5 or 1–7: mean) and a custom numeric scale (mean).
enum class ResponseScale { Nps, Csat, Ces5, Ces7, Custom };

// Typed edges of the workspace graph; which kinds each may join is decided in linkrules.h.
enum class Relation {
    Uses,        // moment -> story, experience, service, system, process, data
    DependsOn,   // element -> element (service -> process -> system -> data)
    Measures,    // metric -> moment or element
    Drives,      // metric -> higher metric (tactical -> operational -> strategic)
    Explains,    // insight -> moment
    Improves,    // opportunity -> moment
    Follows,     // persona -> journey: the persona the journey is mapped for
    OpensJourney // moment -> journey: the detailed journey behind a moment
};

bool isElementKind(NodeKind kind);

// The names used in the file, in JSON and on the command line. Stable: never translate them.
// fromName returns nothing for an unknown name, so readers can report it.
QString name(NodeKind value);
QString name(PersonaStatus value);
QString name(ValueTier value);
QString name(EvidenceKind value);
QString name(JourneyState value);
QString name(LaneKind value);
QString name(EvidenceLevel value);
QString name(MetricKind value);
QString name(MetricLevel value);
QString name(Direction value);
QString name(InsightSource value);
QString name(ParkingKind value);
QString name(ResponseScale value);
QString name(Relation value);

template<typename E> std::optional<E> fromName(QStringView text);

// All names of an enumeration in declaration order, e.g. for CHECK constraints and schemas.
template<typename E> QStringList allNames();

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>

namespace cx {
namespace {

// One context for every label, so translators see them together and use them consistently.
struct Labels {
    Q_DECLARE_TR_FUNCTIONS(cx::Labels)
};

} // namespace

QString label(NodeKind kind)
{
    switch (kind) {
    //: The kind of a record, as a noun inside a sentence (lowercase in English), e.g. "Add story “Card management”"
    case NodeKind::Persona: return Labels::tr("persona");
    case NodeKind::Journey: return Labels::tr("journey");
    case NodeKind::Stage: return Labels::tr("stage");
    case NodeKind::Lane: return Labels::tr("lane");
    case NodeKind::Moment: return Labels::tr("moment");
    //: An element of the CX architecture: a user story (its layer is "Stories")
    case NodeKind::Story: return Labels::tr("story");
    case NodeKind::Experience: return Labels::tr("experience");
    case NodeKind::Service: return Labels::tr("service");
    case NodeKind::System: return Labels::tr("system");
    case NodeKind::Process: return Labels::tr("process");
    //: An element of the CX architecture: a data object (its layer is "Data")
    case NodeKind::Data: return Labels::tr("data");
    case NodeKind::Metric: return Labels::tr("metric");
    case NodeKind::Insight: return Labels::tr("insight");
    case NodeKind::Opportunity: return Labels::tr("opportunity");
    case NodeKind::Vote: return Labels::tr("vote");
    case NodeKind::VotingRound: return Labels::tr("voting round");
    case NodeKind::ParkingNote: return Labels::tr("parking-lot note");
    //: One import of survey responses into a metric
    case NodeKind::ResponseBatch: return Labels::tr("import of survey responses");
    }
    return {};
}

QString pluralLabel(NodeKind kind)
{
    switch (kind) {
    //: A heading over records of one kind
    case NodeKind::Persona: return Labels::tr("Personas");
    case NodeKind::Journey: return Labels::tr("Journeys");
    case NodeKind::Stage: return Labels::tr("Stages");
    case NodeKind::Lane: return Labels::tr("Lanes");
    case NodeKind::Moment: return Labels::tr("Moments");
    case NodeKind::Story: return Labels::tr("Stories");
    case NodeKind::Experience: return Labels::tr("Experiences");
    case NodeKind::Service: return Labels::tr("Services");
    case NodeKind::System: return Labels::tr("Systems");
    case NodeKind::Process: return Labels::tr("Processes");
    case NodeKind::Data: return Labels::tr("Data");
    case NodeKind::Metric: return Labels::tr("Metrics");
    case NodeKind::Insight: return Labels::tr("Insights");
    case NodeKind::Opportunity: return Labels::tr("Opportunities");
    case NodeKind::Vote: return Labels::tr("Votes");
    case NodeKind::VotingRound: return Labels::tr("Voting rounds");
    case NodeKind::ParkingNote: return Labels::tr("Parking lot");
    case NodeKind::ResponseBatch: return Labels::tr("Imports of survey responses");
    }
    return {};
}

QString label(MetricKind kind)
{
    switch (kind) {
    // The scores' abbreviations are the same in every language the app speaks.
    case MetricKind::Nps: return QStringLiteral("NPS");
    case MetricKind::Ces: return QStringLiteral("CES");
    case MetricKind::Csat: return QStringLiteral("CSAT");
    case MetricKind::Cltv: return QStringLiteral("CLTV");
    //: A kind of metric
    case MetricKind::Retention: return Labels::tr("Retention");
    //: A kind of metric
    case MetricKind::SocialValue: return Labels::tr("Social value");
    //: A kind of metric: one the team defines
    case MetricKind::Custom: return Labels::tr("Custom", "metric kind");
    }
    return {};
}

QString label(MetricLevel level)
{
    switch (level) {
    //: The level of a metric, as an adjective inside a sentence (lowercase in English)
    case MetricLevel::Strategic: return Labels::tr("strategic");
    //: The level of a metric, as an adjective inside a sentence (lowercase in English)
    case MetricLevel::Operational: return Labels::tr("operational");
    //: The level of a metric, as an adjective inside a sentence (lowercase in English)
    case MetricLevel::Tactical: return Labels::tr("tactical");
    }
    return {};
}

QString label(Direction direction)
{
    switch (direction) {
    //: Which way a metric should move, inside a sentence, e.g. "target 40 (higher is better)"
    case Direction::HigherIsBetter: return Labels::tr("higher is better");
    //: Which way a metric should move, inside a sentence, e.g. "target 2 (lower is better)"
    case Direction::LowerIsBetter: return Labels::tr("lower is better");
    }
    return {};
}

QString label(Relation relation)
{
    switch (relation) {
    //: A relation of the CX architecture, read from its source: "moment uses system"
    case Relation::Uses: return Labels::tr("uses");
    //: A relation of the CX architecture: "service depends on process"
    case Relation::DependsOn: return Labels::tr("depends on");
    //: A relation of the CX architecture: "metric measures moment"
    case Relation::Measures: return Labels::tr("measures");
    //: A relation of the CX architecture: "tactical metric drives operational metric"
    case Relation::Drives: return Labels::tr("drives");
    //: A relation of the CX architecture: "insight explains moment"
    case Relation::Explains: return Labels::tr("explains");
    //: A relation of the CX architecture: "opportunity improves moment"
    case Relation::Improves: return Labels::tr("improves");
    //: A relation: "persona follows journey" (the journey is mapped for the persona)
    case Relation::Follows: return Labels::tr("follows");
    //: A relation: "moment opens journey" (the detailed journey behind a moment)
    case Relation::OpensJourney: return Labels::tr("opens journey");
    }
    return {};
}

QString shortLabel(ResponseScale scale)
{
    switch (scale) {
    //: A survey answer scale, followed by its range: "nps (0–10)"
    case ResponseScale::Nps: return Labels::tr("nps");
    //: A survey answer scale, followed by its range: "csat (1–5)"
    case ResponseScale::Csat: return Labels::tr("csat");
    //: A survey answer scale, followed by its range: "ces (1–5)" or "ces (1–7)"
    case ResponseScale::Ces5:
    case ResponseScale::Ces7: return Labels::tr("ces");
    //: A survey answer scale the team defines, followed by its range: "custom (0–100)"
    case ResponseScale::Custom: return Labels::tr("custom", "scale");
    }
    return {};
}

QString label(EvidenceKind kind)
{
    switch (kind) {
    //: Where a persona's evidence comes from, inside a sentence (lowercase in English)
    case EvidenceKind::Survey: return Labels::tr("survey");
    case EvidenceKind::Interview: return Labels::tr("interview");
    case EvidenceKind::Analytics: return Labels::tr("analytics");
    //: Customer relationship management (system)
    case EvidenceKind::Crm: return Labels::tr("CRM");
    case EvidenceKind::SocialListening: return Labels::tr("social listening");
    //: Another source of a persona's evidence
    case EvidenceKind::Other: return Labels::tr("other", "evidence source");
    }
    return {};
}

} // namespace cx

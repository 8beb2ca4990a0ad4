// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QStringList>
#include <array>

namespace cx {
namespace {

template<typename E, std::size_t N>
struct Names {
    std::array<const char16_t *, N> texts;
};

constexpr Names<NodeKind, 18> nodeKinds{{u"persona", u"journey", u"stage", u"lane", u"moment",
    u"story", u"experience", u"service", u"system", u"process", u"data", u"metric", u"insight",
    u"opportunity", u"vote", u"voting-round", u"parking-note", u"response-batch"}};
constexpr Names<PersonaStatus, 2> personaStatuses{{u"hypothesis", u"validated"}};
constexpr Names<ValueTier, 4> valueTiers{{u"low", u"medium", u"high", u"top"}};
constexpr Names<EvidenceKind, 6> evidenceKinds{{u"survey", u"interview", u"analytics", u"crm",
    u"social-listening", u"other"}};
constexpr Names<JourneyState, 2> journeyStates{{u"current", u"future"}};
constexpr Names<LaneKind, 10> laneKinds{{u"steps", u"touchpoints", u"channels", u"thoughts",
    u"emotions", u"pain-points", u"opportunities", u"frontstage", u"backstage", u"custom"}};
constexpr Names<EvidenceLevel, 3> evidenceLevels{{u"assumption", u"partly-backed",
    u"research-based"}};
constexpr Names<MetricKind, 7> metricKinds{{u"nps", u"ces", u"csat", u"cltv", u"retention",
    u"social-value", u"custom"}};
constexpr Names<MetricLevel, 3> metricLevels{{u"strategic", u"operational", u"tactical"}};
constexpr Names<Direction, 2> directions{{u"higher-is-better", u"lower-is-better"}};
constexpr Names<InsightSource, 4> insightSources{{u"customer-voice", u"research", u"analytics",
    u"competitor"}};
constexpr Names<ParkingKind, 2> parkingKinds{{u"idea", u"question"}};
constexpr Names<ResponseScale, 5> responseScales{{u"nps", u"csat", u"ces5", u"ces7", u"custom"}};
constexpr Names<Relation, 8> relations{{u"uses", u"depends-on", u"measures", u"drives",
    u"explains", u"improves", u"follows", u"opens-journey"}};

template<typename E> constexpr const auto &table();
template<> constexpr const auto &table<NodeKind>() { return nodeKinds; }
template<> constexpr const auto &table<PersonaStatus>() { return personaStatuses; }
template<> constexpr const auto &table<ValueTier>() { return valueTiers; }
template<> constexpr const auto &table<EvidenceKind>() { return evidenceKinds; }
template<> constexpr const auto &table<JourneyState>() { return journeyStates; }
template<> constexpr const auto &table<LaneKind>() { return laneKinds; }
template<> constexpr const auto &table<EvidenceLevel>() { return evidenceLevels; }
template<> constexpr const auto &table<MetricKind>() { return metricKinds; }
template<> constexpr const auto &table<MetricLevel>() { return metricLevels; }
template<> constexpr const auto &table<Direction>() { return directions; }
template<> constexpr const auto &table<InsightSource>() { return insightSources; }
template<> constexpr const auto &table<ParkingKind>() { return parkingKinds; }
template<> constexpr const auto &table<ResponseScale>() { return responseScales; }
template<> constexpr const auto &table<Relation>() { return relations; }

template<typename E>
QString nameOf(E value)
{
    const auto &texts = table<E>().texts;
    const auto index = static_cast<std::size_t>(value);
    Q_ASSERT(index < texts.size());
    return QString::fromUtf16(texts[index]);
}

} // namespace

bool isElementKind(NodeKind kind)
{
    return kind >= NodeKind::Story && kind <= NodeKind::Data;
}

QString name(NodeKind value) { return nameOf(value); }
QString name(PersonaStatus value) { return nameOf(value); }
QString name(ValueTier value) { return nameOf(value); }
QString name(EvidenceKind value) { return nameOf(value); }
QString name(JourneyState value) { return nameOf(value); }
QString name(LaneKind value) { return nameOf(value); }
QString name(EvidenceLevel value) { return nameOf(value); }
QString name(MetricKind value) { return nameOf(value); }
QString name(MetricLevel value) { return nameOf(value); }
QString name(Direction value) { return nameOf(value); }
QString name(InsightSource value) { return nameOf(value); }
QString name(ParkingKind value) { return nameOf(value); }
QString name(ResponseScale value) { return nameOf(value); }
QString name(Relation value) { return nameOf(value); }

template<typename E>
std::optional<E> fromName(QStringView text)
{
    const auto &texts = table<E>().texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (text == QStringView(texts[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E>
QStringList allNames()
{
    QStringList result;
    for (const char16_t *text : table<E>().texts)
        result.append(QString::fromUtf16(text));
    return result;
}

#define CX_INSTANTIATE(E) \
    template std::optional<E> fromName<E>(QStringView); \
    template QStringList allNames<E>();
CX_INSTANTIATE(NodeKind)
CX_INSTANTIATE(PersonaStatus)
CX_INSTANTIATE(ValueTier)
CX_INSTANTIATE(EvidenceKind)
CX_INSTANTIATE(JourneyState)
CX_INSTANTIATE(LaneKind)
CX_INSTANTIATE(EvidenceLevel)
CX_INSTANTIATE(MetricKind)
CX_INSTANTIATE(MetricLevel)
CX_INSTANTIATE(Direction)
CX_INSTANTIATE(InsightSource)
CX_INSTANTIATE(ParkingKind)
CX_INSTANTIATE(ResponseScale)
CX_INSTANTIATE(Relation)
#undef CX_INSTANTIATE

} // namespace cx

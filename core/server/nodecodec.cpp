// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodecodec.h"

#include "nodestream.h"

#include <concepts>
#include <cstring>
#include <utility>

namespace cx {
namespace {

constexpr char nodeMagic[4] = {'C', 'X', 'N', '1'};
constexpr char changeMagic[4] = {'C', 'X', 'C', '1'};

// The kind tag written first in every record. These numbers are the format: the variant's
// order may change, they may not. A new kind takes the next free number; a removed kind's
// number is never reused. Element is one tag for the six architecture kinds, whose NodeKind
// follows as a field.
template<typename T> constexpr quint8 tagOf = 0;
template<> constexpr quint8 tagOf<Persona> = 1;
template<> constexpr quint8 tagOf<Journey> = 2;
template<> constexpr quint8 tagOf<Stage> = 3;
template<> constexpr quint8 tagOf<Lane> = 4;
template<> constexpr quint8 tagOf<Moment> = 5;
template<> constexpr quint8 tagOf<Element> = 6;
template<> constexpr quint8 tagOf<Metric> = 7;
template<> constexpr quint8 tagOf<Insight> = 8;
template<> constexpr quint8 tagOf<Opportunity> = 9;
template<> constexpr quint8 tagOf<Vote> = 10;
template<> constexpr quint8 tagOf<VotingRound> = 11;
template<> constexpr quint8 tagOf<ParkingNote> = 12;
template<> constexpr quint8 tagOf<ResponseBatch> = 13;

template<std::size_t... I>
constexpr bool tagsComplete(std::index_sequence<I...>)
{
    constexpr quint8 tags[] = {tagOf<std::variant_alternative_t<I, Node>>...};
    for (std::size_t a = 0; a < sizeof...(I); ++a) {
        if (tags[a] == 0)
            return false;
        for (std::size_t b = a + 1; b < sizeof...(I); ++b) {
            if (tags[a] == tags[b])
                return false;
        }
    }
    return true;
}
static_assert(tagsComplete(std::make_index_sequence<std::variant_size_v<Node>>()),
              "every kind of Node needs its own tag");

// Least stream bytes of one list item, so that a damaged count is refused before reserving:
// a string or byte array 4, a Uid 16, a date, time, bool or optional 1, an enumeration 4.
constexpr qsizetype minEvidenceBytes = 4 + 4 + 1 + 4;
constexpr qsizetype minRevisionBytes = 16 + 1 + 4 + 4 + 4;
constexpr qsizetype minEmotionBytes = 16 + 4;
constexpr qsizetype minMeasurementBytes = 1 + 8 + 4;
constexpr qsizetype minLinkChangeBytes = 16 + 4 + 16 + 1;
// The form byte and one record of the smallest kind: its length, the magic, version and tag,
// and NodeBase's uid, two texts and two times.
constexpr qsizetype minNodeChangeBytes = 1 + 4 + 4 + 2 + 1 + 16 + 4 + 4 + 1 + 1;

// P is T or const T: the field lists below serve NodeStreamWriter (const values) and
// NodeStreamReader (values to fill) alike, so the two directions cannot drift apart.
template<typename P, typename T>
concept Is = std::same_as<std::remove_const_t<P>, T>;

// Every field of every kind, in the order written. Adding a field is a new codec version.
template<typename S, typename P>
void baseFields(S &s, P &n)
{
    s.field(n.uid);
    s.field(n.title);
    s.field(n.notes);
    s.field(n.created);
    s.field(n.modified);
}

template<typename S, Is<Persona> P>
void fields(S &s, P &p)
{
    baseFields(s, p);
    s.field(p.needState);
    s.field(p.quote);
    s.field(p.photo);
    s.field(p.goals);
    s.field(p.needs);
    s.field(p.frustrations);
    s.field(p.behaviours);
    s.field(p.preferredChannels);
    s.field(p.demographics);
    s.field(p.psychographics);
    s.field(p.fieldNotes);
    s.list(p.evidence, minEvidenceBytes, [](auto &sub, auto &e) {
        sub.field(e.label);
        sub.field(e.kind);
        sub.field(e.date);
        sub.field(e.note);
    });
    s.field(p.valueTier);
    s.field(p.status);
    s.field(p.color);
    s.list(p.revisions, minRevisionBytes, [](auto &sub, auto &r) {
        sub.field(r.uid);
        sub.field(r.recorded);
        sub.field(r.summary);
        sub.field(r.reason);
        sub.field(r.snapshot);
    });
}

template<typename S, Is<Journey> P>
void fields(S &s, P &j)
{
    baseFields(s, j);
    s.field(j.state);
}

template<typename S, Is<Stage> P>
void fields(S &s, P &stage)
{
    baseFields(s, stage);
    s.field(stage.journey);
    s.field(stage.position);
    s.field(stage.width);
}

template<typename S, Is<Lane> P>
void fields(S &s, P &lane)
{
    baseFields(s, lane);
    s.field(lane.journey);
    s.field(lane.kind);
    s.field(lane.position);
    s.field(lane.height);
}

template<typename S, Is<Moment> P>
void fields(S &s, P &m)
{
    baseFields(s, m);
    s.field(m.journey);
    s.field(m.stage);
    s.field(m.lane);
    s.field(m.position);
    s.field(m.channel);
    s.field(m.owner);
    s.field(m.emotion);
    s.list(m.emotions, minEmotionBytes, [](auto &sub, auto &e) {
        sub.field(e.persona);
        sub.field(e.score);
    });
    s.field(m.importance);
    s.field(m.evidence);
    s.field(m.mattersMost);
    s.field(m.color);
    s.field(m.tags);
}

template<typename S, Is<Element> P>
void fields(S &s, P &e)
{
    baseFields(s, e);
    s.field(e.kind);
    s.field(e.owner);
}

template<typename S, Is<Metric> P>
void fields(S &s, P &m)
{
    baseFields(s, m);
    s.field(m.kind);
    s.field(m.level);
    s.field(m.unit);
    s.field(m.target);
    s.field(m.direction);
    s.field(m.owner);
    s.list(m.measurements, minMeasurementBytes, [](auto &sub, auto &x) {
        sub.field(x.date);
        sub.field(x.value);
        sub.field(x.note);
    });
}

template<typename S, Is<Insight> P>
void fields(S &s, P &i)
{
    baseFields(s, i);
    s.field(i.sourceKind);
    s.field(i.source);
    s.field(i.date);
}

template<typename S, Is<Opportunity> P>
void fields(S &s, P &o)
{
    baseFields(s, o);
    s.field(o.impact);
    s.field(o.effort);
}

template<typename S, Is<Vote> P>
void fields(S &s, P &v)
{
    s.field(v.uid);
    s.field(v.round);
    s.field(v.moment);
    s.field(v.participant);
    s.field(v.dots);
    s.field(v.cast);
}

template<typename S, Is<VotingRound> P>
void fields(S &s, P &r)
{
    baseFields(s, r);
    s.field(r.journey);
    s.field(r.dotsPerParticipant);
    s.field(r.participants);
    s.field(r.seats);
    s.field(r.hideTally);
    s.field(r.started);
    s.field(r.ended);
}

template<typename S, Is<ParkingNote> P>
void fields(S &s, P &n)
{
    baseFields(s, n);
    s.field(n.journey);
    s.field(n.kind);
    s.field(n.position);
}

template<typename S, Is<ResponseBatch> P>
void fields(S &s, P &b)
{
    baseFields(s, b);
    s.field(b.metric);
    s.field(b.scale);
    s.field(b.low);
    s.field(b.high);
    // Column by column, each with its own count: the codec keeps what it is given and leaves
    // checking that the columns agree to the model's rules.
    s.field(b.responses.days);
    s.field(b.responses.scores);
    s.field(b.responses.moments);
    s.field(b.responses.segments);
    s.field(b.responses.momentUids);
    s.field(b.responses.segmentNames);
}

void writeHeader(NodeStreamWriter &w, const char (&magic)[4])
{
    w.raw(magic, int(sizeof magic));
    w.field(NodeCodec::version);
}

// Reads the magic and the version; a newer version sets *code to NewerVersion.
bool readHeader(NodeStreamReader &s, const char (&magic)[4], const QString &notIt, ErrorCode *code)
{
    char head[sizeof magic];
    if (!s.raw(head, int(sizeof head)))
        return false;
    if (std::memcmp(head, magic, sizeof magic) != 0) {
        s.fail(notIt);
        return false;
    }
    quint16 version = 0;
    s.field(version);
    if (!s.ok())
        return false;
    if (version > NodeCodec::version) {
        *code = ErrorCode::NewerVersion;
        s.fail(NodeCodec::tr("it was written by a newer CX Atlas (codec version %1)").arg(version));
    } else if (version == 0) {
        s.fail(NodeCodec::tr("codec version 0 does not exist"));
    }
    return s.ok();
}

template<typename T>
std::optional<Node> readAs(NodeStreamReader &s)
{
    T value;
    fields(s, value);
    if constexpr (std::is_same_v<T, Element>) {
        if (s.ok() && !isElementKind(value.kind))
            s.fail(NodeCodec::tr("“%1” is not an architecture kind").arg(name(value.kind)));
    }
    if (!s.ok())
        return std::nullopt;
    return Node(std::move(value));
}

template<std::size_t... I>
std::optional<Node> readKind(NodeStreamReader &s, quint8 tag, std::index_sequence<I...>)
{
    std::optional<Node> node;
    bool known = false;
    auto tryOne = [&](auto type) {
        using T = typename decltype(type)::type;
        if (known || tagOf<T> != tag)
            return;
        known = true;
        node = readAs<T>(s);
    };
    (tryOne(std::type_identity<std::variant_alternative_t<I, Node>>()), ...);
    if (!known)
        s.fail(NodeCodec::tr("unknown kind %1").arg(tag));
    return node;
}

// One whole record; on failure the reason in *message and its code in *code.
std::optional<Node> readNode(const QByteArray &bytes, QString *message, ErrorCode *code)
{
    NodeStreamReader s(bytes);
    std::optional<Node> node;
    if (readHeader(s, nodeMagic, NodeCodec::tr("it is not a CX Atlas record"), code)) {
        quint8 tag = 0;
        s.field(tag);
        if (s.ok())
            node = readKind(s, tag, std::make_index_sequence<std::variant_size_v<Node>>());
        s.expectEnd();
    }
    if (s.ok())
        return node;
    *message = s.error();
    return std::nullopt;
}

void setError(Result *error, ErrorCode code, const QString &message)
{
    if (error)
        *error = Result::failure(code, message);
}

} // namespace

QByteArray NodeCodec::encode(const Node &node)
{
    QByteArray bytes;
    NodeStreamWriter w(&bytes);
    writeHeader(w, nodeMagic);
    std::visit(
        [&w](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Element>)
                Q_ASSERT(isElementKind(value.kind));
            w.field(tagOf<T>);
            fields(w, value);
        },
        node);
    return bytes;
}

std::optional<Node> NodeCodec::decodeNode(const QByteArray &bytes, Result *error)
{
    QString message;
    ErrorCode code = ErrorCode::Invalid;
    std::optional<Node> node = readNode(bytes, &message, &code);
    if (!node) {
        setError(error, code,
                 code == ErrorCode::NewerVersion ? tr("The record cannot be read: %1.").arg(message)
                                                 : tr("The record is damaged: %1.").arg(message));
    }
    return node;
}

QByteArray NodeCodec::encode(const ChangeSet &change)
{
    QByteArray bytes;
    NodeStreamWriter w(&bytes);
    writeHeader(w, changeMagic);
    // Each state as a whole record, so the server can compare a "before" with the stored
    // bytes as they are, and a damaged record is reported by its number.
    w.count(change.nodes.size());
    for (const NodeChange &c : change.nodes) {
        Q_ASSERT(c.before || c.after);
        w.field(quint8((c.before ? 1 : 0) | (c.after ? 2 : 0)));
        if (c.before)
            w.field(encode(*c.before));
        if (c.after)
            w.field(encode(*c.after));
    }
    w.list(change.links, minLinkChangeBytes, [](NodeStreamWriter &sub, const LinkChange &c) {
        sub.field(c.link.from);
        sub.field(c.link.relation);
        sub.field(c.link.to);
        sub.field(c.added);
    });
    return bytes;
}

std::optional<ChangeSet> NodeCodec::decodeChangeSet(const QByteArray &bytes, Result *error)
{
    NodeStreamReader s(bytes);
    ErrorCode code = ErrorCode::Invalid;
    auto damaged = [&]() -> std::optional<ChangeSet> {
        setError(error, code,
                 code == ErrorCode::NewerVersion
                     ? tr("The change set cannot be read: %1.").arg(s.error())
                     : tr("The change set is damaged: %1.").arg(s.error()));
        return std::nullopt;
    };
    if (!readHeader(s, changeMagic, tr("it is not a CX Atlas change set"), &code))
        return damaged();

    ChangeSet change;
    const std::optional<qsizetype> count = s.count(minNodeChangeBytes);
    if (!count)
        return damaged();
    change.nodes.reserve(std::min(*count, s.remaining() / qsizetype(sizeof(NodeChange)) + 1));
    for (qsizetype i = 0; i < *count; ++i) {
        quint8 present = 0;
        s.field(present);
        // Neither a before nor an after would change nothing: refused, since each such change
        // would cost a whole NodeChange in memory for one byte of input.
        if (s.ok() && (present == 0 || present > 3))
            s.fail(tr("record %1 has an unknown form %2").arg(i + 1).arg(present));
        if (!s.ok())
            return damaged();
        NodeChange c;
        for (std::optional<Node> *state : {&c.before, &c.after}) {
            const quint8 bit = state == &c.before ? 1 : 2;
            if (!(present & bit))
                continue;
            QByteArray record;
            s.field(record);
            if (!s.ok())
                return damaged();
            QString message;
            *state = readNode(record, &message, &code);
            if (!*state) {
                setError(error, code,
                         tr("Record %1 of the change set is damaged: %2.").arg(i + 1).arg(message));
                return std::nullopt;
            }
        }
        change.nodes.append(std::move(c));
    }
    s.list(change.links, minLinkChangeBytes, [](NodeStreamReader &sub, LinkChange &c) {
        sub.field(c.link.from);
        sub.field(c.link.relation);
        sub.field(c.link.to);
        sub.field(c.added);
    });
    s.expectEnd();
    if (!s.ok())
        return damaged();
    return change;
}

} // namespace cx

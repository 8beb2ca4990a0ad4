// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticworkspace.h"

#include "store/workspacestore.h"

#include <QRandomGenerator>
#include <algorithm>
#include <array>

namespace cx::bench {

namespace {

constexpr qint64 baseTime = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 minuteMs = 60 * 1000;

const std::array verbs{u"Compare", u"Sign up for", u"Receive", u"Call about", u"Track",
                       u"Pay for", u"Cancel", u"Review", u"Search for", u"Renew", u"Complain about",
                       u"Upgrade"};
const std::array objects{u"plan", u"delivery", u"invoice", u"appointment", u"account", u"refund",
                         u"contract", u"order", u"support ticket", u"password", u"loyalty points",
                         u"subscription"};
const std::array sentences{
    u"Customers expect this to take less than two minutes.",
    u"Many drop out here when the form asks for documents they do not have at hand.",
    u"The call centre hears about this step more than any other.",
    u"Research in spring showed that trust is won or lost at this point.",
    u"Staff work around the system with spreadsheets.",
    u"Mobile users see a different flow than desktop users.",
    u"Waiting times peak on Monday mornings.",
    u"A reminder e-mail halves the number of missed appointments."};
const std::array channels{u"Web", u"App", u"Store", u"Phone", u"E-mail", u"Chat", u"Letter"};
const std::array owners{u"Marketing", u"Sales", u"Customer service", u"IT", u"Operations",
                        u"Finance", u"Logistics"};
const std::array tagWords{u"quick-win", u"pain", u"legal", u"digital", u"self-service",
                          u"peak-load", u"vip", u"churn-risk"};
const std::array colors{u"#e57373", u"#64b5f6", u"#81c784", u"#ffb74d", u"#ba68c8"};
const std::array stageNames{u"Aware", u"Consider", u"Buy", u"Onboard", u"Use", u"Get help",
                            u"Renew", u"Leave"};
const std::array participants{u"Anna", u"Ben", u"Chloé", u"Dario", u"Eva", u"Farid", u"Grete",
                              u"Hiro"};
const std::array personaNames{u"Busy parent", u"Price-sensitive student", u"Small business owner",
                              u"Retired traveller", u"Tech enthusiast", u"First-time buyer"};
const std::array elementNouns{u"Checkout", u"Billing", u"Onboarding", u"Identity", u"Delivery",
                              u"Loyalty", u"Support", u"Catalogue", u"Payments", u"Contracts"};
const std::array units{u"%", u"pts", u"s", u"EUR", u"min"};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename A> QString pick(const A &words) { return QString::fromUtf16(words[below(int(words.size()))]); }

    // A version 4 UUID drawn from the seeded generator, so uids are reproducible.
    Uid uid()
    {
        const quint32 a = m_rng.generate(), b = m_rng.generate(), c = m_rng.generate(),
                      d = m_rng.generate();
        return QUuid(a, quint16(b >> 16), quint16((b & 0x0fffu) | 0x4000u),
                     uchar(((c >> 24) & 0x3fu) | 0x80u), uchar(c >> 16), uchar(c >> 8), uchar(c),
                     uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
    }

    // Uid, title, notes and timestamps; the nth record is created about n minutes after the base.
    template<typename T> void base(T &node, const QString &title, qint64 n, int sentenceCount)
    {
        node.uid = uid();
        node.title = title;
        QStringList notes;
        for (int i = 0; i < sentenceCount; ++i)
            notes.append(pick(sentences));
        node.notes = notes.join(u' ');
        const qint64 created = baseTime + n * minuteMs + below(int(minuteMs));
        node.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        node.modified = QDateTime::fromMSecsSinceEpoch(created + below(1000 * 3600 * 24 * 20), Qt::UTC);
    }

    QStringList words(const auto &list, int count)
    {
        QStringList result;
        for (int i = 0; i < count; ++i) {
            const QString w = pick(list);
            if (!result.contains(w))
                result.append(w);
        }
        return result;
    }

    // count distinct indexes below n (count <= n).
    QList<int> distinct(int n, int count)
    {
        QList<int> result;
        while (result.size() < count) {
            const int i = below(n);
            if (!result.contains(i))
                result.append(i);
        }
        return result;
    }

private:
    QRandomGenerator m_rng;
};

Persona makePersona(Generator &g, int i)
{
    Persona p;
    g.base(p, QString::fromUtf16(personaNames[std::size_t(i) % personaNames.size()]), i, 3);
    p.needState = QStringLiteral("Wants it done without a second thought");
    p.quote = QStringLiteral("“Just tell me what happens next.”");
    p.photo = QByteArray(2048, char(0x5a + i));
    p.goals = {QStringLiteral("Save time"), QStringLiteral("Stay in control of costs")};
    p.needs = {QStringLiteral("Clear prices"), QStringLiteral("One contact person")};
    p.frustrations = {QStringLiteral("Hold music"), QStringLiteral("Repeating the same details")};
    p.behaviours = {QStringLiteral("Compares three offers"), QStringLiteral("Reads reviews")};
    p.preferredChannels = {QStringLiteral("App"), QStringLiteral("Chat")};
    p.demographics = QStringLiteral("35–45, urban, two children");
    p.psychographics = QStringLiteral("Pragmatic, values reliability over price");
    p.fieldNotes = QStringLiteral("Interviewed in the store; used the app while queuing.");
    p.valueTier = ValueTier(i % 4);
    p.status = i % 2 ? PersonaStatus::Validated : PersonaStatus::Hypothesis;
    for (int k = 0; k < 3; ++k) {
        p.evidence.append({QStringLiteral("Study %1").arg(k + 1), EvidenceKind(k % 6),
                           QDate(2024, 3 + k, 10 + i), QStringLiteral("n = %1").arg(20 + 7 * k)});
    }
    for (int k = 0; k < 2; ++k) {
        p.revisions.append({g.uid(), QDateTime::fromMSecsSinceEpoch(baseTime + k * 86400000LL, Qt::UTC),
                            QStringLiteral("Revision %1").arg(k + 1),
                            QStringLiteral("New interviews"),
                            QByteArrayLiteral("{\"title\":\"") + p.title.toUtf8() + QByteArrayLiteral("\"}")});
    }
    return p;
}

Metric makeMetric(Generator &g, int i, MetricLevel level)
{
    Metric m;
    static const std::array prefixes{u"NPS", u"Effort score", u"Satisfaction", u"Lifetime value",
                                     u"Retention", u"Social value", u"Handling time"};
    m.kind = MetricKind(g.below(7));
    g.base(m, QStringLiteral("%1 %2").arg(QString::fromUtf16(prefixes[std::size_t(m.kind)])).arg(i), i, 1);
    m.level = level;
    m.unit = g.pick(units);
    if (g.chance(70))
        m.target = 10.0 + g.below(900) / 10.0;
    m.direction = g.chance(80) ? Direction::HigherIsBetter : Direction::LowerIsBetter;
    m.owner = g.pick(owners);
    for (int month = 1; month <= 12; ++month)
        m.measurements.append({QDate(2025, month, 1), g.below(1000) / 10.0, month == 6 ? QStringLiteral("Campaign") : QString()});
    return m;
}

} // namespace

SyntheticWorkspace SyntheticWorkspace::generate(const SyntheticOptions &o)
{
    Generator g(o.seed);
    SyntheticWorkspace s;
    const int momentCount = std::max(0, o.moments);

    QList<Uid> personas;
    for (int i = 0; i < o.personas; ++i) {
        Persona p = makePersona(g, i);
        personas.append(p.uid);
        s.skeleton.append(p);
    }
    std::sort(personas.begin(), personas.end(),
              [](const Uid &a, const Uid &b) { return uidText(a) < uidText(b); });

    struct Cell { Uid journey, stage, lane; int next = 0; };
    QList<Cell> cells;
    for (int j = 0; j < o.journeys; ++j) {
        Journey journey;
        g.base(journey, QStringLiteral("Customer journey %1").arg(j + 1), j, 2);
        journey.state = j % 2 ? JourneyState::Future : JourneyState::Current;
        s.skeleton.append(journey);
        for (const Uid &p : std::as_const(personas))
            s.skeletonLinks.append({p, Relation::Follows, journey.uid});
        QList<Uid> stages, lanes;
        for (int k = 0; k < o.stagesPerJourney; ++k) {
            Stage stage;
            g.base(stage, QString::fromUtf16(stageNames[std::size_t(k) % stageNames.size()]), k, 1);
            stage.journey = journey.uid;
            stage.position = k;
            stages.append(stage.uid);
            s.skeleton.append(stage);
        }
        for (int k = 0; k < o.lanesPerJourney; ++k) {
            Lane lane;
            lane.kind = LaneKind(k % 10);
            g.base(lane, name(lane.kind), k, 1);
            lane.journey = journey.uid;
            lane.position = k;
            lanes.append(lane.uid);
            s.skeleton.append(lane);
        }
        for (const Uid &stage : std::as_const(stages)) {
            for (const Uid &lane : std::as_const(lanes))
                cells.append({journey.uid, stage, lane});
        }
    }

    // Moments over the cells.
    QList<Uid> moments;
    moments.reserve(momentCount);
    s.moments.reserve(momentCount);
    for (int i = 0; i < momentCount && !cells.isEmpty(); ++i) {
        Cell &cell = cells[g.below(int(cells.size()))];
        Moment m;
        g.base(m, QStringLiteral("%1 %2 #%3").arg(g.pick(verbs), g.pick(objects)).arg(i + 1), i,
               1 + g.below(3));
        m.journey = cell.journey;
        m.stage = cell.stage;
        m.lane = cell.lane;
        m.position = cell.next++;
        m.channel = g.pick(channels);
        m.owner = g.pick(owners);
        if (g.chance(80))
            m.emotion = g.below(5) - 2;
        if (g.chance(25)) {
            for (const Uid &p : std::as_const(personas))
                m.emotions.append({p, g.below(5) - 2});
        }
        m.importance = 1 + g.below(5);
        m.evidence = EvidenceLevel(g.below(3));
        m.mattersMost = g.chance(10);
        if (g.chance(20))
            m.color = g.pick(colors);
        m.tags = g.words(tagWords, g.below(4));
        moments.append(m.uid);
        s.moments.append(m);
    }
    if (moments.isEmpty())
        return s;

    // Elements: the six kinds in turn; each depends on one element further backstage.
    constexpr std::array chain{NodeKind::Story, NodeKind::Experience, NodeKind::Service,
                               NodeKind::Process, NodeKind::System, NodeKind::Data};
    const int elementCount = std::max(12, momentCount / 10);
    QList<QList<Uid>> byKind(int(chain.size()));
    QList<Uid> elements;
    for (int i = 0; i < elementCount; ++i) {
        Element e;
        const std::size_t k = std::size_t(i) % chain.size();
        e.kind = chain[k];
        g.base(e, QStringLiteral("%1 %2 %3").arg(g.pick(elementNouns), name(e.kind)).arg(i + 1), i, 1);
        e.owner = g.pick(owners);
        elements.append(e.uid);
        byKind[int(k)].append(e.uid);
        s.others.append(e);
    }
    for (int i = 0; i < elementCount; ++i) {
        const int next = i % int(chain.size()) + 1;
        if (next < int(chain.size())) {
            const QList<Uid> &to = byKind[next];
            s.links.append({elements[i], Relation::DependsOn, to[g.below(int(to.size()))]});
        }
    }

    // Metrics: a tenth strategic, three tenths operational, the rest tactical; each drives a
    // metric one level up, and the tactical ones measure the moments.
    const int metricCount = std::max(6, momentCount / 50);
    const int strategic = std::max(1, metricCount / 10);
    const int operational = std::max(1, metricCount * 3 / 10);
    QList<Uid> metrics;
    for (int i = 0; i < metricCount; ++i) {
        const MetricLevel level = i < strategic ? MetricLevel::Strategic
            : i < strategic + operational       ? MetricLevel::Operational
                                                : MetricLevel::Tactical;
        Metric m = makeMetric(g, i, level);
        metrics.append(m.uid);
        s.others.append(m);
        if (level == MetricLevel::Operational)
            s.links.append({m.uid, Relation::Drives, metrics[g.below(strategic)]});
        else if (level == MetricLevel::Tactical)
            s.links.append({m.uid, Relation::Drives, metrics[strategic + g.below(operational)]});
    }
    const int firstTactical = strategic + operational;
    const int tactical = metricCount - firstTactical;

    const int insightCount = std::max(1, momentCount / 100);
    for (int i = 0; i < insightCount; ++i) {
        Insight in;
        g.base(in, QStringLiteral("Customers %1 more often than expected (%2)")
                       .arg(g.pick(verbs).toLower()).arg(i + 1), i, 2);
        in.sourceKind = InsightSource(g.below(4));
        in.source = QStringLiteral("Survey wave %1").arg(1 + g.below(4));
        in.date = QDate(2025, 1 + g.below(12), 1 + g.below(28));
        s.others.append(in);
        for (int k : g.distinct(int(moments.size()), std::min(2, int(moments.size()))))
            s.links.append({in.uid, Relation::Explains, moments[k]});
    }
    const int opportunityCount = std::max(1, momentCount / 100);
    for (int i = 0; i < opportunityCount; ++i) {
        Opportunity op;
        g.base(op, QStringLiteral("Simplify the %1 step (%2)").arg(g.pick(objects)).arg(i + 1), i, 2);
        op.impact = 1 + g.below(5);
        op.effort = 1 + g.below(5);
        s.others.append(op);
        for (int k : g.distinct(int(moments.size()), std::min(2, int(moments.size()))))
            s.links.append({op.uid, Relation::Improves, moments[k]});
    }

    // Each moment uses 2 … 4 elements and is measured by 2 tactical metrics.
    for (const Uid &m : std::as_const(moments)) {
        for (int k : g.distinct(elementCount, 2 + g.below(3)))
            s.links.append({m, Relation::Uses, elements[k]});
        for (int k : g.distinct(tactical, 2))
            s.links.append({metrics[firstTactical + k], Relation::Measures, m});
    }

    // Votes in one ended round per journey, every participant named in it.
    const int voteCount = momentCount / 20;
    QHash<Uid, Uid> roundOf;
    QStringList voters;
    for (const auto *name : participants)
        voters.append(QString::fromUtf16(name));
    for (const Node &n : std::as_const(s.skeleton)) {
        if (const Journey *journey = std::get_if<Journey>(&n); journey && voteCount > 0) {
            VotingRound round;
            g.base(round, QStringLiteral("Workshop vote"), 0, 2);
            round.journey = journey->uid;
            round.dotsPerParticipant = VotingRound::maxDots;
            round.participants = voters;
            round.started = QDateTime::fromMSecsSinceEpoch(baseTime, Qt::UTC);
            round.ended = QDateTime::fromMSecsSinceEpoch(baseTime + voteCount * minuteMs, Qt::UTC);
            roundOf.insert(journey->uid, round.uid);
            s.others.append(round);
        }
    }
    for (int i = 0; i < voteCount; ++i) {
        Vote v;
        v.uid = g.uid();
        const Moment &m = std::get<Moment>(s.moments[g.below(int(s.moments.size()))]);
        v.moment = m.uid;
        v.round = roundOf.value(m.journey);
        v.participant = g.pick(participants);
        v.dots = 1 + g.below(3);
        v.cast = QDateTime::fromMSecsSinceEpoch(baseTime + i * minuteMs, Qt::UTC);
        s.others.append(v);
    }
    return s;
}

QList<Node> SyntheticWorkspace::allNodes() const
{
    QList<Node> result;
    result.reserve(nodeCount());
    result << skeleton << moments << others;
    return result;
}

QList<Link> SyntheticWorkspace::allLinks() const
{
    QList<Link> result;
    result.reserve(linkCount());
    result << skeletonLinks << links;
    return result;
}

Workspace SyntheticWorkspace::workspace() const
{
    Workspace w;
    w.moments.reserve(moments.size());
    for (const QList<Node> *list : {&skeleton, &moments, &others}) {
        for (const Node &node : *list)
            w.put(node);
    }
    w.links.reserve(linkCount());
    for (const QList<Link> *list : {&skeletonLinks, &links}) {
        for (const Link &link : *list)
            w.links.insert(link);
    }
    return w;
}

Result writeWorkspaceFile(const QString &path, const QList<Node> &nodes, const QList<Link> &links,
                          const WriteProgress &progress)
{
    Result error;
    auto file = WorkspaceFile::create(path, &error);
    if (!file)
        return error;
    WorkspaceStore store(std::move(file));
    // Transactions of this size cost no more per row than one huge one, and let the caller
    // show progress while a large file is written.
    constexpr qsizetype chunk = 25000;
    const qsizetype total = nodes.size() + links.size();
    qsizetype done = 0;
    for (qsizetype i = 0; i < nodes.size(); i += chunk) {
        ChangeSet change;
        const qsizetype n = std::min(chunk, nodes.size() - i);
        change.nodes.reserve(n);
        for (qsizetype k = i; k < i + n; ++k)
            change.nodes.append({std::nullopt, nodes[k]});
        if (Result r = store.apply(change); !r)
            return r;
        done += n;
        if (progress)
            progress(done, total);
    }
    for (qsizetype i = 0; i < links.size(); i += 4 * chunk) {
        ChangeSet change;
        const qsizetype n = std::min(4 * chunk, links.size() - i);
        change.links.reserve(n);
        for (qsizetype k = i; k < i + n; ++k)
            change.links.append({links[k], true});
        if (Result r = store.apply(change); !r)
            return r;
        done += n;
        if (progress)
            progress(done, total);
    }
    return Result::success();
}

} // namespace cx::bench

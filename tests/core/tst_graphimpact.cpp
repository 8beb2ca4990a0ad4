// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"

#include "graph/impactanalysis.h"
#include "graph/opportunityranking.h"
#include "graph/valueranking.h"
#include "graph/workspacegraph.h"

#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

// The diamond: Checkout (service) depends on Billing and Fraud (processes), both on Core
// (system), which depends on Ledger (data). Island (system) stands apart, Lonely (story) is
// linked to nothing.
//   journey Main (Ann): Pay (matters, 2) uses Checkout; Review (5) uses Billing and opens
//                       Detail; Alpha (5) uses Fraud; Browse (4) uses nothing
//   journey Detail (Cy): Deep step (1) uses Ledger
//   journey Elsewhere (Bob): Far away (3) uses Island
// Speed (tactical) measures Review and Fraud and drives Effort (operational), which drives NPS.
GraphBuilder diamond()
{
    GraphBuilder b;
    const Uid main = b.journey(QStringLiteral("Main"));
    const Uid detail = b.journey(QStringLiteral("Detail"));
    const Uid elsewhere = b.journey(QStringLiteral("Elsewhere"));
    b.persona(QStringLiteral("Ann"), {main});
    b.persona(QStringLiteral("Bob"), {elsewhere});
    b.persona(QStringLiteral("Cy"), {detail});
    b.element(NodeKind::Service, QStringLiteral("Checkout"));
    b.element(NodeKind::Process, QStringLiteral("Billing"));
    b.element(NodeKind::Process, QStringLiteral("Fraud"));
    b.element(NodeKind::System, QStringLiteral("Core"));
    b.element(NodeKind::Data, QStringLiteral("Ledger"));
    b.element(NodeKind::System, QStringLiteral("Island"));
    b.element(NodeKind::Story, QStringLiteral("Lonely"));
    b.moment(QStringLiteral("Main"), QStringLiteral("Pay"), 2, true);
    b.moment(QStringLiteral("Main"), QStringLiteral("Review"), 5);
    b.moment(QStringLiteral("Main"), QStringLiteral("Alpha"), 5);
    b.moment(QStringLiteral("Main"), QStringLiteral("Browse"), 4);
    b.moment(QStringLiteral("Detail"), QStringLiteral("Deep step"), 1);
    b.moment(QStringLiteral("Elsewhere"), QStringLiteral("Far away"), 3);
    b.metric(QStringLiteral("Speed"), MetricLevel::Tactical);
    b.metric(QStringLiteral("Effort"), MetricLevel::Operational);
    b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
    const std::tuple<const char *, Relation, const char *> links[] = {
        {"Checkout", Relation::DependsOn, "Billing"}, {"Checkout", Relation::DependsOn, "Fraud"},
        {"Billing", Relation::DependsOn, "Core"},     {"Fraud", Relation::DependsOn, "Core"},
        {"Core", Relation::DependsOn, "Ledger"},      {"Pay", Relation::Uses, "Checkout"},
        {"Review", Relation::Uses, "Billing"},        {"Alpha", Relation::Uses, "Fraud"},
        {"Deep step", Relation::Uses, "Ledger"},      {"Far away", Relation::Uses, "Island"},
        {"Review", Relation::OpensJourney, "Detail"}, {"Speed", Relation::Measures, "Review"},
        {"Speed", Relation::Measures, "Fraud"},       {"Speed", Relation::Drives, "Effort"},
        {"Effort", Relation::Drives, "NPS"},
    };
    for (const auto &[from, relation, to] : links) {
        const Result r = b.link(QString::fromUtf8(from), relation, QString::fromUtf8(to));
        if (!r)
            qFatal("fixture link refused: %s", qPrintable(r.message()));
    }
    return b;
}

QStringList titles(const QList<ImpactedItem> &items)
{
    QStringList out;
    for (const ImpactedItem &i : items)
        out.append(QStringLiteral("%1@%2").arg(i.title).arg(i.depth));
    return out;
}

} // namespace

class TestGraphImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphHasEveryLinkAndContainment()
    {
        const GraphBuilder b = diamond();
        const WorkspaceGraph g(b.workspace);
        // 3 personas, 3 journeys, 6 moments, 7 elements, 3 metrics; stages and lanes are no vertices.
        QCOMPARE(g.vertexCount(), 22);
        // 3 Follows + 15 links + 6 moments in their journeys.
        QCOMPARE(g.edgeCount(), 24);
        for (const Uid &uid : b.workspace.moments.keys()) {
            const auto v = g.vertex(uid);
            QVERIFY(v);
            QCOMPARE(g.uid(*v), uid);
            QCOMPARE(g.kind(*v), NodeKind::Moment);
            QCOMPARE(g.title(*v), b.workspace.moments.value(uid).title);
        }
        QVERIFY(!g.vertex(b.id(QStringLiteral("Main stage")))); // stages take no links
    }

    void impact_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("moments");
        QTest::addColumn<QStringList>("elements");
        QTest::addColumn<QStringList>("journeys");
        QTest::addColumn<QStringList>("personas");
        QTest::addColumn<QStringList>("metrics");
        // Moments that matter first, then importance, then title; Pay is reached along both
        // sides of the diamond and counted once; Review opens Detail, so what breaks Detail
        // breaks Review too.
        QTest::newRow("data under the diamond") << QStringLiteral("Ledger")
            << QStringList{QStringLiteral("Pay@4"), QStringLiteral("Alpha@3"), QStringLiteral("Review@3"), QStringLiteral("Deep step@1")}
            << QStringList{QStringLiteral("Core@1"), QStringLiteral("Billing@2"), QStringLiteral("Fraud@2"), QStringLiteral("Checkout@3")}
            << QStringList{QStringLiteral("Detail@2"), QStringLiteral("Main@4")}
            << QStringList{QStringLiteral("Cy@3"), QStringLiteral("Ann@5")}
            << QStringList{};
        QTest::newRow("one side of the diamond") << QStringLiteral("Fraud")
            << QStringList{QStringLiteral("Pay@2"), QStringLiteral("Alpha@1")}
            << QStringList{QStringLiteral("Checkout@1")}
            << QStringList{QStringLiteral("Main@2")}
            << QStringList{QStringLiteral("Ann@3")}
            << QStringList{};
        QTest::newRow("a disconnected part") << QStringLiteral("Island")
            << QStringList{QStringLiteral("Far away@1")} << QStringList{}
            << QStringList{QStringLiteral("Elsewhere@2")} << QStringList{QStringLiteral("Bob@3")}
            << QStringList{};
        QTest::newRow("an element linked to nothing") << QStringLiteral("Lonely")
            << QStringList{} << QStringList{} << QStringList{} << QStringList{} << QStringList{};
        // A metric: what it measures (moments, and through elements), and what it drives.
        QTest::newRow("a metric") << QStringLiteral("Speed")
            << QStringList{QStringLiteral("Pay@3"), QStringLiteral("Alpha@2"), QStringLiteral("Review@1")}
            << QStringList{QStringLiteral("Fraud@1"), QStringLiteral("Checkout@2")}
            << QStringList{QStringLiteral("Main@2")}
            << QStringList{QStringLiteral("Ann@3")}
            << QStringList{QStringLiteral("Effort@1"), QStringLiteral("NPS@2")};
    }

    void impact()
    {
        QFETCH(QString, source);
        const GraphBuilder b = diamond();
        const WorkspaceGraph g(b.workspace);
        const ImpactReport r = ImpactAnalysis::of(g, b.id(source));
        QCOMPARE(r.source, b.id(source));
        QCOMPARE(r.sourceTitle, source);
        QTEST(titles(r.moments), "moments");
        QTEST(titles(r.elements), "elements");
        QTEST(titles(r.journeys), "journeys");
        QTEST(titles(r.personas), "personas");
        QTEST(titles(r.metrics), "metrics");
    }

    void impactPathsFollowLinks()
    {
        const GraphBuilder b = diamond();
        const WorkspaceGraph g(b.workspace);
        const ImpactReport r = ImpactAnalysis::of(g, b.id(QStringLiteral("Ledger")));
        const ImpactedItem &pay = r.moments.constFirst();
        QCOMPARE(pay.title, QStringLiteral("Pay"));
        QVERIFY(pay.mattersMost);
        QCOMPARE(pay.journeyTitle, QStringLiteral("Main"));
        QCOMPARE(pay.path.size(), pay.depth + 1);
        QCOMPARE(pay.pathTitles.constFirst(), QStringLiteral("Ledger"));
        QCOMPARE(pay.pathTitles.constLast(), QStringLiteral("Pay"));
        // Each step of the path is a link of the workspace, followed against its direction.
        for (qsizetype i = 1; i < pay.path.size(); ++i) {
            const Uid dependent = pay.path.at(i);
            const Uid on = pay.path.at(i - 1);
            QVERIFY2(b.workspace.links.contains({dependent, Relation::Uses, on})
                         || b.workspace.links.contains({dependent, Relation::DependsOn, on}),
                     qPrintable(pay.pathTitles.join(QStringLiteral(" → "))));
        }
        QVERIFY2(pay.message.contains(QStringLiteral("“Pay”")) && pay.message.contains(QStringLiteral("“Ledger”")),
                 qPrintable(pay.message));
        QVERIFY(r.summary().contains(QStringLiteral("moments 4 (1 that matter)")));
    }

    void impactOfWhatIsNoElementIsEmpty()
    {
        const GraphBuilder b = diamond();
        const WorkspaceGraph g(b.workspace);
        for (const QString &title : {QStringLiteral("Pay"), QStringLiteral("Main"), QStringLiteral("Ann")}) {
            const ImpactReport r = ImpactAnalysis::of(g, b.id(title));
            QVERIFY(r.isEmpty());
            QVERIFY(r.source.isNull());
        }
        QVERIFY(ImpactAnalysis::of(g, QUuid::createUuid()).isEmpty());
    }

    void findByUidOrTitle()
    {
        GraphBuilder b = diamond();
        const Workspace &w = b.workspace;
        const Uid core = b.id(QStringLiteral("Core"));
        QCOMPARE(ImpactAnalysis::find(w, uidText(core)), QList<Uid>{core});
        QCOMPARE(ImpactAnalysis::find(w, QStringLiteral("  cORE ")), QList<Uid>{core});
        QCOMPARE(ImpactAnalysis::find(w, QStringLiteral("speed")), QList<Uid>{b.id(QStringLiteral("Speed"))});
        QVERIFY(ImpactAnalysis::find(w, QStringLiteral("Pay")).isEmpty()); // a moment
        QVERIFY(ImpactAnalysis::find(w, QStringLiteral("Cor")).isEmpty()); // exact titles only
        b.element(NodeKind::Data, QStringLiteral("core")); // differs only by case
        QCOMPARE(ImpactAnalysis::find(w, QStringLiteral("Core")).size(), 2);
    }

    void rankingByValueThenBetweenness()
    {
        // Weights: Pay 2 × 2 (it matters) = 4, Review 5, Alpha 5, Far away 3. Core carries
        // Review, Alpha and Pay (once, though both sides lead to it); Billing and Fraud tie on
        // value and on betweenness (each is on half the shortest Checkout → Core and
        // Checkout → Ledger chains) and go by title; Core is on every chain to Ledger.
        const GraphBuilder b = diamond();
        const WorkspaceGraph g(b.workspace);
        const QList<RankedElement> ranking = ValueRanking::of(g);
        QStringList got;
        for (const RankedElement &r : ranking)
            got.append(QStringLiteral("%1 %2 %3/%4 %5").arg(r.title).arg(r.value).arg(r.momentsThatMatter)
                           .arg(r.moments).arg(r.betweenness));
        QCOMPARE(got, (QStringList{QStringLiteral("Core 14 1/3 3"), QStringLiteral("Billing 9 1/2 1"),
                                   QStringLiteral("Fraud 9 1/2 1"), QStringLiteral("Island 3 0/1 0")}));
    }

    void opportunitiesByImpactTimesValueOverEffort()
    {
        GraphBuilder b;
        b.journey(QStringLiteral("Pay"));
        const Uid big = b.moment(QStringLiteral("Pay"), QStringLiteral("Big"), 5, true);      // 10
        const Uid small = b.moment(QStringLiteral("Pay"), QStringLiteral("Small"), 2, false); // 2
        const auto opportunity = [&b](const QString &title, int impact, int effort) {
            Opportunity o;
            o.uid = QUuid::createUuidV5(QUuid(), title);
            o.title = title;
            o.impact = impact;
            o.effort = effort;
            b.workspace.put(o);
            return o.uid;
        };
        const Uid quick = opportunity(QStringLiteral("Quick win"), 2, 1);   // 2 × 2 ÷ 1 = 4
        const Uid broad = opportunity(QStringLiteral("Broad fix"), 3, 4);   // 3 × 12 ÷ 4 = 9
        const Uid idle = opportunity(QStringLiteral("Idle idea"), 5, 1);    // improves nothing: 0
        const Uid tie = opportunity(QStringLiteral("Another fix"), 3, 4);   // ties Broad fix
        QVERIFY(b.link(quick, Relation::Improves, small));
        QVERIFY(b.link(broad, Relation::Improves, big));
        QVERIFY(b.link(broad, Relation::Improves, small));
        QVERIFY(b.link(tie, Relation::Improves, big));
        QVERIFY(b.link(tie, Relation::Improves, small));
        QVERIFY(!b.link(idle, Relation::Improves, idle)); // refused: not a moment, and itself

        const WorkspaceGraph g(b.workspace);
        QStringList got;
        for (const RankedOpportunity &r : OpportunityRanking::of(g))
            got.append(QStringLiteral("%1 %2 %3/%4").arg(r.title).arg(r.score).arg(r.value).arg(r.moments));
        QCOMPARE(got, (QStringList{QStringLiteral("Another fix 9 12/2"), QStringLiteral("Broad fix 9 12/2"),
                                   QStringLiteral("Quick win 4 2/1"), QStringLiteral("Idle idea 0 0/0")}));
    }

    void selfLinksAreRefusedAndNeverInTheGraph()
    {
        GraphBuilder b = diamond();
        for (const auto &[title, relation] : {std::pair{"Core", Relation::DependsOn}, std::pair{"Speed", Relation::Drives}}) {
            const Result r = b.link(QString::fromUtf8(title), relation, QString::fromUtf8(title));
            QVERIFY(!r);
            QVERIFY2(r.message().contains(QStringLiteral("cannot be linked to itself")), qPrintable(r.message()));
        }
        const WorkspaceGraph g(b.workspace);
        QCOMPARE(g.edgeCount(), 24);
    }
};

QTEST_GUILESS_MAIN(TestGraphImpact)
#include "tst_graphimpact.moc"

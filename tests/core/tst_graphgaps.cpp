// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"

#include "graph/analysisoutput.h"
#include "graph/gapanalysis.h"
#include "graph/metrichierarchy.h"
#include "graph/workspacegraph.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace cx;
using namespace cx::test;

namespace {

using Build = std::function<void(GraphBuilder &)>;

// One journey "J" with a moment that matters "Pay", owned, and whatever the case adds.
GraphBuilder withPay(const Build &build, const QString &owner = QStringLiteral("Operations"))
{
    GraphBuilder b;
    b.journey(QStringLiteral("J"));
    b.moment(QStringLiteral("J"), QStringLiteral("Pay"), 4, true, owner);
    build(b);
    return b;
}

void require(const Result &r)
{
    if (!r)
        qFatal("fixture link refused: %s", qPrintable(r.message()));
}

// "kind: title" of each gap, in report order.
QStringList found(const GapReport &report)
{
    QStringList out;
    for (const Gap &g : report.gaps)
        out.append(QStringLiteral("%1: %2").arg(GapAnalysis::name(g.kind), g.title));
    return out;
}

// A system "Core" and a strategic "NPS" measuring Pay: Pay then has no gap at all.
void complete(GraphBuilder &b)
{
    b.element(NodeKind::System, QStringLiteral("Core"));
    b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
    require(b.link(QStringLiteral("Pay"), Relation::Uses, QStringLiteral("Core")));
    require(b.link(QStringLiteral("NPS"), Relation::Measures, QStringLiteral("Pay")));
}

} // namespace

Q_DECLARE_METATYPE(cx::test::GraphBuilder)

class TestGraphGaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gaps_data()
    {
        QTest::addColumn<GraphBuilder>("builder");
        QTest::addColumn<QStringList>("gaps");
        const QString metric = QStringLiteral("moment-without-metric: Pay");
        const QString backstage = QStringLiteral("moment-without-backstage: Pay");

        QTest::newRow("empty workspace") << GraphBuilder() << QStringList{};
        QTest::newRow("complete") << withPay(complete) << QStringList{};
        QTest::newRow("nothing linked") << withPay([](GraphBuilder &) {}) << QStringList{metric, backstage};
        QTest::newRow("no owner") << withPay(complete, QStringLiteral("  "))
                                  << QStringList{QStringLiteral("moment-without-owner: Pay")};
        QTest::newRow("only moments that matter count") << [] {
            GraphBuilder b;
            b.journey(QStringLiteral("J"));
            b.moment(QStringLiteral("J"), QStringLiteral("Browse"), 5, false, QString());
            return b;
        }() << QStringList{};
        QTest::newRow("measured through an element it uses") << withPay([](GraphBuilder &b) {
            b.element(NodeKind::Service, QStringLiteral("Checkout"));
            b.element(NodeKind::System, QStringLiteral("Core"));
            b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
            require(b.link(QStringLiteral("Pay"), Relation::Uses, QStringLiteral("Checkout")));
            require(b.link(QStringLiteral("Checkout"), Relation::DependsOn, QStringLiteral("Core")));
            require(b.link(QStringLiteral("NPS"), Relation::Measures, QStringLiteral("Checkout")));
        }) << QStringList{};
        QTest::newRow("measured only deeper down is not measured") << withPay([](GraphBuilder &b) {
            b.element(NodeKind::Service, QStringLiteral("Checkout"));
            b.element(NodeKind::System, QStringLiteral("Core"));
            b.metric(QStringLiteral("Uptime"), MetricLevel::Strategic);
            require(b.link(QStringLiteral("Pay"), Relation::Uses, QStringLiteral("Checkout")));
            require(b.link(QStringLiteral("Checkout"), Relation::DependsOn, QStringLiteral("Core")));
            require(b.link(QStringLiteral("Uptime"), Relation::Measures, QStringLiteral("Core")));
        }) << QStringList{metric};
        QTest::newRow("frontstage only") << withPay([](GraphBuilder &b) {
            b.element(NodeKind::Story, QStringLiteral("Promise"));
            b.element(NodeKind::Experience, QStringLiteral("App"));
            b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
            require(b.link(QStringLiteral("Pay"), Relation::Uses, QStringLiteral("Promise")));
            require(b.link(QStringLiteral("Promise"), Relation::DependsOn, QStringLiteral("App")));
            require(b.link(QStringLiteral("NPS"), Relation::Measures, QStringLiteral("Pay")));
        }) << QStringList{backstage};
        QTest::newRow("backstage through a chain") << withPay([](GraphBuilder &b) {
            b.element(NodeKind::Story, QStringLiteral("Promise"));
            b.element(NodeKind::Service, QStringLiteral("Checkout"));
            b.element(NodeKind::Data, QStringLiteral("Ledger"));
            b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
            require(b.link(QStringLiteral("Pay"), Relation::Uses, QStringLiteral("Promise")));
            require(b.link(QStringLiteral("Promise"), Relation::DependsOn, QStringLiteral("Checkout")));
            require(b.link(QStringLiteral("Checkout"), Relation::DependsOn, QStringLiteral("Ledger")));
            require(b.link(QStringLiteral("NPS"), Relation::Measures, QStringLiteral("Pay")));
        }) << QStringList{};
        QTest::newRow("elements linked to nothing") << withPay([](GraphBuilder &b) {
            complete(b);
            b.element(NodeKind::Story, QStringLiteral("Zebra"));
            b.element(NodeKind::Data, QStringLiteral("Archive"));
            b.element(NodeKind::Process, QStringLiteral("Only depended on"));
            require(b.link(QStringLiteral("Core"), Relation::DependsOn, QStringLiteral("Only depended on")));
        }) << QStringList{QStringLiteral("unlinked-element: Archive"), QStringLiteral("unlinked-element: Zebra")};
        QTest::newRow("metrics without a goal") << withPay([](GraphBuilder &b) {
            complete(b);
            b.metric(QStringLiteral("Wait"), MetricLevel::Tactical);           // drives nothing
            b.metric(QStringLiteral("Effort"), MetricLevel::Operational);
            b.metric(QStringLiteral("Speed"), MetricLevel::Tactical);
            b.metric(QStringLiteral("Handle time"), MetricLevel::Tactical);    // → Orphan, a dead end
            b.metric(QStringLiteral("Orphan"), MetricLevel::Operational);
            require(b.link(QStringLiteral("Speed"), Relation::Drives, QStringLiteral("Effort")));
            require(b.link(QStringLiteral("Effort"), Relation::Drives, QStringLiteral("NPS")));
            require(b.link(QStringLiteral("Handle time"), Relation::Drives, QStringLiteral("Orphan")));
        }) << QStringList{QStringLiteral("metric-without-goal: Handle time"), QStringLiteral("metric-without-goal: Orphan"),
                          QStringLiteral("metric-without-goal: Wait")};
        QTest::newRow("a cycle that reaches a goal") << withPay([](GraphBuilder &b) {
            complete(b);
            for (const char *t : {"B", "C", "A"})
                b.metric(QString::fromUtf8(t), MetricLevel::Operational);
            require(b.link(QStringLiteral("B"), Relation::Drives, QStringLiteral("C")));
            require(b.link(QStringLiteral("C"), Relation::Drives, QStringLiteral("A")));
            require(b.link(QStringLiteral("A"), Relation::Drives, QStringLiteral("B")));
            require(b.link(QStringLiteral("C"), Relation::Drives, QStringLiteral("NPS")));
        }) << QStringList{QStringLiteral("metric-cycle: A")};
        QTest::newRow("two cycles sharing a metric, no goal") << withPay([](GraphBuilder &b) {
            complete(b);
            for (const char *t : {"X", "Y", "Z"})
                b.metric(QString::fromUtf8(t), MetricLevel::Tactical);
            require(b.link(QStringLiteral("X"), Relation::Drives, QStringLiteral("Y")));
            require(b.link(QStringLiteral("Y"), Relation::Drives, QStringLiteral("X")));
            require(b.link(QStringLiteral("Y"), Relation::Drives, QStringLiteral("Z")));
            require(b.link(QStringLiteral("Z"), Relation::Drives, QStringLiteral("Y")));
        }) << QStringList{QStringLiteral("metric-without-goal: X"), QStringLiteral("metric-without-goal: Y"),
                          QStringLiteral("metric-without-goal: Z"), QStringLiteral("metric-cycle: X"),
                          QStringLiteral("metric-cycle: Y")};
    }

    void gaps()
    {
        QFETCH(GraphBuilder, builder);
        const WorkspaceGraph g(builder.workspace);
        const GapReport report = GapAnalysis::of(g);
        QTEST(found(report), "gaps");
        for (const Gap &gap : report.gaps) {
            if (gap.kind == GapKind::MetricCycle)
                continue; // named by its path; see cyclePathIsInDrivingOrder
            QVERIFY2(gap.message.contains(QStringLiteral("“%1”").arg(gap.title)), qPrintable(gap.message));
            QVERIFY(builder.workspace.contains(gap.uid));
        }
    }

    void cyclePathIsInDrivingOrder()
    {
        GraphBuilder b = withPay(complete);
        for (const char *t : {"B", "C", "A"})
            b.metric(QString::fromUtf8(t), MetricLevel::Operational);
        require(b.link(QStringLiteral("B"), Relation::Drives, QStringLiteral("C")));
        require(b.link(QStringLiteral("C"), Relation::Drives, QStringLiteral("A")));
        require(b.link(QStringLiteral("A"), Relation::Drives, QStringLiteral("B")));
        QVERIFY(!b.link(QStringLiteral("A"), Relation::Drives, QStringLiteral("A"))); // refused
        const WorkspaceGraph g(b.workspace);
        const MetricHierarchyReport h = MetricHierarchy::of(g);
        QCOMPARE(h.cycles.size(), 1);
        QCOMPARE(h.cycles.constFirst().titles, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(h.cycles.constFirst().pathText(), QStringLiteral("A → B → C → A"));
        const GapReport report = GapAnalysis::of(g);
        const Gap &cycle = report.gaps.constLast();
        QCOMPARE(cycle.kind, GapKind::MetricCycle);
        QVERIFY2(cycle.message.contains(QStringLiteral("A → B → C → A")), qPrintable(cycle.message));
        const QJsonObject json = AnalysisOutput::toJson(report);
        QCOMPARE(json[u"gapCount"].toInt(), int(report.gaps.size()));
        const QJsonArray path = json[u"gaps"].toArray().last()[u"cycle"].toArray();
        QCOMPARE(path.size(), 3);
        QCOMPARE(path.at(1)[u"title"].toString(), QStringLiteral("B"));
        QCOMPARE(path.at(1)[u"id"].toString(), uidText(b.id(QStringLiteral("B"))));
    }

    void selfLinksThatSlipPastRulesDoNotBreakTheAnalyses()
    {
        // Rules refuse self-links, but a file written by another tool might hold one.
        GraphBuilder b = withPay(complete);
        b.metric(QStringLiteral("Loop"), MetricLevel::Operational);
        QVERIFY(!b.link(QStringLiteral("Loop"), Relation::Drives, QStringLiteral("Loop")));
        b.workspace.links.insert({b.id(QStringLiteral("Loop")), Relation::Drives, b.id(QStringLiteral("Loop"))});
        b.workspace.links.insert({b.id(QStringLiteral("Core")), Relation::DependsOn, b.id(QStringLiteral("Core"))});
        const WorkspaceGraph g(b.workspace);
        QCOMPARE(found(GapAnalysis::of(g)), (QStringList{QStringLiteral("metric-without-goal: Loop"),
                                                         QStringLiteral("metric-cycle: Loop")}));
        QCOMPARE(MetricHierarchy::of(g).cycles.constFirst().pathText(), QStringLiteral("Loop → Loop"));
    }

    void rollUpGoesFromStrategicToTactical()
    {
        // Given a hierarchy where one tactical metric drives another ("Aaa" drives "Zzz"),
        GraphBuilder b;
        b.metric(QStringLiteral("Retention"), MetricLevel::Strategic);
        b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
        b.metric(QStringLiteral("Effort"), MetricLevel::Operational);
        b.metric(QStringLiteral("Aaa"), MetricLevel::Tactical);
        b.metric(QStringLiteral("Zzz"), MetricLevel::Tactical);
        b.metric(QStringLiteral("Loose"), MetricLevel::Tactical);
        require(b.link(QStringLiteral("Effort"), Relation::Drives, QStringLiteral("NPS")));
        require(b.link(QStringLiteral("Effort"), Relation::Drives, QStringLiteral("Retention")));
        require(b.link(QStringLiteral("Zzz"), Relation::Drives, QStringLiteral("Effort")));
        require(b.link(QStringLiteral("Aaa"), Relation::Drives, QStringLiteral("Zzz")));
        // When the roll-up order is computed,
        const MetricHierarchyReport h = MetricHierarchy::of(WorkspaceGraph(b.workspace));
        // Then every metric comes after the ones it drives, levels and titles ordering the rest.
        QStringList order;
        for (const RollUpEntry &e : h.rollUp)
            order.append(QStringLiteral("%1:%2").arg(e.title).arg(e.stepsToGoal));
        QCOMPARE(order, (QStringList{QStringLiteral("NPS:0"), QStringLiteral("Retention:0"), QStringLiteral("Effort:1"),
                                     QStringLiteral("Zzz:2"), QStringLiteral("Aaa:3"), QStringLiteral("Loose:-1")}));
        QCOMPARE(h.rollUp.at(2).drives, (QList<Uid>{b.id(QStringLiteral("NPS")), b.id(QStringLiteral("Retention"))}));
        QCOMPARE(h.withoutGoal, QList<Uid>{b.id(QStringLiteral("Loose"))});
        QVERIFY(h.cycles.isEmpty());
    }

    void rollUpSurvivesCycles()
    {
        GraphBuilder b;
        b.metric(QStringLiteral("NPS"), MetricLevel::Strategic);
        b.metric(QStringLiteral("P"), MetricLevel::Operational);
        b.metric(QStringLiteral("Q"), MetricLevel::Tactical);
        require(b.link(QStringLiteral("P"), Relation::Drives, QStringLiteral("Q")));
        require(b.link(QStringLiteral("Q"), Relation::Drives, QStringLiteral("P")));
        require(b.link(QStringLiteral("Q"), Relation::Drives, QStringLiteral("NPS")));
        const MetricHierarchyReport h = MetricHierarchy::of(WorkspaceGraph(b.workspace));
        QCOMPARE(h.rollUp.size(), 3);
        QCOMPARE(h.rollUp.constFirst().title, QStringLiteral("NPS"));
        QCOMPARE(h.cycles.size(), 1);
        QCOMPARE(h.cycles.constFirst().pathText(), QStringLiteral("P → Q → P"));
        QVERIFY(h.withoutGoal.isEmpty());
    }

    void textNamesEveryGap()
    {
        const GraphBuilder b = withPay([](GraphBuilder &) {});
        const QString text = AnalysisOutput::toText(GapAnalysis::of(WorkspaceGraph(b.workspace)));
        QVERIFY2(text.startsWith(QStringLiteral("Moments that matter without a metric (1)\n  - Moment that matters “Pay” (journey “J”)")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("Gaps found: 2.\n")));
        QCOMPARE(AnalysisOutput::toText(GapReport()), QStringLiteral("No gaps found.\n"));
    }
};

QTEST_GUILESS_MAIN(TestGraphGaps)
#include "tst_graphgaps.moc"

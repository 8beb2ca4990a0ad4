// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "layout/architecturelayout.h"

#include <QTest>

using namespace cx;
using namespace cx::test;

// The sample workspace: Sees an ad uses the story "Switch in ten minutes", which depends on the
// system "Core banking"; Verifies identity uses that system; NPS (strategic) measures Verifies
// identity; Onboarding effort (operational) measures the system and drives NPS.
class TestArchitectureLayout : public QObject
{
    Q_OBJECT

private:
    Samples s;
    Workspace w;

    static Moment momentIn(const Samples &s, const QString &title, const Stage &stage, int position)
    {
        Moment m = s.seeAd;
        m.uid = newUid();
        m.title = title;
        m.stage = stage.uid;
        m.position = position;
        m.mattersMost = false;
        return m;
    }
    Element element(NodeKind kind, const QString &title)
    {
        Element e = s.system;
        e.uid = newUid();
        e.kind = kind;
        e.title = title;
        w.put(e);
        return e;
    }

private Q_SLOTS:
    void init()
    {
        w = Workspace();
        for (const Node &node : s.nodes())
            w.put(node);
        for (const Link &link : s.links())
            w.links.insert(link);
    }

    void layersGoFromMomentsToBackstageWithTheLineBetween()
    {
        ArchitectureFilter filter;
        filter.journey = s.journey.uid;
        const ArchitectureLayout layout = ArchitectureLayout::compute(w, filter);

        QCOMPARE(layout.layers.size(), 3);
        QCOMPARE(layout.layers[0].kind, NodeKind::Moment);
        QCOMPARE(layout.layers[1].kind, NodeKind::Story);
        QCOMPARE(layout.layers[2].kind, NodeKind::System);
        // The moments in stage order, then position: Sees an ad, Fills in the form, Verifies identity
        QList<Uid> top;
        for (const auto &box : layout.boxes) {
            if (box.layer == 0)
                top.append(box.uid);
        }
        QCOMPARE(top, (QList<Uid>{s.seeAd.uid, s.fillForm.uid, s.verify.uid}));
        // The line of visibility between the story and the system
        QVERIFY(layout.lineOfVisibility.has_value());
        QVERIFY(*layout.lineOfVisibility > layout.rectOf(s.story.uid)->bottom());
        QVERIFY(*layout.lineOfVisibility < layout.rectOf(s.system.uid)->top());
        // The metrics beside the layers, strategic above operational
        QVERIFY(layout.rectOf(s.nps.uid)->left() > layout.layers[0].band.right());
        QVERIFY(layout.rectOf(s.nps.uid)->top() < layout.rectOf(s.effort.uid)->top());
        QVERIFY(layout.size.width() >= layout.rectOf(s.nps.uid)->right());
    }

    void everyLinkBetweenShownBoxesIsAnEdgeOnTheirBorders()
    {
        const ArchitectureLayout layout = ArchitectureLayout::compute(w);
        QCOMPARE(layout.edges.size(), 8); // uses ×2, depends on, measures ×2, drives, explains, improves
        for (const auto &edge : layout.edges) {
            const QRectF from = *layout.rectOf(edge.from), to = *layout.rectOf(edge.to);
            const auto onBorder = [](const QRectF &r, QPointF p) {
                return (qFuzzyCompare(p.x(), r.left()) || qFuzzyCompare(p.x(), r.right())
                        || qFuzzyCompare(p.y(), r.top()) || qFuzzyCompare(p.y(), r.bottom()))
                    && r.adjusted(-0.01, -0.01, 0.01, 0.01).contains(p);
            };
            QVERIFY2(onBorder(from, edge.start), qPrintable(name(edge.relation)));
            QVERIFY2(onBorder(to, edge.end), qPrintable(name(edge.relation)));
        }
    }

    void orderWithinALayerAvoidsCrossings()
    {
        // Given two moments, the first using "B system" and the second "A system": by title
        // the systems would cross the links.
        w = Workspace();
        for (const Node &node : QList<Node>{s.persona, s.journey, s.discover, s.apply, s.steps})
            w.put(node);
        const Moment first = momentIn(s, QStringLiteral("First"), s.discover, 0);
        const Moment second = momentIn(s, QStringLiteral("Second"), s.apply, 0);
        w.put(first);
        w.put(second);
        const Element a = element(NodeKind::System, QStringLiteral("A system"));
        const Element b = element(NodeKind::System, QStringLiteral("B system"));
        const Element data1 = element(NodeKind::Data, QStringLiteral("A data"));
        const Element data2 = element(NodeKind::Data, QStringLiteral("B data"));
        w.links.insert({first.uid, Relation::Uses, b.uid});
        w.links.insert({second.uid, Relation::Uses, a.uid});
        w.links.insert({b.uid, Relation::DependsOn, data1.uid});
        w.links.insert({a.uid, Relation::DependsOn, data2.uid});

        const ArchitectureLayout layout = ArchitectureLayout::compute(w);

        // Then B sits left of A, A data under B, and nothing crosses
        QCOMPARE(layout.crossings(), 0);
        QVERIFY(layout.rectOf(b.uid)->left() < layout.rectOf(a.uid)->left());
        QVERIFY(layout.rectOf(data1.uid)->left() < layout.rectOf(data2.uid)->left());
    }

    void filtersKeepWhatTheChosenMomentsReach()
    {
        // Only moments that matter: Verifies identity (it matters in the samples?) decides
        ArchitectureFilter matters;
        matters.mattersOnly = true;
        Moment verify = w.moments[s.verify.uid];
        verify.mattersMost = true;
        w.put(verify);
        Moment seeAd = w.moments[s.seeAd.uid];
        seeAd.mattersMost = false;
        w.put(seeAd);
        const ArchitectureLayout layout = ArchitectureLayout::compute(w, matters);
        QVERIFY(layout.rectOf(s.verify.uid));
        QVERIFY(!layout.rectOf(s.seeAd.uid));
        QVERIFY(layout.rectOf(s.system.uid));       // used by Verifies identity
        QVERIFY(!layout.rectOf(s.story.uid));       // only Sees an ad uses it
        QVERIFY(layout.rectOf(s.nps.uid));          // measures Verifies identity
        QVERIFY(layout.rectOf(s.effort.uid));       // measures the system

        // A stage: Discover holds Sees an ad only
        ArchitectureFilter stage;
        stage.stage = s.discover.uid;
        const ArchitectureLayout discover = ArchitectureLayout::compute(w, stage);
        QVERIFY(discover.rectOf(s.seeAd.uid));
        QVERIFY(!discover.rectOf(s.verify.uid));
        QVERIFY(discover.rectOf(s.story.uid));
        QVERIFY(discover.rectOf(s.system.uid));     // the story depends on it
        QVERIFY(discover.rectOf(s.effort.uid));     // measures the system
        QVERIFY(discover.rectOf(s.nps.uid));        // effort drives it

        // A persona that follows no journey: nothing
        ArchitectureFilter nobody;
        nobody.persona = newUid();
        QVERIFY(ArchitectureLayout::compute(w, nobody).boxes.isEmpty());
    }

    void insightsAndOpportunitiesStandBesideTheMetrics()
    {
        ArchitectureFilter filter;
        filter.journey = s.journey.uid;
        const ArchitectureLayout layout = ArchitectureLayout::compute(w, filter);
        const QRectF insight = *layout.rectOf(s.insight.uid), opportunity = *layout.rectOf(s.opportunity.uid);
        QVERIFY(insight.left() > layout.metricsColumn.right());
        QCOMPARE(insight.left(), opportunity.left());
        QVERIFY(insight.top() < opportunity.top()); // insights first
        QVERIFY(layout.notesColumn.contains(insight));
        // Only the Discover stage: they are about Verifies identity, in Apply, so they go
        filter.stage = s.discover.uid;
        QVERIFY(!ArchitectureLayout::compute(w, filter).rectOf(s.insight.uid));
    }

    void metricsStandInRollUpOrder()
    {
        // A tactical metric driving the operational effort metric: below it, NPS above both
        Metric tactical = s.effort;
        tactical.uid = newUid();
        tactical.title = QStringLiteral("A first-contact resolution");
        tactical.level = MetricLevel::Tactical;
        w.put(tactical);
        w.links.insert({tactical.uid, Relation::Drives, s.effort.uid});
        const ArchitectureLayout layout = ArchitectureLayout::compute(w);
        QVERIFY(layout.rectOf(s.nps.uid)->top() < layout.rectOf(s.effort.uid)->top());
        QVERIFY(layout.rectOf(s.effort.uid)->top() < layout.rectOf(tactical.uid)->top());
    }

    void aChainRunsUpAndDown()
    {
        const ArchitectureLayout layout = ArchitectureLayout::compute(w);
        // The story: Sees an ad uses it (up), it depends on Core banking (down); Core banking
        // is measured by Onboarding effort, which reaches it, not the story
        QCOMPARE(layout.chainOf(s.story.uid), (QSet<Uid>{s.story.uid, s.seeAd.uid, s.system.uid}));
        // The system: the story and both moments above it, the effort metric measuring it, and
        // NPS, the insight and the opportunity, which are about Verifies identity
        QCOMPARE(layout.chainOf(s.system.uid),
                 (QSet<Uid>{s.system.uid, s.story.uid, s.seeAd.uid, s.verify.uid, s.effort.uid, s.nps.uid,
                            s.insight.uid, s.opportunity.uid}));
        // A metric: what it measures and below, the metric it drives and what that measures
        // (the insight and opportunity point at Verifies identity: they reach it, not it them)
        QCOMPARE(layout.chainOf(s.effort.uid), (QSet<Uid>{s.effort.uid, s.system.uid, s.nps.uid, s.verify.uid}));
        QVERIFY(layout.chainOf(newUid()).isEmpty());
    }

    void unfilteredShowsElementsLinkedToNothing()
    {
        const Element lonely = element(NodeKind::Process, QStringLiteral("Paper archive"));
        const ArchitectureLayout all = ArchitectureLayout::compute(w);
        QVERIFY(all.rectOf(lonely.uid));
        QCOMPARE(all.boxAt(all.rectOf(lonely.uid)->center()), lonely.uid);
        // Filtered too: it belongs to no journey, and must be seen to be linked
        ArchitectureFilter filter;
        filter.journey = s.journey.uid;
        QVERIFY(ArchitectureLayout::compute(w, filter).rectOf(lonely.uid));
        // Once linked to a moment of another journey, it follows that journey
        Moment elsewhere = s.seeAd;
        elsewhere.uid = newUid();
        elsewhere.journey = s.detailJourney.uid;
        w.put(elsewhere);
        w.links.insert({elsewhere.uid, Relation::Uses, lonely.uid});
        QVERIFY(!ArchitectureLayout::compute(w, filter).rectOf(lonely.uid));
    }
};

QTEST_GUILESS_MAIN(TestArchitectureLayout)
#include "tst_architecturelayout.moc"

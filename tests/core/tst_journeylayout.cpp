// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "layout/journeylayout.h"

#include <QTest>

using namespace cx;
using namespace cx::test;

// The sample journey: stages Discover (default width) and Apply (360.5 wide), lanes Steps and
// a 200-high backstage lane; Sees an ad in Discover/Steps (emotion +1; personas +2 and -1),
// Fills in the form and Verifies identity (emotion -2) stacked in Apply/Steps.
class TestJourneyLayout : public QObject
{
    Q_OBJECT

private:
    Samples s;
    Workspace w;
    JourneyLayout layout;

private Q_SLOTS:
    void init()
    {
        w = Workspace();
        for (const Node &node : s.nodes())
            w.put(node);
        for (const Link &link : s.links())
            w.links.insert(link);
        layout = JourneyLayout::compute(w, s.journey.uid);
    }

    void columnsAndRows()
    {
        QCOMPARE(layout.columns.size(), 2);
        QCOMPARE(layout.columns[0].stage, s.discover.uid);
        QCOMPARE(layout.columns[0].header, QRectF(176, 0, 248, 52));
        QCOMPARE(layout.columns[1].header, QRectF(424, 0, 360.5, 52));
        // No emotions lane: the curve gets its own row under the headers (52 … 220).
        QCOMPARE(layout.curveArea, QRectF(176, 70, 608.5, 132));
        // Steps holds two cards in Apply: 10 + 76 + 8 + 76 + 10 high.
        QCOMPARE(layout.rows[0].body, QRectF(176, 220, 608.5, 180));
        QCOMPARE(layout.rows[0].header, QRectF(0, 220, 176, 180));
        QCOMPARE(layout.rows[1].body.height(), 200.0); // the user's height
        QCOMPARE(layout.size, QSizeF(784.5, 600));
        QCOMPARE(layout.columns[1].body, QRectF(424, 52, 360.5, 548));
        QCOMPARE(layout.lineOfVisibility, std::optional<double>(400));
    }

    void cardsStackInTheirCell()
    {
        QCOMPARE(layout.cards.size(), 3);
        QCOMPARE(*layout.cardRect(s.seeAd.uid), QRectF(186, 230, 228, 76));
        QCOMPARE(*layout.cardRect(s.fillForm.uid), QRectF(434, 230, 340.5, 76));
        QCOMPARE(*layout.cardRect(s.verify.uid), QRectF(434, 314, 340.5, 76));
        QCOMPARE(layout.cards[0].moment, s.seeAd.uid);
        QCOMPARE(layout.cellCounts.value({s.apply.uid, s.steps.uid}), 2);
    }

    void curvesPassThroughTheScores()
    {
        // Journey-wide, then Busy switcher, then Cautious first-timer (by title).
        QCOMPARE(layout.curves.size(), 3);
        const JourneyLayout::Curve &overall = layout.curves[0];
        QVERIFY(overall.persona.isNull());
        QCOMPARE(overall.points.size(), 2);
        QCOMPARE(overall.points[0].point, QPointF(300, 103));    // +1 in the middle of Discover
        QCOMPARE(overall.points[1].point, QPointF(604.25, 202)); // -2 at the bottom, in Apply
        QVERIFY(overall.svgPath.startsWith(QStringLiteral("M 300.0 103.0 C ")));
        QVERIFY(overall.svgPath.endsWith(QStringLiteral(" 604.2 202.0")) || overall.svgPath.endsWith(QStringLiteral(" 604.3 202.0")));
        QCOMPARE(layout.curves[1].persona, s.persona.uid);
        QCOMPARE(layout.curves[1].points[0].point.y(), 70.0);    // +2
        QCOMPARE(layout.curves[2].persona, s.otherPersona.uid);
        QCOMPARE(layout.curves[2].points[0].score, -1);
    }

    void hitTesting()
    {
        auto slot = layout.slotAt(QPointF(500, 240));
        QVERIFY(slot);
        QCOMPARE(slot->stage, s.apply.uid);
        QCOMPARE(slot->lane, s.steps.uid);
        QCOMPARE(slot->position, 0);
        QCOMPARE(layout.slotAt(QPointF(500, 320))->position, 1);
        QCOMPARE(layout.slotAt(QPointF(500, 395))->position, 2);
        QCOMPARE(layout.slotAt(QPointF(300, 450))->lane, s.backstage.uid);
        QVERIFY(!layout.slotAt(QPointF(100, 300)));  // the lane headers
        QVERIFY(!layout.slotAt(QPointF(300, 100)));  // the curve's row
        QVERIFY(!layout.slotAt(QPointF(900, 300)));  // right of the map
        QCOMPARE(layout.cardsIn(QRectF(280, 275, -100, -50)), QList<Uid>{s.seeAd.uid});
        QCOMPARE(layout.cardsIn(QRectF(180, 225, 300, 100)).size(), 3);
        QCOMPARE(layout.scoreAt(103), 1);
        QCOMPARE(layout.scoreAt(-50), 2);
        QCOMPARE(layout.scoreAt(1000), -2);
    }

    void emotionsLaneHoldsTheCurve()
    {
        Lane emotions;
        emotions.uid = newUid();
        emotions.journey = s.journey.uid;
        emotions.kind = LaneKind::Emotions;
        emotions.position = 2;
        w.put(emotions);
        layout = JourneyLayout::compute(w, s.journey.uid);
        QCOMPARE(layout.rows[0].body.top(), 52.0); // no separate curve row
        QCOMPARE(layout.rows[2].body.height(), 168.0);
        QCOMPARE(layout.curveArea, layout.rows[2].body.adjusted(0, 18, 0, -18));
    }

    void emptyJourney()
    {
        const JourneyLayout empty = JourneyLayout::compute(w, s.detailJourney.uid);
        QVERIFY(empty.columns.isEmpty());
        QVERIFY(empty.cards.isEmpty());
        QCOMPARE(empty.curves.size(), 1);
        QVERIFY(empty.curves[0].svgPath.isEmpty());
        QVERIFY(empty.size.width() > 0 && empty.size.height() > 0);
        QVERIFY(!empty.slotAt(QPointF(10, 10)));
    }
};

QTEST_GUILESS_MAIN(TestJourneyLayout)
#include "tst_journeylayout.moc"

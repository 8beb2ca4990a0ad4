// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rules.h"
#include "model/workspace.h"

#include <QTest>

using namespace cx;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relationsJoinTheDocumentedKinds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        auto row = [](const char *f, const char *r, const char *t, bool ok) {
            QTest::addRow("%s %s %s", f, r, t) << QString::fromLatin1(f) << QString::fromLatin1(r)
                                               << QString::fromLatin1(t) << ok;
        };
        row("moment", "uses", "story", true);
        row("moment", "uses", "data", true);
        row("moment", "uses", "metric", false);
        row("moment", "uses", "moment", false);
        row("service", "depends-on", "process", true);
        row("process", "depends-on", "system", true);
        row("system", "depends-on", "data", true);
        row("system", "depends-on", "moment", false);
        row("metric", "measures", "moment", true);
        row("metric", "measures", "system", true);
        row("metric", "measures", "persona", false);
        row("metric", "drives", "metric", true);
        row("moment", "drives", "metric", false);
        row("insight", "explains", "moment", true);
        row("insight", "explains", "system", false);
        row("opportunity", "improves", "moment", true);
        row("persona", "follows", "journey", true);
        row("journey", "follows", "persona", false);
        row("moment", "opens-journey", "journey", true);
        row("stage", "opens-journey", "journey", false);
    }

    void relationsJoinTheDocumentedKinds()
    {
        QFETCH(QString, from);
        QFETCH(QString, relation);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(Rules::allows(*fromName<NodeKind>(from), *fromName<Relation>(relation), *fromName<NodeKind>(to)), allowed);
    }

    void aGestureBetweenTwoNodesMeansTheLinkTheirKindsAllow()
    {
        Workspace w;
        const auto put = [&w](auto node) { node.uid = newUid(); w.put(node); return node.uid; };
        Moment moment;
        const Uid m = put(moment);
        Element e;
        e.kind = NodeKind::Service;
        const Uid service = put(e);
        e.kind = NodeKind::System;
        const Uid system = put(e);
        Metric metric;
        const Uid csat = put(metric);
        const Uid nps = put(metric);
        Persona persona;
        const Uid p = put(persona);

        // Either way round, the moment uses the element and the metric measures
        QCOMPARE(Rules::linkFor(w, m, service), (Link{m, Relation::Uses, service}));
        QCOMPARE(Rules::linkFor(w, service, m), (Link{m, Relation::Uses, service}));
        QCOMPARE(Rules::linkFor(w, system, csat), (Link{csat, Relation::Measures, system}));
        QCOMPARE(Rules::linkFor(w, m, csat), (Link{csat, Relation::Measures, m}));
        // Between two of a kind, the gesture's direction decides
        QCOMPARE(Rules::linkFor(w, service, system), (Link{service, Relation::DependsOn, system}));
        QCOMPARE(Rules::linkFor(w, csat, nps), (Link{csat, Relation::Drives, nps}));
        QCOMPARE(Rules::linkFor(w, nps, csat), (Link{nps, Relation::Drives, csat}));
        // No architecture relation joins a persona to a moment, and nothing joins what is not there
        QVERIFY(!Rules::linkFor(w, p, m));
        QVERIFY(!Rules::linkFor(w, m, newUid()));
        // A self-link is what the gesture says; checkLink refuses it with a message
        const auto self = Rules::linkFor(w, service, service);
        QVERIFY(self);
        QVERIFY(!Rules::checkLink(w, *self).ok());
        QVERIFY(!Rules::checkLink(w, *self).message().isEmpty());
    }

    void everyNameRoundTrips()
    {
        for (const QString &n : allNames<NodeKind>())
            QCOMPARE(name(*fromName<NodeKind>(n)), n);
        for (const QString &n : allNames<Relation>())
            QCOMPARE(name(*fromName<Relation>(n)), n);
        for (const QString &n : allNames<LaneKind>())
            QCOMPARE(name(*fromName<LaneKind>(n)), n);
        QVERIFY(!fromName<LaneKind>(u"Steps"));
        QVERIFY(!fromName<Relation>(u""));
    }

    void momentMustSitInItsJourney()
    {
        Workspace w;
        Journey a, b;
        a.uid = newUid();
        b.uid = newUid();
        Stage s;
        s.uid = newUid();
        s.journey = a.uid;
        Lane l;
        l.uid = newUid();
        l.journey = b.uid;
        w.put(a); w.put(b); w.put(s); w.put(l);
        Moment m;
        m.uid = newUid();
        m.journey = a.uid;
        m.stage = s.uid;
        m.lane = l.uid;
        const Result r = Rules::checkNode(w, m);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("its lane is not a lane of its journey")), qPrintable(r.message()));
        l.journey = a.uid;
        w.put(l);
        QVERIFY(Rules::checkNode(w, m));
        m.emotions = {{newUid(), 1}};
        QVERIFY(!Rules::checkNode(w, m));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

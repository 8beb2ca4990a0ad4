// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/gapanalysis.h"
#include "graph/impactanalysis.h"
#include "graph/metrichierarchy.h"
#include "graph/valueranking.h"
#include "graph/workspacegraph.h"
#include "io/workspacejsonreader.h"
#include "model/workspace.h"

#include <QTest>

using namespace cx;

// The analyses on the example workspace (resources/examples/example.json). The expected
// answers were worked out from the JSON by a separate script (a plain BFS in Python), not by
// running this code.
class TestGraphExample : public QObject
{
    Q_OBJECT

private:
    Workspace m_workspace;

    Uid id(const char *jsonId) const { return WorkspaceJsonReader::idFor(QString::fromUtf8(jsonId)); }

private Q_SLOTS:
    void initTestCase()
    {
        Result error;
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(data, qPrintable(error.message()));
        for (const Node &node : data->nodes)
            m_workspace.put(node);
        for (const Link &link : data->links)
            m_workspace.links.insert(link);
    }

    void checkFindsTheOneUnmeasuredMomentThatMatters()
    {
        const GapReport report = GapAnalysis::of(WorkspaceGraph(m_workspace));
        QCOMPARE(report.gaps.size(), 1);
        const Gap &gap = report.gaps.constFirst();
        QCOMPARE(gap.kind, GapKind::MomentWithoutMetric);
        QCOMPARE(gap.uid, id("m-open-salary"));
        QCOMPARE(gap.message, QStringLiteral("Moment that matters “First salary lands” (journey “Open a current account”) "
                                             "has no metric: nothing measures it or an element it uses."));
    }

    void impactOfCoreBanking()
    {
        const WorkspaceGraph g(m_workspace);
        const ImpactReport r = ImpactAnalysis::of(g, id("el-sys-core"));
        QCOMPARE(r.moments.size(), 16);
        QCOMPARE(r.elements.size(), 6);
        QCOMPARE(r.journeys.size(), 2);
        QCOMPARE(r.personas.size(), 2);
        int matter = 0;
        for (qsizetype i = 0; i < r.moments.size(); ++i) {
            matter += r.moments.at(i).mattersMost ? 1 : 0;
            if (i > 0 && r.moments.at(i).mattersMost)
                QVERIFY(r.moments.at(i - 1).mattersMost); // moments that matter come first
        }
        QCOMPARE(matter, 4);
        // The future journey suffers through the moment that opens it.
        QVERIFY(std::any_of(r.journeys.cbegin(), r.journeys.cend(), [this](const ImpactedItem &j) {
            return j.uid == id("j-open-future");
        }));
        QStringList personas{r.personas.at(0).title, r.personas.at(1).title};
        personas.sort();
        QCOMPARE(personas, (QStringList{QStringLiteral("Busy switcher"), QStringLiteral("Cautious first-timer")}));
    }

    void rankingOfSystemsAndProcesses()
    {
        const QList<RankedElement> ranking = ValueRanking::of(WorkspaceGraph(m_workspace));
        QStringList got;
        for (const RankedElement &r : ranking)
            got.append(QStringLiteral("%1 %2 %3").arg(r.title).arg(r.value).arg(r.moments));
        QCOMPARE(got, (QStringList{QStringLiteral("Card management system 86 17"),
                                   QStringLiteral("Identity verification (eKYC) service 85 16"),
                                   QStringLiteral("Core banking platform 84 16"),
                                   QStringLiteral("KYC review 81 15"), QStringLiteral("CRM 61 13"),
                                   QStringLiteral("Card dispute handling 54 10"),
                                   QStringLiteral("Card replacement and dispatch 50 9")}));
        for (const RankedElement &r : ranking)
            QVERIFY(r.betweenness >= 0);
    }

    void rollUpOfTheExampleMetrics()
    {
        const MetricHierarchyReport h = MetricHierarchy::of(WorkspaceGraph(m_workspace));
        QCOMPARE(h.rollUp.size(), 12);
        QVERIFY(h.cycles.isEmpty());
        QVERIFY(h.withoutGoal.isEmpty());
        QList<MetricLevel> levels;
        for (const RollUpEntry &e : h.rollUp)
            levels.append(e.level);
        QVERIFY(std::is_sorted(levels.cbegin(), levels.cend()));
        QCOMPARE(levels.count(MetricLevel::Strategic), 4);
        QCOMPARE(h.rollUp.constFirst().title, QStringLiteral("12-month retention")); // first by title
    }
};

QTEST_GUILESS_MAIN(TestGraphExample)
#include "tst_graphexample.moc"

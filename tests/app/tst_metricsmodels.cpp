// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Metrics view's models without QML: the hierarchy tree (a metric under two goals, a
// cycle, metrics under no goal, filters and search) checked by QAbstractItemModelTester, and
// the measurements table's edits through the Document's undo stack, pastes included.

#include "canvas/cardlistmodel.h"
#include "canvas/journeycanvas.h"
#include "metrics/measurementmodel.h"
#include "metrics/measurementpaste.h"
#include "metrics/metricsview.h"
#include "metrics/metrictreemodel.h"
#include "metrics/metricvalue.h"
#include "samples.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

Metric metric(const QString &title, MetricLevel level, const QString &owner = QStringLiteral("Digital"))
{
    Metric m;
    m.uid = newUid();
    m.title = title;
    m.level = level;
    m.owner = owner;
    return m;
}

// "title" for a metric row, "# heading" for a group, indented two spaces per level, with
// " (cycle)" where the cycle closes and " [also under …]" on a metric under two.
QStringList outline(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        QString line = QString(2 * i.data(MetricTreeModel::DepthRole).toInt(), QLatin1Char(' '));
        if (i.data(MetricTreeModel::IsGroupRole).toBool())
            line += QStringLiteral("# ");
        line += i.data(MetricTreeModel::TitleRole).toString();
        if (i.data(MetricTreeModel::CycleRepeatRole).toBool())
            line += QStringLiteral(" (cycle)");
        if (const QString also = i.data(MetricTreeModel::AlsoUnderRole).toString(); !also.isEmpty())
            line += QStringLiteral(" [%1]").arg(also);
        result.append(line);
    }
    return result;
}

} // namespace

class TestMetricsModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Samples s;
    Metric cltv = metric(QStringLiteral("Lifetime value"), MetricLevel::Strategic);
    Metric shared = metric(QStringLiteral("Shared driver"), MetricLevel::Operational);
    Metric chat = metric(QStringLiteral("Chat wait"), MetricLevel::Tactical);
    Metric loopA = metric(QStringLiteral("Loop A"), MetricLevel::Operational, QStringLiteral("Ops"));
    Metric loopB = metric(QStringLiteral("Loop B"), MetricLevel::Operational, QStringLiteral("Ops"));
    Metric orphan = metric(QStringLiteral("Orphan"), MetricLevel::Tactical);
    Metric orphanDriver = metric(QStringLiteral("Orphan driver"), MetricLevel::Tactical);

    // The samples (Net Promoter Score, driven by Onboarding effort) and a hierarchy around them.
    std::unique_ptr<WorkspaceController> open()
    {
        QString path;
        {
            auto doc = sampleDocument(m_dir, s, QStringLiteral("m-%1.cxatlas").arg(QUuid::createUuid().toString(QUuid::Id128)));
            if (!doc || !doc->add({cltv, shared, chat, loopA, loopB, orphan, orphanDriver}, QStringLiteral("metrics")))
                return nullptr;
            for (const Link &l : QList<Link>{{shared.uid, Relation::Drives, s.nps.uid},
                                             {shared.uid, Relation::Drives, cltv.uid},
                                             {chat.uid, Relation::Drives, shared.uid},
                                             {loopA.uid, Relation::Drives, loopB.uid},
                                             {loopB.uid, Relation::Drives, loopA.uid},
                                             {orphanDriver.uid, Relation::Drives, orphan.uid}}) {
                if (!doc->link(l))
                    return nullptr;
            }
            path = doc->path();
        }
        auto workspace = std::make_unique<WorkspaceController>();
        if (!workspace->open(path))
            return nullptr;
        return workspace;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void treeShowsTheHierarchy()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        QAbstractItemModelTester tester(view.tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setWorkspace(workspace.get());
        const QStringList expected{
            QStringLiteral("# Strategic goals"),
            QStringLiteral("  Lifetime value"),
            QStringLiteral("    Shared driver [also under Net Promoter Score]"),
            QStringLiteral("      Chat wait"),
            QStringLiteral("  Net Promoter Score"),
            QStringLiteral("    Onboarding effort"),
            QStringLiteral("    Shared driver [also under Lifetime value]"),
            QStringLiteral("      Chat wait"),
            QStringLiteral("# Not driving a strategic goal"),
            QStringLiteral("  Orphan"),
            QStringLiteral("    Orphan driver"),
            QStringLiteral("  Loop A [also under Loop B]"),
            QStringLiteral("    Loop B"),
            QStringLiteral("      Loop A (cycle)"),
        };
        QCOMPARE(outline(view.tree()), expected);
        // The cycle's metrics are flagged as `cxatlas check` finds them, and no other
        const QModelIndex loop = view.tree()->index(11, 0);
        QVERIFY(loop.data(MetricTreeModel::InCycleRole).toBool());
        QVERIFY(!view.tree()->index(1, 0).data(MetricTreeModel::InCycleRole).toBool());
        // A row of a metric with its latest value, status and trend
        const QModelIndex nps = view.tree()->index(4, 0);
        QCOMPARE(nps.data(MetricTreeModel::LatestRole).toString(), metricValueText(-3, QStringLiteral("points")));
        QCOMPARE(nps.data(MetricTreeModel::StatusRole).toString(), QStringLiteral("off-track"));
        QCOMPARE(nps.data(MetricTreeModel::TrendRole).toString(), QStringLiteral("falling"));
        QVERIFY(!nps.data(MetricTreeModel::StatusLabelRole).toString().isEmpty());
        QCOMPARE(view.tree()->index(5, 0).data(MetricTreeModel::StatusRole).toString(), QStringLiteral("no-data"));

        // Collapsing a goal hides what drives it, expanding brings it back
        const QString npsKey = nps.data(MetricTreeModel::KeyRole).toString();
        QVERIFY(view.setExpanded(npsKey, false));
        QCOMPARE(view.tree()->rowCount(), expected.size() - 3);
        QVERIFY(!view.setExpanded(npsKey, false));
        QVERIFY(view.setExpanded(npsKey, true));
        QCOMPARE(outline(view.tree()), expected);

        // Arrows: the row above a row in the tree
        QCOMPARE(view.parentRow(7), 6);
        QCOMPARE(view.parentRow(4), 0);
        QVERIFY(!view.selectRow(0)); // a heading
        QVERIFY(view.selectRow(6));
        QCOMPARE(view.selected(), uidText(shared.uid));
        QCOMPARE(view.metric().value(QStringLiteral("title")).toString(), QStringLiteral("Shared driver"));
    }

    void driversShowTheirCorrelation()
    {
        // Given eight months of Chat wait falling as the Shared driver rises
        auto workspace = open();
        QVERIFY(workspace);
        Metric below = chat, above = shared;
        for (int month = 1; month <= 8; ++month) {
            below.measurements.append({QDate(2025, month, 28), 20.0 - month, {}});
            above.measurements.append({QDate(2025, month, 28), 50.0 + 2 * month + (month % 2), {}});
        }
        QVERIFY(workspace->document()->update(below));
        QVERIFY(workspace->document()->update(above));
        MetricsView view;
        view.setWorkspace(workspace.get());
        // Then the Chat wait row under it says so, as a correlation
        const QModelIndex row = view.tree()->index(3, 0);
        QCOMPARE(row.data(MetricTreeModel::TitleRole).toString(), QStringLiteral("Chat wait"));
        const QString text = row.data(MetricTreeModel::CorrelationRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("r = -0.9")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("over 8 month")));
        QVERIFY(text.contains(QStringLiteral("correlation, not cause")));
        // A row at the top of the tree has no metric above it to correlate with
        QVERIFY(view.tree()->index(1, 0).data(MetricTreeModel::CorrelationRole).toString().isEmpty());
        // Per quarter there are too few periods for an r
        view.setPeriodSize(QStringLiteral("quarter"));
        QVERIFY(view.tree()->index(3, 0).data(MetricTreeModel::CorrelationRole).toString().isEmpty());
    }

    void treeFiltersAndSearches()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        QAbstractItemModelTester tester(view.tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setWorkspace(workspace.get());
        QSignalSpy filterChanged(&view, &MetricsView::filterChanged);

        // Search: the matches, with what they drive above them to place them
        view.setSearch(QStringLiteral("loop"));
        QCOMPARE(outline(view.tree()), (QStringList{QStringLiteral("# Not driving a strategic goal"),
                                                    QStringLiteral("  Loop A [also under Loop B]"), QStringLiteral("    Loop B"),
                                                    QStringLiteral("      Loop A (cycle)")}));
        QCOMPARE(filterChanged.count(), 1);
        view.setSearch({});

        // Owner
        view.setOwner(QStringLiteral("CX office"));
        QCOMPARE(outline(view.tree()), (QStringList{QStringLiteral("# Strategic goals"),
                                                    QStringLiteral("  Net Promoter Score"),
                                                    QStringLiteral("    Onboarding effort")}));
        view.clearFilters();

        // Journey: only the Net Promoter Score measures one of its moments (Verifies identity)
        view.setJourney(uidText(s.journey.uid));
        QCOMPARE(outline(view.tree()), (QStringList{QStringLiteral("# Strategic goals"),
                                                    QStringLiteral("  Net Promoter Score")}));
        // Persona: the journeys it follows
        view.setJourney({});
        view.setPersona(uidText(s.persona.uid));
        QCOMPARE(outline(view.tree()), (QStringList{QStringLiteral("# Strategic goals"),
                                                    QStringLiteral("  Net Promoter Score")}));
        view.clearFilters();

        // Status: off track is the Net Promoter Score (−3 against a target of 40.5)
        view.setStatus(QStringLiteral("off-track"));
        QCOMPARE(outline(view.tree()), (QStringList{QStringLiteral("# Strategic goals"),
                                                    QStringLiteral("  Net Promoter Score")}));
        view.setStatus(QStringLiteral("no-data"));
        QVERIFY(outline(view.tree()).contains(QStringLiteral("      Chat wait")));
        // The goal stays, to place what drives it, but does not match
        QVERIFY(outline(view.tree()).contains(QStringLiteral("  Net Promoter Score")));
        QVERIFY(!view.treeModel()->matching().contains(s.nps.uid));
        QVERIFY(view.treeModel()->matching().contains(chat.uid));
        view.clearFilters();
        QCOMPARE(view.tree()->rowCount(), 14);
    }

    void treeFollowsEditsAndKeepsTheSelection()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        QAbstractItemModelTester tester(view.tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setWorkspace(workspace.get());
        QVERIFY(view.selectMetric(uidText(orphan.uid)));
        // The orphan now drives the Net Promoter Score: it moves under it, still selected
        QVERIFY(workspace->document()->link({orphan.uid, Relation::Drives, s.nps.uid}));
        QCOMPARE(view.selected(), uidText(orphan.uid));
        QVERIFY(view.rowOf(view.selectedKey()) > 0);
        QVERIFY(outline(view.tree()).contains(QStringLiteral("    Orphan")));
        // A change made elsewhere while the view is hidden reshapes the tree once it is shown
        const int rows = view.tree()->rowCount();
        view.setActive(false);
        QVERIFY(workspace->document()->link({orphanDriver.uid, Relation::Drives, cltv.uid}));
        QCOMPARE(view.tree()->rowCount(), rows);
        view.setActive(true);
        QCOMPARE(view.tree()->rowCount(), rows + 1);
        workspace->undo();
        QCOMPARE(view.tree()->rowCount(), rows);
        QCOMPARE(view.selected(), uidText(orphan.uid));
    }

    void definitionEditsAreUndoable()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        view.setWorkspace(workspace.get());
        QVERIFY(view.selectMetric(uidText(s.nps.uid)));
        const int before = workspace->document()->undoStack()->count();
        QVERIFY(view.setField(QStringLiteral("target"), QStringLiteral("-5")));
        QCOMPARE(workspace->document()->workspace().metrics[s.nps.uid].target, std::optional<double>(-5));
        QCOMPARE(view.metric().value(QStringLiteral("status")).toString(), QStringLiteral("on-track"));
        QVERIFY(view.setField(QStringLiteral("target"), QString()));
        QCOMPARE(view.metric().value(QStringLiteral("status")).toString(), QStringLiteral("no-target"));
        QVERIFY(!view.setField(QStringLiteral("target"), QStringLiteral("lots")));
        QVERIFY(view.setField(QStringLiteral("direction"), QStringLiteral("lower-is-better")));
        QVERIFY(view.setField(QStringLiteral("unit"), QStringLiteral("pts")));
        QVERIFY(view.setField(QStringLiteral("owner"), QStringLiteral("Marketing")));
        QVERIFY(view.setField(QStringLiteral("notes"), QStringLiteral("From the tracker")));
        const Metric &m = workspace->document()->workspace().metrics[s.nps.uid];
        QCOMPARE(m.direction, Direction::LowerIsBetter);
        QCOMPARE(m.unit, QStringLiteral("pts"));
        QCOMPARE(m.owner, QStringLiteral("Marketing"));
        QCOMPARE(workspace->document()->undoStack()->count(), before + 5); // the two targets merged
        while (workspace->document()->undoStack()->index() > before)
            workspace->undo();
        QCOMPARE(workspace->document()->workspace().metrics[s.nps.uid], s.nps);
        // How it is computed, in words
        // (The samples' four survey answers, from before the measurements, decide their months.)
        const QString computed = view.metric().value(QStringLiteral("computation")).toString();
        QVERIFY2(computed.startsWith(u"NPS: % promoters") && computed.contains(u"from 4 responses")
                     && computed.contains(u"without responses takes the mean of its measurements"),
                 qPrintable(computed));
        // What it measures: Verifies identity, on its journey
        const QVariantList measured = view.measured();
        QCOMPARE(measured.size(), 1);
        QCOMPARE(measured.constFirst().toMap().value(QStringLiteral("journey")).toString(), uidText(s.journey.uid));
    }

    void measurementEditsUndoAndRedo()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        view.setWorkspace(workspace.get());
        MeasurementModel *table = view.measurements();
        QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.selectMetric(uidText(s.nps.uid)));
        QCOMPARE(table->rowCount(), 2);
        QUndoStack *stack = workspace->document()->undoStack();
        const int before = stack->count();
        const auto values = [&] {
            QList<Measurement> list = workspace->document()->workspace().metrics[s.nps.uid].measurements;
            return list;
        };

        // Given a value changed, When undone and redone, Then the file and the table follow
        QVERIFY(table->setValue(1, QStringLiteral("5.5")));
        QCOMPARE(values().at(1).value, 5.5);
        QCOMPARE(stack->count(), before + 1);
        workspace->undo();
        QCOMPARE(values(), s.nps.measurements);
        QCOMPARE(table->index(1, 0).data(MeasurementModel::ValueRole).toDouble(), -3.0);
        workspace->redo();
        QCOMPARE(table->index(1, 0).data(MeasurementModel::ValueRole).toDouble(), 5.5);

        // A date moved past the other keeps them ordered by date
        QVERIFY(table->setDate(0, QStringLiteral("2025-03-15")));
        QCOMPARE(values().at(0).date, QDate(2025, 2, 28));
        QCOMPARE(values().at(1).date, QDate(2025, 3, 15));
        QCOMPARE(values().at(1).note, QStringLiteral("Q1"));
        // Refused input changes nothing and says why
        const int steps = stack->count();
        QVERIFY(!table->setDate(0, QStringLiteral("soon")));
        QVERIFY(table->message().contains(QStringLiteral("soon")));
        QVERIFY(!table->setValue(0, QStringLiteral("many")));
        QCOMPARE(stack->count(), steps);
        QVERIFY(table->setNote(0, QStringLiteral("  revised ")));
        QCOMPARE(values().at(0).note, QStringLiteral("revised"));
        QVERIFY(table->message().isEmpty());

        // Add, then delete two rows in one step
        const int added = table->add();
        QCOMPARE(added, 2);
        QCOMPARE(values().at(2).date, QDate(2025, 3, 30)); // the rows' step, 15 days, again
        table->select(0);
        table->select(2, QStringLiteral("extend"));
        QCOMPARE(table->selectedCount(), 3);
        table->select(1, QStringLiteral("toggle"));
        QCOMPARE(table->selectedCount(), 2);
        QVERIFY(table->removeSelected());
        QCOMPARE(values().size(), 1);
        QCOMPARE(values().at(0).date, QDate(2025, 3, 15));
        workspace->undo();
        QCOMPARE(values().size(), 3);
        while (stack->index() > before)
            workspace->undo();
        QCOMPARE(values(), s.nps.measurements);
        QCOMPARE(table->rowCount(), 2);
    }

    void pasteTakesAllRowsOrNone()
    {
        auto workspace = open();
        QVERIFY(workspace);
        MetricsView view;
        view.setWorkspace(workspace.get());
        MeasurementModel *table = view.measurements();
        QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.selectMetric(uidText(s.nps.uid)));
        QUndoStack *stack = workspace->document()->undoStack();
        const int before = stack->count();

        // Rows from a spreadsheet: headings, CRLF, a note, an empty line; one undo step
        QVERIFY(table->paste(QStringLiteral("Date\tValue\tNote\r\n2025-04-30\t12\tApril\r\n\r\n2025-03-31\t10.5\r\n")));
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(table->rowCount(), 4);
        const QList<Measurement> pasted = workspace->document()->workspace().metrics[s.nps.uid].measurements;
        QCOMPARE(pasted.at(2).date, QDate(2025, 3, 31));
        QCOMPARE(pasted.at(3).note, QStringLiteral("April"));

        // A bad line: refused, named, nothing pasted, the undo stack as it was
        QVERIFY(!table->paste(QStringLiteral("2025-05-31\t13\n2025-06-30\tlots\n2025-07-31\t14")));
        QVERIFY2(table->message().contains(QStringLiteral("Line 2")), qPrintable(table->message()));
        QVERIFY(table->message().contains(QStringLiteral("lots")));
        QCOMPARE(workspace->document()->workspace().metrics[s.nps.uid].measurements, pasted);
        QCOMPARE(stack->count(), before + 1);
        QVERIFY(!table->paste(QStringLiteral("2025-05-31\t13\nJune\t4")));
        QVERIFY(table->message().contains(QStringLiteral("Line 2")));
        QVERIFY(table->message().contains(QStringLiteral("June")));
        QVERIFY(!table->paste(QStringLiteral("2025-05-31 13")));
        QVERIFY(table->message().contains(QStringLiteral("Line 1")));
        QCOMPARE(stack->count(), before + 1);
        workspace->undo();
        QCOMPARE(table->rowCount(), 2);
    }

    void cardsCarryTheirMetricsRecentMonths()
    {
        // Given the Net Promoter Score measuring Verifies identity, with a year and more of values
        auto workspace = open();
        QVERIFY(workspace);
        Metric nps = s.nps;
        nps.measurements.clear();
        for (int month = 0; month < 15; ++month) {
            const QDate first = QDate(2024, 1, 1).addMonths(month);
            nps.measurements.append({first, double(month), {}});
            nps.measurements.append({first.addDays(10), double(month) + 1, {}});
        }
        QVERIFY(workspace->document()->update(nps));
        JourneyCanvas canvas;
        canvas.setWorkspace(workspace.get());
        canvas.setJourney(uidText(s.journey.uid));
        // Then its card holds the last twelve months' means, oldest first; the others none
        QAbstractItemModel *cards = canvas.cards();
        int measured = 0;
        for (int row = 0; row < cards->rowCount(); ++row) {
            const QModelIndex card = cards->index(row, 0);
            const QVariantList lines = card.data(CardListModel::SparklinesRole).toList();
            if (card.data(CardListModel::UidRole).toString() != uidText(s.verify.uid)) {
                QVERIFY(lines.isEmpty());
                continue;
            }
            ++measured;
            QCOMPARE(lines.size(), 1);
            const QVariantList months = lines.constFirst().toList();
            QCOMPARE(months.size(), 12);
            QCOMPARE(months.constFirst().toDouble(), 3.5);
            QCOMPARE(months.constLast().toDouble(), 14.5);
        }
        QCOMPARE(measured, 1);
    }

    void pasteReadsTheLocalesDates()
    {
        const MeasurementPaste us{QLocale(QLocale::English, QLocale::UnitedStates)};
        QCOMPARE(us.date(QStringLiteral("2025-01-31")), QDate(2025, 1, 31));
        QCOMPARE(us.date(QStringLiteral("1/31/25")), QDate(2025, 1, 31));
        const MeasurementPaste de{QLocale(QLocale::German, QLocale::Germany)};
        QCOMPARE(de.date(QStringLiteral("31.01.25")), QDate(2025, 1, 31));
        QCOMPARE(de.value(QStringLiteral("4,5")), std::optional<double>(4.5));
        QCOMPARE(us.value(QStringLiteral("4.5")), std::optional<double>(4.5));
        QVERIFY(!us.value(QStringLiteral("four")));
    }
};

QTEST_MAIN(TestMetricsModels)
#include "tst_metricsmodels.moc"

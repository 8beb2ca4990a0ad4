// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticworkspace.h"

#include "journeycanvas.h"
#include "workshop/presentationcontroller.h"
#include "workshop/presentationlayout.h"
#include "workshop/presentcardmodel.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

// Presentation mode's controller without QML: where the room is, what the spotlight holds,
// the walk through the moments that matter, and that it follows the canvas's document.
class TestPresentationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<JourneyCanvas> m_canvas;
    std::unique_ptr<PresentationController> m_present;

    void open(const QString &source)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.cxatlas").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(QFile::copy(source, path));
        m_workspace = std::make_unique<WorkspaceController>();
        QVERIFY(m_workspace->open(path));
        m_canvas = std::make_unique<JourneyCanvas>();
        m_canvas->setWorkspace(m_workspace.get());
        m_present = std::make_unique<PresentationController>();
        new QAbstractItemModelTester(m_present->cards(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_present.get());
        m_present->setCanvas(m_canvas.get());
    }
    void showJourney(const QString &title)
    {
        for (const QVariant &j : m_canvas->journeys()) {
            if (j.toMap().value(QStringLiteral("title")).toString() == title)
                m_canvas->setJourney(j.toMap().value(QStringLiteral("uid")).toString());
        }
        QCOMPARE(m_canvas->journeyTitle(), title);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentationcontroller"));
        QSettings().clear();
        qunsetenv("CX_REDUCED_MOTION");
    }

    void stepsAndClamps()
    {
        open(QStringLiteral(CX_EXAMPLE));
        showJourney(QStringLiteral("Open a current account"));
        QCOMPARE(m_present->stageCount(), 7);
        QCOMPARE(m_present->stageTitle(), QStringLiteral("Discover"));
        QSignalSpy moved(m_present.get(), &PresentationController::positionChanged);
        m_present->previous(); // already at the first stage
        QCOMPARE(moved.count(), 0);
        m_present->next();
        QCOMPARE(m_present->stageTitle(), QStringLiteral("Compare"));
        QCOMPARE(m_present->nextStageTitle(), QStringLiteral("Apply"));
        QCOMPARE(m_present->cameraX(), PresentationLayout::cameraX(1));
        m_present->last();
        QCOMPARE(m_present->stageIndex(), 6);
        QCOMPARE(m_present->nextStageTitle(), QString());
        m_present->jumpTo(8); // no stage 8: nothing
        QCOMPARE(m_present->stageIndex(), 6);
        m_present->jumpTo(4);
        QCOMPARE(m_present->stageTitle(), QStringLiteral("Verify identity"));
        QVERIFY(!m_present->stageNotes().isEmpty());
        const QVariantList moments = m_present->stageMoments();
        QCOMPARE(moments.size(), 4);
        QCOMPARE(moments.first().toMap().value(QStringLiteral("evidenceText")).toString(), QStringLiteral("Research-based"));
        m_present->first();
        QCOMPARE(m_present->stageIndex(), 0);
    }

    void spotlightHoldsTheStagesCards()
    {
        open(QStringLiteral(CX_EXAMPLE));
        showJourney(QStringLiteral("Open a current account"));
        // Every moment of the journey fits its stage's column: none is counted as overflow.
        QCOMPARE(m_present->cards()->rowCount(), m_canvas->momentCount());
        for (const QVariant &c : m_present->columns())
            QCOMPARE(c.toMap().value(QStringLiteral("overflow")).toInt(), 0);
        // Each card lies inside its column and above the curves, at the reference size.
        const QVariantList columns = m_present->columns();
        for (int i = 0; i < m_present->cards()->rowCount(); ++i) {
            const QModelIndex index = m_present->cards()->index(i, 0);
            const int column = index.data(PresentCardModel::ColumnRole).toInt();
            const double x = index.data(PresentCardModel::XRole).toDouble();
            const double y = index.data(PresentCardModel::YRole).toDouble();
            const double left = columns.at(column).toMap().value(QStringLiteral("x")).toDouble();
            QVERIFY(x >= left && x + index.data(PresentCardModel::WidthRole).toDouble() <= left + PresentationLayout::columnWidth);
            QVERIFY(y + index.data(PresentCardModel::HeightRole).toDouble() <= PresentationLayout::bodyBottom);
        }
        // The curves: the journey's and one per persona, each a path across the strip.
        QCOMPARE(m_present->curves().size(), 3);
        for (const QVariant &c : m_present->curves())
            QVERIFY(c.toMap().value(QStringLiteral("path")).toString().startsWith(u'M'));
    }

    void walksTheMomentsThatMatter()
    {
        open(QStringLiteral(CX_EXAMPLE));
        showJourney(QStringLiteral("Open a current account"));
        QCOMPARE(m_present->mattersCount(), 4);
        m_present->jumpTo(5); // Fund account: the walk starts at its moment that matters
        m_present->setMattersWalk(true);
        const QVariantMap first = m_present->matters().at(m_present->mattersIndex()).toMap();
        QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("Fund account"));
        m_present->next();
        QCOMPARE(m_present->stageTitle(), QStringLiteral("First use")); // the stage follows
        m_present->first();
        const QVariantMap verify = m_present->matters().at(0).toMap();
        QCOMPARE(verify.value(QStringLiteral("title")).toString(), QStringLiteral("Verify identity with passport photo and selfie"));
        // What it uses, by kind in the architecture's order, and what measures it
        QStringList headings;
        for (const QVariant &g : verify.value(QStringLiteral("links")).toList())
            headings.append(g.toMap().value(QStringLiteral("heading")).toString());
        QCOMPARE(headings, (QStringList{QStringLiteral("Experiences"), QStringLiteral("Services"),
                                        QStringLiteral("Systems"), QStringLiteral("Metrics")}));
        // The overview and the walk exclude each other
        m_present->setOverview(true);
        QVERIFY(!m_present->mattersWalk());
        m_present->setMattersWalk(true);
        QVERIFY(!m_present->overview());
    }

    void followsTheDocument()
    {
        open(QStringLiteral(CX_EXAMPLE));
        showJourney(QStringLiteral("Open a current account"));
        m_present->jumpTo(3);
        QSignalSpy changed(m_present.get(), &PresentationController::contentChanged);
        // A stage renamed in the main window: the projector's title follows, and it stays on it
        const QString stage = m_present->columns().at(2).toMap().value(QStringLiteral("uid")).toString();
        QVERIFY(m_canvas->renameBand(stage, QStringLiteral("Apply online")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_present->stageTitle(), QStringLiteral("Apply online"));
        QCOMPARE(m_present->stageIndex(), 2);
        // Undo comes back the same way
        m_workspace->undo();
        QCOMPARE(m_present->stageTitle(), QStringLiteral("Apply"));
        // A persona's curve hidden in the legend is hidden on the projector
        const QString persona = m_present->curves().at(1).toMap().value(QStringLiteral("uid")).toString();
        m_canvas->setCurveShown(persona, false);
        QVERIFY(!m_present->curves().at(1).toMap().value(QStringLiteral("shown")).toBool());
    }

    void largeJourneyCountsWhatDoesNotFit()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.cxatlas"));
        bench::SyntheticOptions options;
        options.moments = 10000;
        const auto data = bench::SyntheticWorkspace::generate(options);
        QVERIFY(bench::writeWorkspaceFile(path, data.allNodes(), data.allLinks()));
        open(path);
        int shown = m_present->cards()->rowCount();
        int overflow = 0;
        for (const QVariant &c : m_present->columns())
            overflow += c.toMap().value(QStringLiteral("overflow")).toInt();
        QCOMPARE(shown + overflow, m_canvas->momentCount());
        QVERIFY2(shown < 200, qPrintable(QString::number(shown))); // a screenful per stage, not thousands
    }

    void remembersItsChoices()
    {
        {
            PresentationController present;
            present.setTheme(QStringLiteral("light"));
            present.setScreenName(QStringLiteral("HDMI-1"));
            present.setMotion(QStringLiteral("reduced"));
            QVERIFY(present.reducedMotion());
            QCOMPARE(present.cameraMs(), 0);
        }
        PresentationController again;
        QCOMPARE(again.theme(), QStringLiteral("light"));
        QCOMPARE(again.screenName(), QStringLiteral("HDMI-1"));
        QCOMPARE(again.motion(), QStringLiteral("reduced"));
        again.setMotion(QStringLiteral("full"));
        QCOMPARE(again.cameraMs(), PresentationController::cameraDurationMs);
    }
};

QTEST_MAIN(TestPresentationController)
#include "tst_presentationcontroller.moc"

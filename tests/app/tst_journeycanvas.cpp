// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"
#include "syntheticworkspace.h"

#include "journeycanvas.h"
#include "momentclipboard.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestJourneyCanvas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Samples s;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<JourneyCanvas> m_canvas;
    QList<QAbstractItemModelTester *> m_testers;

    Document &doc() { return *m_workspace->document(); }
    QString id(const Uid &uid) { return uidText(uid); }
    QVariant cardData(const Uid &uid, int role)
    {
        auto *cards = static_cast<CardListModel *>(m_canvas->cards());
        return cards->index(cards->indexOf(uid)).data(role);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString path;
        {
            auto d = sampleDocument(m_dir, s, QStringLiteral("c%1.cxatlas").arg(QRandomGenerator::global()->generate()));
            QVERIFY(d);
            path = d->path();
        }
        m_workspace = std::make_unique<WorkspaceController>();
        QVERIFY(m_workspace->open(path));
        m_canvas = std::make_unique<JourneyCanvas>();
        for (QAbstractItemModel *model : {m_canvas->stages(), m_canvas->lanes(), m_canvas->cards(),
                                          static_cast<QAbstractItemModel *>(m_canvas->visibleCards()), m_canvas->curves()})
            m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_canvas.get()));
        m_canvas->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_testers.clear();
        m_canvas.reset();
        m_workspace.reset();
    }

    void showsTheFirstCurrentJourney()
    {
        QCOMPARE(m_canvas->journey(), id(s.journey.uid));
        QCOMPARE(m_canvas->journeyTitle(), s.journey.title);
        QCOMPARE(m_canvas->stages()->rowCount(), 2);
        QCOMPARE(m_canvas->lanes()->rowCount(), 2);
        QCOMPARE(m_canvas->cards()->rowCount(), 3);
        QCOMPARE(m_canvas->curves()->rowCount(), 3);
        QCOMPARE(m_canvas->contentWidth(), 784.5);
        QCOMPARE(m_canvas->visibilityLine(), 400.0);
        QCOMPARE(cardData(s.fillForm.uid, CardListModel::YRole).toDouble(), 230.0);
        QCOMPARE(cardData(s.verify.uid, CardListModel::OpensJourneyRole).toString(), id(s.detailJourney.uid));
        QCOMPARE(cardData(s.verify.uid, CardListModel::VotesRole).toInt(), 3);
        QCOMPARE(m_canvas->journeys().size(), 2);
        QCOMPARE(m_canvas->personas(), (QStringList{s.persona.title, s.otherPersona.title}));
    }

    void selecting()
    {
        QSignalSpy changed(m_canvas->cards(), &QAbstractItemModel::dataChanged);
        m_canvas->select(id(s.seeAd.uid));
        QCOMPARE(m_canvas->selection(), QStringList{id(s.seeAd.uid)});
        QVERIFY(cardData(s.seeAd.uid, CardListModel::SelectedRole).toBool());
        QCOMPARE(changed.count(), 1); // one row
        m_canvas->select(id(s.verify.uid), QStringLiteral("extend"));
        QCOMPARE(m_canvas->selection().size(), 3);
        QCOMPARE(m_canvas->current(), id(s.seeAd.uid)); // the anchor stays
        m_canvas->select(id(s.fillForm.uid), QStringLiteral("extend"));
        QCOMPARE(m_canvas->selection().size(), 2);
        m_canvas->select(id(s.verify.uid), QStringLiteral("replace"));
        m_canvas->select(id(s.fillForm.uid), QStringLiteral("toggle"));
        m_canvas->select(id(s.seeAd.uid), QStringLiteral("toggle"));
        QCOMPARE(m_canvas->selection(), (QStringList{id(s.seeAd.uid), id(s.fillForm.uid), id(s.verify.uid)}));
        m_canvas->select(id(s.fillForm.uid), QStringLiteral("toggle"));
        QCOMPARE(m_canvas->selection(), (QStringList{id(s.seeAd.uid), id(s.verify.uid)}));
        m_canvas->selectRect(QRectF(430, 330, 50, 20), false);
        QCOMPARE(m_canvas->selection(), QStringList{id(s.verify.uid)});
        m_canvas->selectNeighbour(QStringLiteral("up"));
        QCOMPARE(m_canvas->current(), id(s.fillForm.uid));
        m_canvas->selectNeighbour(QStringLiteral("left"));
        QCOMPARE(m_canvas->current(), id(s.seeAd.uid));
        QCOMPARE(m_canvas->find(QStringLiteral("FORM")), 1);
        QCOMPARE(m_canvas->current(), id(s.fillForm.uid));
        m_canvas->selectAll();
        QCOMPARE(m_canvas->selection().size(), 3);
        m_canvas->clearSelection();
        QVERIFY(m_canvas->selection().isEmpty());
    }

    void creatingAndEditingMoments()
    {
        QSignalSpy inserted(m_canvas->cards(), &QAbstractItemModel::rowsInserted);
        // A double-click between the two cards of Apply/Steps puts the new one there.
        QVERIFY(m_canvas->addMomentAt(500, 320));
        QCOMPARE(inserted.count(), 1);
        const QString added = m_canvas->current();
        QCOMPARE(doc().workspace().moments.value(uidFromText(added)).position, 1);
        QCOMPARE(doc().workspace().moments.value(s.verify.uid).position, 2);
        QVERIFY(m_canvas->setMomentField(added, QStringLiteral("title"), QStringLiteral("Reads the terms")));
        QVERIFY(m_canvas->setMomentField(added, QStringLiteral("tags"), QStringList{QStringLiteral("legal"), QStringLiteral(" legal "), QString()}));
        QCOMPARE(doc().workspace().moments.value(uidFromText(added)).tags, QStringList{QStringLiteral("legal")});
        QCOMPARE(m_canvas->moment(added).value(QStringLiteral("title")).toString(), QStringLiteral("Reads the terms"));
        QVERIFY(!m_canvas->setMomentField(added, QStringLiteral("importance"), 9)); // refused by the rules
        // Each edit is one step; undoing all of them restores the map.
        QCOMPARE(doc().undoStack()->count(), 3);
        doc().undoStack()->setIndex(0);
        QCOMPARE(m_canvas->cards()->rowCount(), 3);
        QCOMPARE(cardData(s.verify.uid, CardListModel::YRole).toDouble(), 314.0);
    }

    void draggingTheCurveIsOneStep()
    {
        for (int score : {2, 1, 0, -1})
            QVERIFY(m_canvas->setEmotion(id(s.seeAd.uid), QString(), score, true));
        QCOMPARE(doc().undoStack()->count(), 1);
        QCOMPARE(*doc().workspace().moments.value(s.seeAd.uid).emotion, -1);
        QVERIFY(m_canvas->setEmotion(id(s.fillForm.uid), id(s.persona.uid), 2, false));
        QCOMPARE(doc().workspace().moments.value(s.fillForm.uid).emotions.size(), 1);
        doc().undoStack()->undo();
        doc().undoStack()->undo();
        QCOMPARE(*doc().workspace().moments.value(s.seeAd.uid).emotion, 1);
    }

    void movingDuplicatingDeleting()
    {
        m_canvas->select(id(s.seeAd.uid));
        QVERIFY(m_canvas->moveSelection(id(s.apply.uid), id(s.backstage.uid), 0));
        QCOMPARE(doc().workspace().moments.value(s.seeAd.uid).lane, s.backstage.uid);
        QVERIFY(m_canvas->duplicateSelection());
        QCOMPARE(m_canvas->cards()->rowCount(), 4);
        QCOMPARE(doc().workspace().momentsIn(s.apply.uid, s.backstage.uid).size(), 2);
        QVERIFY(m_canvas->deleteSelection()); // the copy, now selected
        QCOMPARE(m_canvas->cards()->rowCount(), 3);
        QCOMPARE(doc().undoStack()->undoText(), QStringLiteral("Delete moment “Sees an ad”"));
    }

    void movingByKeyboard()
    {
        // Alt+arrows: the selected card to the end of the cell beside it, one undo step each.
        m_canvas->select(id(s.seeAd.uid));
        QVERIFY(!m_canvas->moveSelectionBy(QStringLiteral("left"))); // the first stage
        QVERIFY(!m_canvas->moveSelectionBy(QStringLiteral("up")));   // the first lane
        const int steps = doc().undoStack()->count();
        QVERIFY(m_canvas->moveSelectionBy(QStringLiteral("right")));
        const Moment moved = doc().workspace().moments.value(s.seeAd.uid);
        QCOMPARE(moved.stage, s.apply.uid);
        QCOMPARE(moved.lane, s.steps.uid);
        QCOMPARE(moved.position, 2); // after the two cards already there
        QVERIFY(m_canvas->moveSelectionBy(QStringLiteral("down")));
        QCOMPARE(doc().workspace().moments.value(s.seeAd.uid).lane, s.backstage.uid);
        QVERIFY(!m_canvas->moveSelectionBy(QStringLiteral("down"))); // the last lane
        QCOMPARE(doc().undoStack()->count(), steps + 2);
        QCOMPARE(cardData(s.seeAd.uid, CardListModel::StageRole).toString(), s.apply.title);
        QCOMPARE(cardData(s.seeAd.uid, CardListModel::LaneRole).toString(), s.backstage.title);
        doc().undoStack()->undo();
        doc().undoStack()->undo();
        QCOMPARE(doc().workspace().moments.value(s.seeAd.uid).stage, s.discover.uid);
        QCOMPARE(doc().workspace().moments.value(s.seeAd.uid).lane, s.steps.uid);
        m_canvas->clearSelection();
        QVERIFY(!m_canvas->moveSelectionBy(QStringLiteral("right"))); // nothing selected
    }

    void copyAndPaste()
    {
        m_canvas->select(id(s.fillForm.uid));
        m_canvas->select(id(s.verify.uid), QStringLiteral("toggle"));
        QVERIFY(m_canvas->copySelection());
        QVERIFY(m_canvas->canPaste());
        m_canvas->select(id(s.seeAd.uid));
        QVERIFY(m_canvas->paste());
        const QList<Moment> cell = doc().workspace().momentsIn(s.discover.uid, s.steps.uid);
        QCOMPARE(cell.size(), 3);
        QCOMPARE(cell[1].title, s.fillForm.title);
        QCOMPARE(cell[2].title, s.verify.title);
        QVERIFY(cell[1].mattersMost);
        QCOMPARE(doc().undoStack()->count(), 1);

        // Plain text pastes one card a line.
        QGuiApplication::clipboard()->setText(QStringLiteral("Calls the bank\n\n  Waits on hold  \n"));
        QVERIFY(m_canvas->paste());
        QCOMPARE(doc().workspace().momentsIn(s.discover.uid, s.steps.uid).size(), 5);

        // Damaged clipboard data is refused with a message and changes nothing.
        auto *bad = new QMimeData;
        bad->setData(MomentClipboard::mimeType(), "{not json");
        QGuiApplication::clipboard()->setMimeData(bad);
        QSignalSpy failed(&doc(), &Document::editFailed);
        QVERIFY(!m_canvas->paste());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("cannot be read")));
        QCOMPARE(doc().undoStack()->count(), 2);
    }

    void stagesAndLanes()
    {
        const QString stage = m_canvas->addStage(QStringLiteral("Aware"), 0);
        QVERIFY(!stage.isEmpty());
        QCOMPARE(m_canvas->stages()->rowCount(), 3);
        QCOMPARE(m_canvas->layout().columns.constFirst().stage, uidFromText(stage));
        for (qreal width : {300, 320, 340})
            QVERIFY(m_canvas->resizeBand(stage, width, true));
        QCOMPARE(m_canvas->layout().columns.constFirst().header.width(), 340.0);
        QVERIFY(m_canvas->renameBand(stage, QStringLiteral("Become aware")));
        QVERIFY(m_canvas->moveBand(stage, 2));
        QCOMPARE(m_canvas->layout().columns.constLast().stage, uidFromText(stage));
        const QString lane = m_canvas->addLane(QStringLiteral("Feelings"), QStringLiteral("emotions"), 1);
        QVERIFY(!lane.isEmpty());
        QCOMPARE(m_canvas->layout().rows[1].kind, LaneKind::Emotions);
        QVERIFY(m_canvas->setLaneKind(lane, QStringLiteral("thoughts")));
        QVERIFY(m_canvas->deleteBand(id(s.apply.uid)));
        QCOMPARE(m_canvas->cards()->rowCount(), 1);
        // add, resize (one step), rename, move, add lane, change kind, delete
        QCOMPARE(doc().undoStack()->count(), 7);
        doc().undoStack()->setIndex(0);
        QCOMPARE(m_canvas->stages()->rowCount(), 2);
        QCOMPARE(m_canvas->cards()->rowCount(), 3);
    }

    void personaFilterHidesACurve()
    {
        m_canvas->setCurveShown(id(s.persona.uid), false);
        auto *curves = m_canvas->curves();
        int shown = 0;
        for (int i = 0; i < curves->rowCount(); ++i)
            shown += curves->index(i, 0).data(CurveListModel::ShownRole).toBool() ? 1 : 0;
        QCOMPARE(shown, 2);
    }

    void onlyCardsNearTheViewportAreListed()
    {
        // Given a journey of 10,000 moments
        const QString path = m_dir.filePath(QStringLiteral("big.cxatlas"));
        bench::SyntheticOptions options;
        options.moments = 10000;
        const auto big = bench::SyntheticWorkspace::generate(options);
        QVERIFY(bench::writeWorkspaceFile(path, big.allNodes(), big.allLinks()));
        QVERIFY(m_workspace->open(path));
        QCOMPARE(m_canvas->cards()->rowCount(), 10000);
        // When the viewport moves across the whole map, the visible rows stay few
        int most = 0;
        for (qreal x = 0; x < m_canvas->contentWidth(); x += 500) {
            for (qreal y = 0; y < m_canvas->contentHeight(); y += 5000) {
                m_canvas->visibleCards()->setViewport(QRectF(x, y, 1600, 1000));
                most = std::max(most, m_canvas->visibleCards()->rowCount());
            }
        }
        QVERIFY2(most > 0 && most < 400, qPrintable(QString::number(most)));
        // And with over a thousand moments a stage, no stage has room for one handle per
        // point: the curves show no handles, rather than thousands of overlapping ones
        m_canvas->visiblePoints()->setViewport(QRectF(0, 0, m_canvas->contentWidth(), m_canvas->contentHeight()));
        QCOMPARE(m_canvas->visiblePoints()->rowCount(), 0);
        QVERIFY(m_canvas->curves()->rowCount() > 0);
    }
};

QTEST_MAIN(TestJourneyCanvas)
#include "tst_journeycanvas.moc"

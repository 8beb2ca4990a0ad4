// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace cx;
using namespace cx::test;

namespace {

struct Edit {
    const char *name;
    std::function<Result(Document &, const Samples &)> run;
};

Moment newMoment(const Samples &s, const QString &title, int position)
{
    Moment m;
    m.title = title;
    m.journey = s.journey.uid;
    m.stage = s.discover.uid;
    m.lane = s.backstage.uid;
    m.position = position;
    return m;
}

const QList<Edit> &edits()
{
    static const QList<Edit> list{
        {"add persona", [](Document &d, const Samples &) {
             Persona p;
             p.title = QStringLiteral("Small-business owner");
             p.goals = {QStringLiteral("Get paid")};
             p.evidence = {{QStringLiteral("Interviews"), EvidenceKind::Interview, QDate(2025, 5, 1), {}}};
             return d.add(p);
         }},
        {"add journey with stages, lanes and moments", [](Document &d, const Samples &) {
             Journey j;
             j.uid = newUid();
             j.title = QStringLiteral("Get help");
             Stage s;
             s.uid = newUid();
             s.journey = j.uid;
             s.title = QStringLiteral("Notice problem");
             Lane l;
             l.uid = newUid();
             l.journey = j.uid;
             l.kind = LaneKind::PainPoints;
             Moment m;
             m.journey = j.uid;
             m.stage = s.uid;
             m.lane = l.uid;
             m.title = QStringLiteral("Card declined");
             m.mattersMost = true;
             return d.add({m, l, s, j}, QString()); // any order: parents go first
         }},
        {"edit moment title", [](Document &d, const Samples &s) {
             Moment m = d.workspace().moments.value(s.seeAd.uid);
             m.title = QStringLiteral("Sees a poster");
             return d.update(m);
         }},
        {"edit every persona list", [](Document &d, const Samples &s) {
             Persona p = d.workspace().personas.value(s.persona.uid);
             p.goals.append(QStringLiteral("Save"));
             p.needs.clear();
             p.frustrations.move(0, 1);
             p.evidence.removeFirst();
             p.revisions.append({newUid(), fileTimestamp(), QStringLiteral("Drift"), QStringLiteral("New data"), QByteArray("{}")});
             p.photo.clear();
             p.status = PersonaStatus::Hypothesis;
             return d.update(p);
         }},
        {"edit metric measurements and target", [](Document &d, const Samples &s) {
             Metric m = d.workspace().metrics.value(s.nps.uid);
             m.target.reset();
             m.measurements.append({QDate(2025, 3, 31), 35, QStringLiteral("after fix")});
             return d.update(m);
         }},
        {"delete a moment (its cell renumbers)", [](Document &d, const Samples &s) { return d.remove({s.fillForm.uid}); }},
        {"delete a stage (its moments, votes, links go)", [](Document &d, const Samples &s) { return d.remove({s.apply.uid}); }},
        {"delete a journey (everything in it goes)", [](Document &d, const Samples &s) { return d.remove({s.journey.uid}); }},
        {"delete a persona (its emotion scores go)", [](Document &d, const Samples &s) { return d.remove({s.persona.uid}); }},
        {"delete an element (its links go)", [](Document &d, const Samples &s) { return d.remove({s.system.uid}); }},
        {"delete several of different kinds", [](Document &d, const Samples &s) { return d.remove({s.story.uid, s.seeAd.uid, s.nps.uid, s.vote.uid}); }},
        {"move a moment within its cell", [](Document &d, const Samples &s) { return d.moveMoments({s.verify.uid}, s.apply.uid, s.steps.uid, 0); }},
        {"move moments across cells", [](Document &d, const Samples &s) { return d.moveMoments({s.verify.uid, s.seeAd.uid}, s.discover.uid, s.backstage.uid, 0); }},
        {"reorder a stage", [](Document &d, const Samples &s) { return d.reorder(s.apply.uid, 0); }},
        {"reorder a lane", [](Document &d, const Samples &s) { return d.reorder(s.steps.uid, 5); }},
        {"link", [](Document &d, const Samples &s) { return d.link({s.insight.uid, Relation::Explains, s.seeAd.uid}); }},
        {"unlink", [](Document &d, const Samples &s) { return d.unlink({s.effort.uid, Relation::Drives, s.nps.uid}); }},
        {"add a vote", [](Document &d, const Samples &s) { return d.add(Vote{{}, s.round.uid, s.seeAd.uid, QStringLiteral("Tom (Service)"), 2, {}}); }},
        {"insert moments in the middle of a cell", [](Document &d, const Samples &s) {
             Moment a, b;
             a.title = QStringLiteral("Inserted A");
             b.title = QStringLiteral("Inserted B");
             const Result r = d.insertMoments({a, b}, s.apply.uid, s.steps.uid, 1);
             if (r) {
                 const QList<Moment> cell = d.workspace().momentsIn(s.apply.uid, s.steps.uid);
                 if (cell.size() != 4 || cell[1].title != a.title || cell[2].title != b.title || cell[3].uid != s.verify.uid)
                     return Result::failure(ErrorCode::Internal, QStringLiteral("wrong order"));
             }
             return r;
         }},
        {"insert a stage before the others", [](Document &d, const Samples &s) {
             Stage st;
             st.journey = s.journey.uid;
             st.title = QStringLiteral("Aware");
             const Result r = d.insertBand(st, 0);
             if (r && d.workspace().stagesOf(s.journey.uid).constFirst().title != st.title)
                 return Result::failure(ErrorCode::Internal, QStringLiteral("not first"));
             return r;
         }},
        {"add many moments in one command", [](Document &d, const Samples &s) {
             QList<Node> nodes;
             for (int i = 0; i < 50; ++i)
                 nodes.append(newMoment(s, QStringLiteral("Batch %1").arg(i), i));
             return d.add(nodes, QString());
         }},
    };
    return list;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void redoUndoRedoRestoresExactState_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < edits().size(); ++i)
            QTest::newRow(edits()[i].name) << i;
    }

    void redoUndoRedoRestoresExactState()
    {
        QFETCH(int, index);
        // Given the sample workspace
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QVERIFY(document);
        const QString dumpBefore = fileDump(*document);
        const Workspace before = document->workspace();

        // When the edit is made, it is one undo step, in memory and in the file
        const Result r = edits()[index].run(*document, samples);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(!document->undoStack()->undoText().isEmpty());
        const QString dumpAfter = fileDump(*document);
        const Workspace after = document->workspace();
        QVERIFY(after != before);
        QVERIFY(dumpAfter != dumpBefore);
        QCOMPARE(reload(document->path()), after);

        // Then undo restores exactly what was there, and redo exactly what the edit made
        document->undoStack()->undo();
        QCOMPARE(fileDump(*document), dumpBefore);
        QVERIFY(document->workspace() == before);
        QCOMPARE(reload(document->path()), before);
        document->undoStack()->redo();
        QCOMPARE(fileDump(*document), dumpAfter);
        QVERIFY(document->workspace() == after);
    }

    void positionsStayDense()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        QVERIFY(document->remove({s.fillForm.uid}));
        QCOMPARE(document->workspace().moments.value(s.verify.uid).position, 0);
        QVERIFY(document->remove({s.discover.uid}));
        QCOMPARE(document->workspace().stages.value(s.apply.uid).position, 0);
        QVERIFY(document->moveMoments({s.verify.uid}, s.apply.uid, s.backstage.uid, 99));
        QCOMPARE(document->workspace().moments.value(s.verify.uid).lane, s.backstage.uid);
        QCOMPARE(document->workspace().moments.value(s.verify.uid).position, 0);
    }

    void signalsNameWhatChanged()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        QSignalSpy changed(document.get(), &Document::nodeChanged);
        QSignalSpy aboutToRemove(document.get(), &Document::nodeAboutToBeRemoved);
        QSignalSpy removed(document.get(), &Document::nodeRemoved);
        QSignalSpy added(document.get(), &Document::nodeAdded);
        QSignalSpy linkRemoved(document.get(), &Document::linkRemoved);
        QSignalSpy done(document.get(), &Document::changed);

        Moment m = document->workspace().moments.value(s.seeAd.uid);
        m.title = QStringLiteral("Sees a poster");
        QVERIFY(document->update(m));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Uid>(), s.seeAd.uid);
        const auto fields = changed.at(0).at(2).value<Fields>();
        QVERIFY(hasField(fields, Field::Title));
        QVERIFY(hasField(fields, Field::Modified));
        QVERIFY(!hasField(fields, Field::Emotion));
        QCOMPARE(done.count(), 1);

        // Removing a moment: it goes with its links, its cell-mate is renumbered.
        changed.clear();
        QVERIFY(document->remove({s.fillForm.uid}));
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).value<NodeKind>(), NodeKind::Moment);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Uid>(), s.verify.uid);
        QCOMPARE(changed.at(0).at(2).value<Fields>(), fieldBit(Field::Position));

        document->undoStack()->undo();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<Uid>(), s.fillForm.uid);
        QCOMPARE(document->undoStack()->redoText(), QStringLiteral("Delete moment “Fills in the form”"));
        QCOMPARE(linkRemoved.count(), 0);
    }

    void successiveEditsWithOneKeyMerge()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        const Workspace before = document->workspace();
        const QString dumpBefore = fileDump(*document);
        // A drag of the emotion point: many updates, one undo step.
        for (int score : {1, 0, -1, -2}) {
            Moment m = document->workspace().moments.value(s.seeAd.uid);
            m.emotion = score;
            QVERIFY(document->update(m, QStringLiteral("drag-emotion")));
        }
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(*document->workspace().moments.value(s.seeAd.uid).emotion, -2);
        document->undoStack()->undo();
        QVERIFY(document->workspace() == before);
        QCOMPARE(fileDump(*document), dumpBefore);
        document->undoStack()->redo();
        QCOMPARE(*document->workspace().moments.value(s.seeAd.uid).emotion, -2);

        // Another key starts a new step.
        Moment m = document->workspace().moments.value(s.seeAd.uid);
        m.title = QStringLiteral("Retitled");
        QVERIFY(document->update(m, QStringLiteral("title")));
        QCOMPARE(document->undoStack()->count(), 2);
    }

    void invalidEditsAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("emotion out of range") << 0 << QStringLiteral("between -2 and +2");
        QTest::newRow("self link") << 1 << QStringLiteral("cannot be linked to itself");
        QTest::newRow("wrong kinds") << 2 << QStringLiteral("A journey cannot be linked to a moment");
        QTest::newRow("duplicate link") << 3 << QStringLiteral("already linked");
        QTest::newRow("opens its own journey") << 4 << QStringLiteral("cannot open the journey it belongs to");
        QTest::newRow("moment in missing stage") << 5 << QStringLiteral("its stage is not a stage of its journey");
        QTest::newRow("unknown record") << 6 << QStringLiteral("There is no record");
        QTest::newRow("move to another journey") << 7 << QStringLiteral("stage and lane of one journey");
    }

    void invalidEditsAreRefusedWithAReason()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        const QString dumpBefore = fileDump(*document);
        QSignalSpy failed(document.get(), &Document::editFailed);
        Moment m = document->workspace().moments.value(s.seeAd.uid);
        Result r;
        switch (which) {
        case 0: m.emotion = 3; r = document->update(m); break;
        case 1: r = document->link({m.uid, Relation::Uses, m.uid}); break;
        case 2: r = document->link({s.journey.uid, Relation::Uses, m.uid}); break;
        case 3: r = document->link({s.persona.uid, Relation::Follows, s.journey.uid}); break;
        case 4: r = document->link({m.uid, Relation::OpensJourney, s.journey.uid}); break;
        case 5: m.stage = newUid(); r = document->update(m); break;
        case 6: r = document->remove({newUid()}); break;
        case 7: r = document->moveMoments({m.uid}, s.discover.uid, newUid(), 0); break;
        }
        QVERIFY(!r);
        QVERIFY2(r.message().contains(message), qPrintable(r.message()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(fileDump(*document), dumpBefore);
    }

    void aFailedWriteChangesNothing()
    {
        // Given a file that refuses writes (a trigger stands in for a full disk or an I/O error)
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        QVERIFY(document->file()->database().exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON node BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const Workspace before = document->workspace();
        const QString dumpBefore = fileDump(*document);
        QSignalSpy failed(document.get(), &Document::editFailed);
        // When an edit is made
        Moment m = before.moments.value(s.seeAd.uid);
        m.title = QStringLiteral("Never saved");
        const Result r = document->update(m);
        // Then it fails with the reason, and memory, file and undo stack are as they were
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("disk says no")), qPrintable(r.message()));
        QCOMPARE(failed.count(), 1);
        QVERIFY(document->workspace() == before);
        QCOMPARE(fileDump(*document), dumpBefore);
        QCOMPARE(document->undoStack()->count(), 0);

        // And an undo whose write fails leaves the edit in place and drops it from the stack.
        QVERIFY(document->file()->database().exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(document->update(m));
        const Workspace edited = document->workspace();
        QVERIFY(document->file()->database().exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON node BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        document->undoStack()->undo();
        QVERIFY(document->workspace() == edited);
        QCOMPARE(reload(document->path()), edited);
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void thousandRandomEditsUndoAndRedo()
    {
        // Given the sample workspace, and 1,000 random edits of every kind
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        QVERIFY(document->file()->database().exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
        const Workspace initial = document->workspace();
        const QString initialDump = fileDump(*document);
        QRandomGenerator random(20261123);
        auto pick = [&random](const auto &hash) {
            auto it = hash.cbegin();
            std::advance(it, random.bounded(int(hash.size())));
            return *it;
        };
        int made = 0;
        while (made < 1000) {
            const Workspace &w = document->workspace();
            const int steps = document->undoStack()->count();
            Result r = Result::failure(ErrorCode::Invalid, {});
            switch (random.bounded(10)) {
            case 0: case 1: {
                const Stage st = pick(w.stages);
                const Lane ln = pick(w.lanesOf(st.journey));
                Moment m;
                m.title = QStringLiteral("Random %1").arg(made);
                m.journey = st.journey; m.stage = st.uid; m.lane = ln.uid;
                m.position = int(w.momentsIn(st.uid, ln.uid).size());
                m.emotion = random.bounded(5) - 2;
                r = document->add(m);
                break;
            }
            case 2: case 3: {
                if (w.moments.isEmpty()) break;
                Moment m = pick(w.moments);
                m.title += u'!';
                m.importance = random.bounded(1, 6);
                m.mattersMost = !m.mattersMost;
                r = document->update(m);
                break;
            }
            case 4: {
                if (w.moments.isEmpty()) break;
                const Moment m = pick(w.moments);
                const Stage st = pick(w.stagesOf(m.journey));
                const Lane ln = pick(w.lanesOf(m.journey));
                r = document->moveMoments({m.uid}, st.uid, ln.uid, random.bounded(4));
                break;
            }
            case 5: {
                const Stage st = pick(w.stages);
                r = document->reorder(st.uid, random.bounded(3));
                break;
            }
            case 6: {
                if (w.moments.size() < 4) break;
                r = document->remove({pick(w.moments).uid});
                break;
            }
            case 7: {
                if (w.moments.isEmpty()) break;
                const Link l{pick(w.moments).uid, Relation::Uses, pick(w.elements).uid};
                r = w.links.contains(l) ? document->unlink(l) : document->link(l);
                break;
            }
            case 8: {
                Stage st;
                st.journey = s.journey.uid;
                st.title = QStringLiteral("Stage %1").arg(made);
                st.position = int(w.stagesOf(s.journey.uid).size());
                r = document->add(st);
                break;
            }
            case 9: {
                Persona p = pick(w.personas);
                p.goals.append(QStringLiteral("Goal %1").arg(made));
                r = document->update(p);
                break;
            }
            }
            // An edit that changes nothing (a stage moved to where it is) adds no step.
            QVERIFY2(r || r.message().isEmpty(), qPrintable(r.message()));
            if (document->undoStack()->count() > steps)
                ++made;
        }
        QCOMPARE(document->undoStack()->count(), 1000);
        const Workspace final = document->workspace();
        const QString finalDump = fileDump(*document);
        QCOMPARE(reload(document->path()), final);

        // When every edit is undone, then the workspace is the initial one, in memory and file
        document->undoStack()->setIndex(0);
        QCOMPARE(fileDump(*document), initialDump);
        QVERIFY(document->workspace() == initial);
        // And when every edit is redone, the final one
        document->undoStack()->setIndex(1000);
        QCOMPARE(fileDump(*document), finalDump);
        QVERIFY(document->workspace() == final);
        QCOMPARE(reload(document->path()), final);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/personaedits.h"
#include "model/personadiff.h"
#include "model/personapalette.h"
#include "model/personasnapshot.h"
#include "samples.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace cx;
using namespace cx::test;

namespace {

struct Edit {
    const char *name;
    std::function<Result(PersonaEdits &, const Samples &)> run;
};

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QList<Edit> &edits()
{
    static const QList<Edit> list{
        {"create", [](PersonaEdits &e, const Samples &) { return e.create(QStringLiteral("Saver")); }},
        {"duplicate", [](PersonaEdits &e, const Samples &s) { return e.duplicate(s.persona.uid); }},
        {"delete a persona linked to a journey", [](PersonaEdits &e, const Samples &s) { return e.remove(s.persona.uid); }},
        {"set need state", [](PersonaEdits &e, const Samples &s) { return e.setField(s.persona.uid, Field::NeedState, QStringLiteral("Wants to save")); }},
        {"set status", [](PersonaEdits &e, const Samples &s) { return e.setField(s.persona.uid, Field::Status, QStringLiteral("hypothesis")); }},
        {"set value tier", [](PersonaEdits &e, const Samples &s) { return e.setField(s.persona.uid, Field::ValueTier, QStringLiteral("top")); }},
        {"set colour", [](PersonaEdits &e, const Samples &s) { return e.setField(s.persona.uid, Field::Color, QStringLiteral("#E69F00")); }},
        {"add a goal", [](PersonaEdits &e, const Samples &s) { return e.addItem(s.persona.uid, PersonaList::Goals, QStringLiteral("Save"), 0); }},
        {"edit a frustration", [](PersonaEdits &e, const Samples &s) { return e.setItem(s.persona.uid, PersonaList::Frustrations, 1, QStringLiteral("Forms")); }},
        {"remove a channel", [](PersonaEdits &e, const Samples &s) { return e.removeItem(s.persona.uid, PersonaList::PreferredChannels, 0); }},
        {"reorder goals", [](PersonaEdits &e, const Samples &s) { return e.moveItem(s.persona.uid, PersonaList::Goals, 1, 0); }},
        {"add evidence", [](PersonaEdits &e, const Samples &s) { return e.addEvidence(s.persona.uid, {QStringLiteral("CRM"), EvidenceKind::Crm, QDate(2025, 6, 1), QStringLiteral("churn")}); }},
        {"edit evidence", [](PersonaEdits &e, const Samples &s) { return e.setEvidence(s.persona.uid, 1, {QStringLiteral("Web analytics"), EvidenceKind::Analytics, QDate(2025, 1, 2), {}}); }},
        {"remove evidence", [](PersonaEdits &e, const Samples &s) { return e.removeEvidence(s.persona.uid, 0); }},
        {"reorder evidence", [](PersonaEdits &e, const Samples &s) { return e.moveEvidence(s.persona.uid, 0, 1); }},
        {"set photo", [](PersonaEdits &e, const Samples &s) { return e.setPhoto(s.otherPersona.uid, pngBytes()); }},
        {"remove photo", [](PersonaEdits &e, const Samples &s) { return e.setPhoto(s.persona.uid, {}); }},
        {"record a revision", [](PersonaEdits &e, const Samples &s) { return e.recordRevision(s.persona.uid, QStringLiteral("Drift"), QStringLiteral("Q2 data")); }},
    };
    return list;
}

} // namespace

// The persona edits through the document: each one undo step, in memory and in the file.
class TestPersonas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachEditIsOneUndoableStep_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < edits().size(); ++i)
            QTest::newRow(edits()[i].name) << i;
    }

    void eachEditIsOneUndoableStep()
    {
        QFETCH(int, index);
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QVERIFY(document);
        const QString dumpBefore = fileDump(*document);
        const Workspace before = document->workspace();
        PersonaEdits personaEdits(*document);

        const Result r = edits()[index].run(personaEdits, samples);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(document->undoStack()->count(), 1);
        const Workspace after = document->workspace();
        QVERIFY(after != before);
        QCOMPARE(reload(document->path()), after);

        document->undoStack()->undo();
        QCOMPARE(fileDump(*document), dumpBefore);
        QVERIFY(document->workspace() == before);
        document->undoStack()->redo();
        QVERIFY(document->workspace() == after);
    }

    void deleteTakesLinksInTheSameStep()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        const Link follows{s.persona.uid, Relation::Follows, s.journey.uid};
        QVERIFY(document->workspace().links.contains(follows));
        PersonaEdits edits(*document);
        QVERIFY(edits.remove(s.persona.uid));
        QVERIFY(!document->workspace().links.contains(follows));
        QVERIFY(!document->workspace().personasOf(s.journey.uid).contains(s.persona.uid));
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QVERIFY(document->workspace().links.contains(follows));
        QCOMPARE(document->workspace().personas.value(s.persona.uid), s.persona);
    }

    // One colour per persona everywhere, from a palette for colour-vision deficiencies:
    // given ones kept, the others by creation order, new ones the first colour not yet used.
    void colours()
    {
        const QStringList palette = PersonaPalette::colors();
        QCOMPARE(palette.size(), 6);
        QCOMPARE(QSet<QString>(palette.cbegin(), palette.cend()).size(), palette.size());
        Workspace w;
        QList<Uid> order;
        for (int i = 0; i < 3; ++i) {
            Persona p;
            p.uid = newUid();
            p.created = QDateTime(QDate(2025, 1, 1 + i), QTime(9, 0), Qt::UTC);
            w.personas.insert(p.uid, p);
            order.append(p.uid);
        }
        QCOMPARE(PersonaPalette::colorOf(w, order[0]), palette[0]);
        QCOMPARE(PersonaPalette::colorOf(w, order[2]), palette[2]);
        w.personas[order[1]].color = QStringLiteral("#D55E00");
        QCOMPARE(PersonaPalette::colorOf(w, order[1]), QStringLiteral("#d55e00"));
        QCOMPARE(PersonaPalette::next(w), palette[1]); // orange is free again
        QCOMPARE(PersonaPalette::inkOn(palette[0]), QStringLiteral("#ffffff"));
        QCOMPARE(PersonaPalette::inkOn(palette[1]), QStringLiteral("#000000"));

        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        Uid created;
        QVERIFY(edits.create(QStringLiteral("Saver"), &created));
        const QString given = document->workspace().personas.value(created).color;
        QVERIFY(palette.contains(given));
        QVERIFY(given != PersonaPalette::colorOf(document->workspace(), s.persona.uid));
        QCOMPARE(reload(document->path()).personas.value(created).color, given);

        const Workspace before = document->workspace();
        const int steps = document->undoStack()->count();
        QVERIFY(!edits.setField(created, Field::Color, QStringLiteral("orange")));
        QVERIFY(!edits.setField(created, Field::Color, QStringLiteral("#12345")));
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(document->workspace() == before);
    }

    void duplicateHasItsOwnIds()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        Uid copy;
        QVERIFY(edits.duplicate(s.persona.uid, &copy));
        const Persona p = document->workspace().personas.value(copy);
        QCOMPARE(p.title, QStringLiteral("Busy switcher (copy)"));
        QCOMPARE(p.goals, s.persona.goals);
        QCOMPARE(p.photo, s.persona.photo);
        QCOMPARE(p.revisions.size(), s.persona.revisions.size());
        QVERIFY(p.revisions[0].uid != s.persona.revisions[0].uid);
        QCOMPARE(p.revisions[0].snapshot, s.persona.revisions[0].snapshot);
        QCOMPARE(reload(document->path()).personas.value(copy), p);
    }

    void typingMergesIntoOneStep()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        for (const QString &text : {QStringLiteral("W"), QStringLiteral("Wa"), QStringLiteral("Wan")})
            QVERIFY(edits.setField(s.persona.uid, Field::Quote, text));
        QCOMPARE(document->undoStack()->count(), 1);
        // Another field, or an item of a list, is its own step; each item's typing merges.
        QVERIFY(edits.setField(s.persona.uid, Field::NeedState, QStringLiteral("N")));
        QVERIFY(edits.setItem(s.persona.uid, PersonaList::Goals, 0, QStringLiteral("G")));
        QVERIFY(edits.setItem(s.persona.uid, PersonaList::Goals, 0, QStringLiteral("Go")));
        QCOMPARE(document->undoStack()->count(), 3);
        document->undoStack()->undo();
        QCOMPARE(document->workspace().personas.value(s.persona.uid).goals, s.persona.goals);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->workspace().personas.value(s.persona.uid).quote, s.persona.quote);
    }

    void badEditsChangeNothing()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        QSignalSpy failed(document.get(), &Document::editFailed);
        QVERIFY(!edits.setItem(s.persona.uid, PersonaList::Goals, 7, QStringLiteral("x")));
        QVERIFY(!edits.moveItem(s.persona.uid, PersonaList::Goals, 0, 5));
        QVERIFY(!edits.removeEvidence(s.persona.uid, -1));
        QVERIFY(!edits.setField(s.persona.uid, Field::Status, QStringLiteral("maybe")));
        QVERIFY(!edits.setField(newUid(), Field::Quote, QStringLiteral("x")));
        QVERIFY(!edits.recordRevision(s.persona.uid, QStringLiteral("  "), {}));
        QCOMPARE(failed.count(), 6);
        QVERIFY(failed.constLast().constFirst().toString().contains(QStringLiteral("Busy switcher")));
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(document->workspace().personas.value(s.persona.uid), s.persona);
    }

    void revisionRecordsAndRestores()
    {
        // Given a persona with a recorded revision, then edited further
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        Uid revision;
        QVERIFY(edits.recordRevision(s.persona.uid, QStringLiteral("Before Q2"), QStringLiteral("baseline"), &revision));
        QVERIFY(edits.setField(s.persona.uid, Field::Quote, QStringLiteral("Different now")));
        QVERIFY(edits.addItem(s.persona.uid, PersonaList::Goals, QStringLiteral("Save for a house")));
        QVERIFY(edits.setField(s.persona.uid, Field::Status, QStringLiteral("hypothesis")));
        const Persona edited = document->workspace().personas.value(s.persona.uid);
        QCOMPARE(edited.revisions.constLast().summary, QStringLiteral("Before Q2"));
        QCOMPARE(edited.revisions.constLast().reason, QStringLiteral("baseline"));
        QVERIFY(edited.revisions.constLast().recorded.isValid());

        // When it is restored, the fields come back and the revisions stay
        QVERIFY(edits.restoreRevision(s.persona.uid, revision));
        Persona restored = document->workspace().personas.value(s.persona.uid);
        QCOMPARE(restored.quote, s.persona.quote);
        QCOMPARE(restored.goals, s.persona.goals);
        QCOMPARE(restored.status, PersonaStatus::Validated);
        QCOMPARE(restored.photo, s.persona.photo);
        QCOMPARE(restored.evidence, s.persona.evidence);
        QCOMPARE(restored.revisions, edited.revisions);
        QCOMPARE(reload(document->path()).personas.value(s.persona.uid), restored);

        // Then undo of the restore gives the edited persona back
        document->undoStack()->undo();
        QCOMPARE(document->workspace().personas.value(s.persona.uid), edited);

        // A revision without a snapshot cannot be restored, and says so
        QVERIFY(!edits.restoreRevision(s.persona.uid, s.persona.revisions[1].uid));
        QCOMPARE(document->workspace().personas.value(s.persona.uid), edited);
    }

    void snapshotRoundTrips()
    {
        const Samples s;
        Persona blank;
        blank.uid = newUid();
        QVERIFY(PersonaSnapshot::read(PersonaSnapshot::write(s.persona), &blank));
        Persona expected = s.persona;
        expected.uid = blank.uid;
        expected.created = blank.created;
        expected.modified = blank.modified;
        expected.revisions = blank.revisions;
        // The colour is how the persona is drawn, not what research says of it: revisions
        // neither record nor restore it.
        expected.color = blank.color;
        QVERIFY(blank.color.isEmpty());
        QCOMPARE(blank, expected);
        QVERIFY(!PersonaSnapshot::read(QByteArrayLiteral("{not json"), &blank));
        QVERIFY(!PersonaSnapshot::read({}, &blank));
        QCOMPARE(blank, expected);
    }

    void diffMarksChangedFields()
    {
        const Samples s;
        Persona after = s.persona;
        after.quote = QStringLiteral("New quote");
        after.goals = {QStringLiteral("Switch in a lunch break"), QStringLiteral("Save")};
        after.status = PersonaStatus::Hypothesis;
        const QList<PersonaFieldDiff> diff = PersonaDiff::compare(s.persona, after);
        QCOMPARE(diff.size(), PersonaSnapshot::fieldOrder().size());
        QCOMPARE(PersonaDiff::changedCount(diff), 3);
        auto find = [&diff](Field f) {
            return *std::find_if(diff.cbegin(), diff.cend(), [f](const PersonaFieldDiff &d) { return d.field == f; });
        };
        QVERIFY(find(Field::Quote).changed);
        QVERIFY(!find(Field::NeedState).changed);
        const PersonaFieldDiff goals = find(Field::Goals);
        QCOMPARE(goals.onlyBefore, QStringList{QStringLiteral("Instant notifications")});
        QCOMPARE(goals.onlyAfter, QStringList{QStringLiteral("Save")});
        QCOMPARE(find(Field::Status).before, QStringList{QStringLiteral("Validated")});
        QCOMPARE(find(Field::Status).after, QStringList{QStringLiteral("Hypothesis")});
        QCOMPARE(find(Field::Evidence).before.constFirst(),
                 QStringLiteral("Switcher survey (survey, 2025-02-01): n=1,240"));
    }

    void photoAndRevisionsRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        QVERIFY(document);
        PersonaEdits edits(*document);
        const QByteArray png = pngBytes();
        QVERIFY(edits.setPhoto(s.otherPersona.uid, png));
        QVERIFY(edits.recordRevision(s.otherPersona.uid, QStringLiteral("Photo added"), QString()));
        const Workspace reloaded = reload(document->path());
        QCOMPARE(reloaded.personas.value(s.otherPersona.uid).photo, png);
        QCOMPARE(reloaded.personas.value(s.otherPersona.uid).revisions,
                 document->workspace().personas.value(s.otherPersona.uid).revisions);
        QCOMPARE(reloaded.personas.value(s.persona.uid).revisions, s.persona.revisions);
    }
};

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/personapalette.h"
#include "personas/personaeditor.h"
#include "personas/personagallery.h"
#include "samples.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

// The Personas view's models and controllers, without QML: what the gallery lists, in which
// order, and what the editor's calls do to the document.
class TestPersonaModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceController> openSample(QTemporaryDir &dir, const Samples &s)
    {
        QString path;
        {
            auto document = sampleDocument(dir, s);
            if (!document)
                return nullptr;
            path = document->path();
        }
        auto workspace = std::make_unique<WorkspaceController>();
        if (!workspace->open(path))
            return nullptr;
        return workspace;
    }
    static QStringList names(const QAbstractItemModel *model)
    {
        QStringList result;
        for (int i = 0; i < model->rowCount(); ++i)
            result.append(model->index(i, 0).data().toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gallerySortsFiltersAndFollowsTheDocument()
    {
        QTemporaryDir dir;
        const Samples s;
        auto workspace = openSample(dir, s);
        QVERIFY(workspace);
        PersonaGallery gallery;
        QAbstractItemModelTester sourceTester(gallery.source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(gallery.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        gallery.setWorkspace(workspace.get());
        PersonaFilterModel *model = gallery.model();
        QCOMPARE(gallery.total(), 2);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Busy switcher"), QStringLiteral("Cautious first-timer")}));

        // Sort: status puts hypotheses first, tier the most valuable first.
        model->setSortKey(QStringLiteral("status"));
        QCOMPARE(names(model).constFirst(), QStringLiteral("Cautious first-timer"));
        model->setSortKey(QStringLiteral("tier"));
        QCOMPARE(names(model).constFirst(), QStringLiteral("Busy switcher"));

        // Filter by text (name, need state, quote) and by status.
        model->setSortKey(QStringLiteral("name"));
        model->setFilterText(QStringLiteral("HASSLE"));
        QCOMPARE(names(model), QStringList{QStringLiteral("Busy switcher")});
        model->setFilterText({});
        model->setStatus(QStringLiteral("hypothesis"));
        QCOMPARE(names(model), QStringList{QStringLiteral("Cautious first-timer")});
        model->setStatus({});

        // Create, rename (the row changes in place and moves), duplicate, delete, undo.
        const QString created = gallery.create(QStringLiteral("Aardvark"));
        QVERIFY(!created.isEmpty());
        QCOMPARE(names(model).constFirst(), QStringLiteral("Aardvark"));
        const QString copy = gallery.duplicate(created);
        QCOMPARE(gallery.total(), 4);
        QVERIFY(names(model).contains(QStringLiteral("Aardvark (copy)")));
        model->setSortKey(QStringLiteral("updated"));
        QCOMPARE((QSet<QString>{model->uidAt(0), model->uidAt(1)}), (QSet<QString>{created, copy}));
        QVERIFY(gallery.remove(created));
        QCOMPARE(gallery.total(), 3);
        workspace->undo();
        QCOMPARE(gallery.total(), 4);
        const QModelIndex row = gallery.source()->index(gallery.source()->indexOf(uidFromText(copy)), 0);
        QCOMPARE(row.data(PersonaListModel::InitialsRole).toString(), QStringLiteral("AC"));
        // The gallery's colour is the persona's own, the one its curve and PDF pages have.
        const QColor avatar = row.data(PersonaListModel::AvatarColorRole).value<QColor>();
        QVERIFY(avatar.isValid());
        QCOMPARE(avatar.name(), PersonaPalette::colorOf(workspace->document()->workspace(), uidFromText(copy)));
    }

    void initialsAndColours()
    {
        QCOMPARE(PersonaListModel::initials(QStringLiteral("busy switcher")), QStringLiteral("BS"));
        QCOMPARE(PersonaListModel::initials(QStringLiteral("Small business owner")), QStringLiteral("SB"));
        QCOMPARE(PersonaListModel::initials(QString()), QStringLiteral("?"));
        QCOMPARE(PersonaListModel::initials(QStringLiteral("Émile (copy)")), QStringLiteral("ÉC"));
    }

    void editorEditsEveryKindOfField()
    {
        QTemporaryDir dir;
        const Samples s;
        auto workspace = openSample(dir, s);
        QVERIFY(workspace);
        PersonaEditor editor;
        editor.setWorkspace(workspace.get());
        editor.setPersona(uidText(s.otherPersona.uid));
        QVERIFY(editor.exists());
        QSignalSpy changed(&editor, &PersonaEditor::changed);
        Document *doc = workspace->document();
        auto persona = [&] { return doc->workspace().personas.value(s.otherPersona.uid); };

        QVERIFY(editor.setField(QStringLiteral("quote"), QStringLiteral("Careful")));
        QVERIFY(changed.count() > 0);
        QCOMPARE(editor.fields().value(QStringLiteral("quote")).toString(), QStringLiteral("Careful"));
        QVERIFY(editor.setField(QStringLiteral("valueTier"), QStringLiteral("top")));
        QCOMPARE(persona().valueTier, ValueTier::Top);
        QVERIFY(!editor.setField(QStringLiteral("nonsense"), QStringLiteral("x")));
        QCOMPARE(editor.addItem(QStringLiteral("goals"), QStringLiteral("Open an account"), -1), 0);
        QCOMPARE(editor.addItem(QStringLiteral("goals"), QStringLiteral("Feel safe"), 0), 0);
        QVERIFY(editor.moveItem(QStringLiteral("goals"), 0, 1));
        QCOMPARE(persona().goals, (QStringList{QStringLiteral("Open an account"), QStringLiteral("Feel safe")}));
        QCOMPARE(editor.addEvidence(QStringLiteral("Diary study")), 0);
        QVERIFY(editor.setEvidenceField(0, QStringLiteral("kind"), QStringLiteral("interview")));
        QVERIFY(!editor.setEvidenceField(0, QStringLiteral("date"), QStringLiteral("2025-0")));
        QVERIFY(editor.setEvidenceField(0, QStringLiteral("date"), QStringLiteral("2025-04-30")));
        QCOMPARE(persona().evidence.constFirst().date, QDate(2025, 4, 30));
        QCOMPARE(persona().evidence.constFirst().kind, EvidenceKind::Interview);

        // Journeys: linked and unlinked, as one undo step each.
        QCOMPARE(editor.journeys().size(), 2);
        QVERIFY(editor.setFollows(uidText(s.detailJourney.uid), true));
        QVERIFY(doc->workspace().links.contains({s.otherPersona.uid, Relation::Follows, s.detailJourney.uid}));
        QVERIFY(editor.setFollows(uidText(s.journey.uid), false));
        QVERIFY(doc->workspace().personasOf(s.journey.uid) == QList<Uid>{s.persona.uid});
        workspace->undo();
        QCOMPARE(doc->workspace().personasOf(s.journey.uid).size(), 2);

        // Revisions: record, compare with now, restore.
        const QString revision = editor.recordRevision(QStringLiteral("First look"), QStringLiteral("kick-off"));
        QVERIFY(!revision.isEmpty());
        QVERIFY(editor.setField(QStringLiteral("quote"), QStringLiteral("Changed my mind")));
        const QVariantList diff = editor.compare(revision, QString());
        int changedFields = 0;
        for (const QVariant &row : diff)
            changedFields += row.toMap().value(QStringLiteral("changed")).toBool() ? 1 : 0;
        QCOMPARE(changedFields, 1);
        QVERIFY(editor.restoreRevision(revision));
        QCOMPARE(persona().quote, QStringLiteral("Careful"));
    }

    void readOnlyWorkspaceSaysSoAndChangesNothing()
    {
        // Given a workspace another document holds open: this one gets it read-only
        QTemporaryDir dir;
        const Samples s;
        auto first = sampleDocument(dir, s);
        QVERIFY(first);
        WorkspaceController workspace;
        QVERIFY(workspace.open(first->path()));
        QVERIFY(workspace.readOnly());
        PersonaGallery gallery;
        gallery.setWorkspace(&workspace);
        PersonaEditor editor;
        editor.setWorkspace(&workspace);
        editor.setPersona(uidText(s.persona.uid));
        QVERIFY(gallery.readOnly());
        QVERIFY(editor.readOnly());
        QCOMPARE(gallery.total(), 2);

        // When edits are tried anyway, each is refused and the file keeps what it had
        QVERIFY(gallery.create(QStringLiteral("Nope")).isEmpty());
        QVERIFY(!editor.setField(QStringLiteral("quote"), QStringLiteral("Nope")));
        QVERIFY(!gallery.remove(uidText(s.persona.uid)));
        QCOMPARE(gallery.total(), 2);
        QCOMPARE(workspace.document()->workspace().personas.value(s.persona.uid), s.persona);
        QVERIFY(!workspace.errorMessage().isEmpty());
    }

    void editorPhotoFromFiles()
    {
        QTemporaryDir dir;
        const Samples s;
        auto workspace = openSample(dir, s);
        QVERIFY(workspace);
        PersonaEditor editor;
        editor.setWorkspace(workspace.get());
        editor.setPersona(uidText(s.otherPersona.uid));
        const QString png = dir.filePath(QStringLiteral("face.png"));
        QImage image(700, 700, QImage::Format_RGB32);
        image.fill(QColor(0x33, 0x66, 0x99));
        QVERIFY(image.save(png));
        QVERIFY(editor.setPhotoFile(QUrl::fromLocalFile(png).toString()));
        QCOMPARE(QImage::fromData(editor.photo()).size(), QSize(512, 512));
        QCOMPARE(workspace->document()->undoStack()->count(), 1);

        const QString text = dir.filePath(QStringLiteral("cv.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        const QByteArray before = editor.photo();
        QSignalSpy message(&editor, &PersonaEditor::photoMessageChanged);
        QVERIFY(!editor.dropPhoto({QUrl::fromLocalFile(text)}));
        QCOMPARE(message.count(), 1);
        QVERIFY(editor.photoMessage().contains(QStringLiteral("cv.png")));
        QCOMPARE(editor.photo(), before);
        QCOMPARE(workspace->document()->undoStack()->count(), 1);
        QVERIFY(editor.clearPhoto());
        QVERIFY(editor.photoMessage().isEmpty());
        QVERIFY(editor.photo().isEmpty());
        workspace->undo();
        QCOMPARE(editor.photo(), before);
    }
};

QTEST_MAIN(TestPersonaModels)
#include "tst_personamodels.moc"

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfixtures.h"
#include "samples.h"

#include "io/imageexport.h"
#include "io/pdfexport.h"
#include "io/workspaceimport.h"
#include "io/workspacejsonwriter.h"
#include "store/schema.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/mount.h>

using namespace cx;
using namespace cx::test;

namespace {

// Fills what is left of the file system holding folder with one file, so that the next write
// needing a block fails (ENOSPC), but for about leave bytes; returns the file, whose removal
// gives the space back.
QString fill(const QString &folder, qsizetype leave = 0)
{
    const QString reserve = QDir(folder).filePath(QStringLiteral("reserve"));
    if (leave > 0) {
        QFile kept(reserve);
        if (!kept.open(QIODevice::WriteOnly) || kept.write(QByteArray(leave, 'r')) != leave)
            return {};
    }
    const QString path = QDir(folder).filePath(QStringLiteral("filler"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    for (const qsizetype size : {qsizetype(1) << 16, qsizetype(512)}) {
        const QByteArray chunk(size, 'x');
        while (file.write(chunk) == chunk.size()) {
        }
    }
    if (leave > 0)
        QFile::remove(reserve);
    return path;
}

QString integrity(Document &document)
{
    return document.file()->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString();
}

} // namespace

// Each test runs in a small tmpfs of its own (root, as in CI), filled up at the moment that
// matters: an edit, an import, an export, or the backup before an upgrade. What must hold: a
// refusal with a message, a workspace that is intact and equal in memory and in the file, and
// no half-written file left behind.
class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_mounted = false;

    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (::mount("tmpfs", QFile::encodeName(m_dir->path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    "size=8m,mode=0700") != 0) {
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill up here (%1): these tests need "
                                            "root with mounting allowed, as CI has")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        }
        m_mounted = true;
    }

    void cleanup()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir->path()).constData(), MNT_DETACH);
        m_mounted = false;
        m_dir.reset();
    }

    void editIsRefusedAndTheWorkspaceStaysConsistent_data()
    {
        // Full at once, or filling up over a few edits (the log half-written when it fills).
        QTest::addColumn<int>("room");
        QTest::newRow("full") << 0;
        QTest::newRow("room for 64 KB") << 64 * 1024;
        QTest::newRow("room for 300 KB") << 300 * 1024;
    }

    void editIsRefusedAndTheWorkspaceStaysConsistent()
    {
        QFETCH(int, room);
        // Given a workspace being edited on a disk that then fills up
        const QString file = path("w.cxatlas");
        auto document = sampleDocument(*m_dir, Samples(), QStringLiteral("w.cxatlas"));
        QVERIFY(document);
        const Stage stage = *document->workspace().stages.cbegin();
        const Lane lane = document->workspace().lanesOf(stage.journey).constFirst();
        const QString filler = fill(m_dir->path(), room);
        QVERIFY(!filler.isEmpty());
        // When edits go on until one cannot be saved
        Moment big;
        big.notes = QString(4000, u'n');
        Result failed;
        QString dumpBefore;
        Workspace before;
        int commands = 0, saved = 0;
        for (; saved < 2000; ++saved) {
            dumpBefore = fileDump(*document);
            before = document->workspace();
            commands = document->undoStack()->count();
            big.title = QStringLiteral("Filling %1").arg(saved);
            if (failed = document->insertMoments({big}, stage.uid, lane.uid, 0); !failed)
                break;
        }
        QVERIFY2(!failed.ok(), "the disk never filled up");
        qInfo("%d edits saved before the disk was full; then: %s", saved, qPrintable(failed.message()));
        // Then it is refused with a message naming the file and the reason
        QCOMPARE(failed.code(), ErrorCode::Io);
        QVERIFY2(failed.message().contains(QStringLiteral("is full")) && failed.message().contains(QStringLiteral("w.cxatlas")),
                 qPrintable(failed.message()));
        // and nothing of it is anywhere: in memory, in the file, on the undo stack
        QVERIFY2(document->workspace() == before, qPrintable(difference(document->workspace(), before)));
        QCOMPARE(fileDump(*document), dumpBefore);
        QCOMPARE(document->undoStack()->count(), commands);
        QCOMPARE(integrity(*document), QStringLiteral("ok"));
        QVERIFY2(reload(file) == document->workspace(), qPrintable(difference(reload(file), document->workspace())));
        // An undo on the full disk is saved or refused, never half done
        document->undoStack()->undo();
        QVERIFY2(reload(file) == document->workspace(), qPrintable(difference(reload(file), document->workspace())));
        // When there is room again, editing goes on
        QVERIFY(QFile::remove(filler));
        QVERIFY(document->insertMoments({big}, stage.uid, lane.uid, 0));
        QCOMPARE(integrity(*document), QStringLiteral("ok"));
        QVERIFY(reload(file) == document->workspace());
    }

    void importIsRefusedAndLeavesNothingBehind_data()
    {
        // Full from the start, or filling up while the import writes.
        QTest::addColumn<int>("room");
        QTest::newRow("full") << 0;
        QTest::newRow("room for 96 KB") << 96 * 1024;
        QTest::newRow("room for 256 KB") << 256 * 1024;
    }

    void importIsRefusedAndLeavesNothingBehind()
    {
        QFETCH(int, room);
        // Given workspace JSON to import, a workspace open for editing, and a full disk
        Result error;
        const auto data = WorkspaceImport::readFile(QStringLiteral(CX_EXAMPLE_JSON), fileTimestamp(), &error);
        QVERIFY2(data, qPrintable(error.message()));
        const QString file = path("w.cxatlas");
        auto document = sampleDocument(*m_dir, Samples(), QStringLiteral("w.cxatlas"));
        QVERIFY(document);
        QVERIFY(!fill(m_dir->path(), room).isEmpty());
        const QStringList listing = folderListing(m_dir->path());
        // When it is imported as a new workspace, it is refused, and no file is left
        const QString target = path("imported.cxatlas");
        error = WorkspaceImport::toNewFile(*data, target);
        QVERIFY(!error);
        qInfo("import: %s", qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("imported.cxatlas")) && error.message().contains(QStringLiteral("full")),
                 qPrintable(error.message()));
        QCOMPARE(folderListing(m_dir->path()), listing);
        // When it is merged into the open workspace, it is refused and nothing changes
        const QString dumpBefore = fileDump(*document);
        const Workspace before = document->workspace();
        error = WorkspaceImport::intoDocument(*document, *data);
        QVERIFY(!error);
        qInfo("merge: %s", qPrintable(error.message()));
        QCOMPARE(error.code(), ErrorCode::Io);
        QVERIFY2(error.message().contains(QStringLiteral("is full")), qPrintable(error.message()));
        QVERIFY(document->workspace() == before);
        QCOMPARE(fileDump(*document), dumpBefore);
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(integrity(*document), QStringLiteral("ok"));
        QVERIFY(reload(file) == before);
    }

    void exportIsRefusedAndLeavesNoPartialFile_data()
    {
        // Full from the start, or filling up while the export writes (each export of the
        // example is larger than the room left).
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("room");
        for (const char *format : {"json", "pdf", "png", "svg"}) {
            QTest::addRow("%s, full", format) << QString::fromLatin1(format) << 0;
            QTest::addRow("%s, room for 40 KB", format) << QString::fromLatin1(format) << 40 * 1024;
        }
    }

    void exportIsRefusedAndLeavesNoPartialFile()
    {
        QFETCH(QString, format);
        QFETCH(int, room);
        // Given the example workspace, and a full disk to export it to
        Result error;
        const auto data = WorkspaceImport::readFile(QStringLiteral(CX_EXAMPLE_JSON), fileTimestamp(), &error);
        QVERIFY(data);
        Workspace w;
        for (const Node &n : data->nodes)
            w.put(n);
        for (const Link &l : data->links)
            w.links.insert(l);
        QVERIFY(!fill(m_dir->path(), room).isEmpty());
        const QStringList listing = folderListing(m_dir->path());
        // When it is exported there
        const QString out = path("export.") + format;
        if (format == u"json")
            error = WorkspaceJsonWriter::writeFile(WorkspaceJsonWriter::write(w), out);
        else if (format == u"pdf")
            error = PdfExport::write(w, PdfOptions(), out);
        else if (format == u"png")
            error = ImageExport::writePng(w, ImageOptions(), out);
        else
            error = ImageExport::writeSvg(w, ImageOptions(), out);
        // Then it is refused, naming the file, and no file, whole or partial, is left
        QVERIFY(!error);
        qInfo("%s", qPrintable(error.message()));
        QVERIFY2(error.message().contains(out), qPrintable(error.message()));
        QCOMPARE(folderListing(m_dir->path()), listing);
    }

    void openingOnAFullDiskSaysWhyItIsReadOnly()
    {
        // Given a workspace on a disk without room for its lock file
        const QString file = path("w.cxatlas");
        { auto d = sampleDocument(*m_dir, Samples(), QStringLiteral("w.cxatlas")); QVERIFY(d); }
        const QString filler = fill(m_dir->path());
        const QByteArray hash = fileHash(file);
        const QStringList listing = folderListing(m_dir->path());
        {
            // When it is opened for editing, it opens for reading, saying why (not that
            // another CX Atlas has it)
            Result error;
            auto document = Document::open(file, OpenMode::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.message()));
            QVERIFY(document->isReadOnly());
            QCOMPARE(document->readOnlyReason(),
                     QStringLiteral("“%1” was opened for reading only: its lock file “%1.lock” cannot be "
                                    "written (is the disk full?).").arg(file));
            QCOMPARE(document->workspace().moments.size(), 3);
        }
        QCOMPARE(fileHash(file), hash);
        QCOMPARE(folderListing(m_dir->path()), listing);
        // With room again, it opens for editing
        QVERIFY(QFile::remove(filler));
        Result error;
        auto document = Document::open(file, OpenMode::ReadWrite, &error);
        QVERIFY(document && !document->isReadOnly());
    }

    void upgradeWithoutRoomForABackupOpensReadOnly()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= currentSchemaVersion())
                continue;
            // Given a file of an older format on a disk with room for its lock file and its
            // shared-memory index (9 pages), but not for a copy of it
            const QString file = copyFixture(f, *m_dir);
            const QString filler = fill(m_dir->path(), 16 * 4096);
            QVERIFY(QFileInfo(file).size() > 16 * 4096);
            const QByteArray hash = fileHash(file);
            const QStringList listing = folderListing(m_dir->path());
            {
                // When it is opened for editing, it is not upgraded without a backup: it opens
                // for reading, through a private copy, saying why
                Result error;
                auto document = Document::open(file, OpenMode::ReadWrite, &error);
                QVERIFY2(document, qPrintable(error.message()));
                QVERIFY(document->isReadOnly());
                QVERIFY(document->file()->isPrivateCopy());
                QVERIFY2(document->readOnlyReason().contains(QStringLiteral("only after a backup of it is kept beside it"))
                             && document->readOnlyReason().contains(QStringLiteral("-backup")),
                         qPrintable(document->readOnlyReason()));
                QVERIFY(document->workspace().nodeCount() > 0);
                qInfo("%s", qPrintable(document->readOnlyReason()));
            }
            // And the file and its folder are as they were: no backup, whole or partial
            QCOMPARE(fileHash(file), hash);
            QCOMPARE(folderListing(m_dir->path()), listing);
            QVERIFY(QFile::remove(filler));
            QVERIFY(QFile::remove(file));
        }
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"

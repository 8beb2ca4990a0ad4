// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "formatfixtures.h"
#include "samples.h"

#include "store/schema.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

// An element or metric of the workspace, by id, for impact.
QString someElement(const QString &path)
{
    const Workspace w = reload(path);
    if (!w.elements.isEmpty())
        return uidText(w.elements.cbegin().key());
    return w.metrics.isEmpty() ? QString() : uidText(w.metrics.cbegin().key());
}

} // namespace

// Every read-only verb on a writable file of every released format (and of the current one,
// made now): it reads, says an older file was read through an upgraded copy, and leaves the
// file's bytes and its folder as they were.
class TestCliOldFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_madeNow;
    QString m_current;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto document = sampleDocument(m_madeNow, Samples(), QStringLiteral("workspace-now.cxatlas"));
        QVERIFY(document);
        m_current = document->path();
    }

    void readOnlyVerbsReadEveryFormatWithoutWriting_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("verb"); // FILE and OUT stand for the workspace and an output
        QList<FormatFixture> fixtures = formatFixtures(QStringLiteral(CX_TEST_DATA));
        fixtures.append({currentSchemaVersion(), m_current});
        const QString file = QStringLiteral("FILE"), out = QStringLiteral("OUT");
        const QList<QStringList> verbs{
            {QStringLiteral("info"), file},
            {QStringLiteral("info"), QStringLiteral("--json"), file},
            {QStringLiteral("check"), file},
            {QStringLiteral("check"), QStringLiteral("--json"), file},
            {QStringLiteral("impact"), file, QStringLiteral("ELEMENT")},
            {QStringLiteral("metrics"), file},
            {QStringLiteral("metrics"), QStringLiteral("--json"), QStringLiteral("--period"), QStringLiteral("quarter"), file},
            {QStringLiteral("responses"), QStringLiteral("list"), file},
            {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out},
            {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out},
            {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("graphml"), QStringLiteral("-o"), out},
            {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out},
        };
        for (const FormatFixture &f : std::as_const(fixtures)) {
            const bool madeNow = f.path == m_current;
            for (const QStringList &verb : verbs) {
                const QString name = QStringLiteral("v%1%2 %3").arg(QString::number(f.version), madeNow ? QStringLiteral(" made now") : QString(),
                                                                     verb.join(u' '));
                QTest::newRow(qPrintable(name)) << f.version << f.path << verb;
            }
        }
    }

    void readOnlyVerbsReadEveryFormatWithoutWriting()
    {
        QFETCH(int, version);
        QFETCH(QString, source);
        QFETCH(QStringList, verb);
        // Given a writable copy of the file, its hash and its folder noted
        QTemporaryDir dir, outDir;
        const QString path = copyFixture({version, source}, dir);
        QVERIFY(!path.isEmpty());
        const QByteArray hash = fileHash(path);
        const QStringList listing = folderListing(dir.path());
        const QString output = outDir.filePath(QStringLiteral("out.") + verb.value(verb.indexOf(QStringLiteral("--format")) + 1));
        QStringList arguments;
        for (const QString &a : std::as_const(verb))
            arguments.append(a == u"FILE" ? path : a == u"OUT" ? output : a == u"ELEMENT" ? someElement(path) : a);
        // When the verb runs on it
        const Run r = cxatlas(arguments);
        // Then it succeeds (check: 1 reports gaps)
        const bool isCheck = verb.constFirst() == u"check";
        QVERIFY2(r.exitCode == 0 || (isCheck && r.exitCode == 1), qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        // saying that an older file was read through an upgraded copy, and no more
        const bool older = version < currentSchemaVersion();
        const QString note = QStringLiteral("cxatlas: note: “%1” uses the older file format %2; it was read "
                                            "through a copy upgraded to %3 and is unchanged.\n")
                                 .arg(QDir::toNativeSeparators(path), QString::number(version),
                                      QString::number(currentSchemaVersion()));
        // (The samples' persona photo is a few bytes that only start like a PNG; drawing the
        // PDF's persona sheet, Qt's PNG reader says so on standard error. Not ours to judge here.)
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("libpng error: ")); });
        QCOMPARE(lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n', older ? note : QString());
        if (verb.contains(QStringLiteral("OUT")))
            QVERIFY(QFileInfo(output).size() > 0);
        else
            QVERIFY(!r.out.isEmpty());
        if (verb.constFirst() == u"info" && verb.contains(QStringLiteral("--json"))) {
            const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(info[u"schemaVersion"].toInt(), version);
            QCOMPARE(info[u"readThroughUpgradedCopy"].toBool(), older);
        } else if (verb.constFirst() == u"info") {
            QVERIFY2(r.out.contains(QStringLiteral("File format:    version %1%2\n")
                                        .arg(QString::number(version),
                                             older ? QStringLiteral(" (older: read through an upgraded copy; the file is unchanged)")
                                                   : QString())),
                     qPrintable(r.out));
        }
        // And the file's bytes and its folder are exactly as they were
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void exportOfAnOlderFileEqualsTheExportOfItsUpgrade()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            // Given a file of that format, and another copy upgraded in place by an editor
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            QTemporaryDir upgradedDir;
            const QString upgraded = copyFixture(f, upgradedDir);
            { Result error; QVERIFY(Document::open(upgraded, OpenMode::ReadWrite, &error)); }
            // When both are exported as workspace JSON
            const QString a = dir.filePath(QStringLiteral("read.json")), b = dir.filePath(QStringLiteral("upgraded.json"));
            QCOMPARE(cxatlas({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), a}).exitCode, 0);
            QCOMPARE(cxatlas({QStringLiteral("export"), upgraded, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), b}).exitCode, 0);
            // Then they are the same bytes: the copy read everything
            QVERIFY(!fileBytes(a).isEmpty());
            QCOMPARE(fileBytes(a), fileBytes(b));
        }
    }

    void importIntoAnOlderFileUpgradesItWithABackup()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= currentSchemaVersion())
                continue;
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            const QByteArray hash = fileHash(path);
            const QString json = dir.filePath(QStringLiteral("more.json"));
            QFile in(json);
            QVERIFY(in.open(QIODevice::WriteOnly));
            in.write(R"({"format": "cxatlas-workspace", "version": 1, "elements": [{"id": "extra-system", "kind": "system", "title": "Extra"}]})");
            in.close();
            const Run r = cxatlas({QStringLiteral("import"), json, QStringLiteral("--into"), path});
            QCOMPARE(r.exitCode, 0);
            const QString backup = path + QStringLiteral(".v%1-backup").arg(f.version);
            QCOMPARE(r.err, QStringLiteral("cxatlas: note: “%1” was upgraded from file format %2 to %3; the file as it was is kept as “%4”.\n")
                                .arg(QDir::toNativeSeparators(path), QString::number(f.version),
                                     QString::number(currentSchemaVersion()), QDir::toNativeSeparators(backup)));
            QCOMPARE(fileHash(backup), hash);
            QCOMPARE(recordedVersion(path), currentSchemaVersion());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOldFormats)
#include "tst_clioldformats.moc"

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// cxatlas export and import --into, run as a user runs them, with no display.
#include "clirun.h"
#include "samples.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Kept for json_schema_exports (every .json file of CX_EXPORT_DIR, validated after the tests)
// and csv_python (every .csv file, read by Python's csv module).
void keepForSchemaCheck(const QString &name, const QString &path)
{
    QDir().mkpath(QStringLiteral(CX_EXPORT_DIR));
    const QString target = QStringLiteral(CX_EXPORT_DIR "/") + name;
    QFile::remove(target);
    QVERIFY(QFile::copy(path, target));
}

const QString exportVerb = QStringLiteral("export");
const QString importVerb = QStringLiteral("import");

} // namespace

class TestCliInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportHelpListsEveryFormat()
    {
        const Run r = cxatlas({exportVerb, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *format : {"pdf", "json", "svg", "png", "graphml", "dot", "mermaid", "csv", "votes-csv"})
            QVERIFY2(r.out.contains(QLatin1StringView(format)), format);
        QVERIFY(r.out.contains(u"--journey"));
        const Run i = cxatlas({importVerb, QStringLiteral("--help")});
        QCOMPARE(i.exitCode, 0);
        QVERIFY(i.out.contains(u"--into"));
    }

    void exportJsonRoundTripsToTheSameBytes()
    {
        // Given the example workspace
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        const QString workspace = dir.filePath(QStringLiteral("again.cxatlas"));
        // When it is exported, imported into a new workspace and exported again
        Run r = cxatlas({exportVerb, QStringLiteral(CX_EXAMPLE), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("-o"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cxatlas({importVerb, first, QStringLiteral("-o"), workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cxatlas({exportVerb, workspace, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("-o"), second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the two exports are the same bytes, and the first is workspace JSON
        const QByteArray bytes = fileBytes(first);
        QVERIFY(bytes.size() > 1000);
        QCOMPARE(fileBytes(second), bytes);
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"format").toString(), QStringLiteral("cxatlas-workspace"));
        keepForSchemaCheck(QStringLiteral("cli-example.json"), first);
    }

    void exportOneJourneyByTitle()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("journey.json"));
        // The example's journeys, by title, from the whole export.
        const QString whole = dir.filePath(QStringLiteral("whole.json"));
        QCOMPARE(cxatlas({exportVerb, QStringLiteral(CX_EXAMPLE), QStringLiteral("--format=json"), QStringLiteral("-o"), whole}).exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(fileBytes(whole)).object();
        const QString title = root[u"journeys"][0][u"title"].toString();
        QVERIFY(!title.isEmpty());
        const Run r = cxatlas({exportVerb, QStringLiteral(CX_EXAMPLE), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--journey"), title, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject one = QJsonDocument::fromJson(fileBytes(out)).object();
        QCOMPARE(one[u"journeys"].toArray().size(), 1);
        QCOMPARE(one[u"journeys"][0][u"title"].toString(), title);
        keepForSchemaCheck(QStringLiteral("cli-journey.json"), out);
        // It imports on its own.
        QCOMPARE(cxatlas({importVerb, out, QStringLiteral("-o"), dir.filePath(QStringLiteral("j.cxatlas"))}).exitCode, 0);
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString example = QStringLiteral(CX_EXAMPLE);
        const QString out = QDir::temp().filePath(QStringLiteral("cx-never-written.out"));
        QTest::newRow("no format") << QStringList{exportVerb, example, QStringLiteral("-o"), out}
                                   << QStringLiteral("export needs one workspace file, --format NAME and -o OUT");
        QTest::newRow("no output") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("json")}
                                   << QStringLiteral("export needs one workspace file, --format NAME and -o OUT");
        QTest::newRow("unknown format") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), out}
                                        << QStringLiteral("unknown format “docx”; use one of: pdf, json");
        QTest::newRow("unknown page size") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                          QStringLiteral("--page-size"), QStringLiteral("B5"), QStringLiteral("-o"), out}
                                           << QStringLiteral("Unknown page size “B5”: use A4, A3, Letter or Tabloid.");
        QTest::newRow("dpi not a number") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("png"),
                                                         QStringLiteral("--dpi"), QStringLiteral("high"), QStringLiteral("-o"), out}
                                          << QStringLiteral("--dpi takes a whole number, not “high”.");
        QTest::newRow("unknown view") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("svg"),
                                                     QStringLiteral("--view"), QStringLiteral("sideways"), QStringLiteral("-o"), out}
                                      << QStringLiteral("sideways");
        QTest::newRow("unknown journey") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("json"),
                                                        QStringLiteral("--journey"), QStringLiteral("Nope"), QStringLiteral("-o"), out}
                                         << QStringLiteral("No journey has the id or title “Nope”.");
        QTest::newRow("missing workspace") << QStringList{exportVerb, QStringLiteral("/nonexistent/x.cxatlas"), QStringLiteral("--format"),
                                                          QStringLiteral("json"), QStringLiteral("-o"), out}
                                           << QStringLiteral("x.cxatlas");
        QTest::newRow("unwritable output") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("json"),
                                                          QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/out.json")}
                                           << QStringLiteral("Cannot write “/nonexistent/dir/out.json”");
        QTest::newRow("unknown part") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                     QStringLiteral("--parts"), QStringLiteral("cover,maps"), QStringLiteral("-o"), out}
                                      << QStringLiteral("Unknown part “maps”: use cover, journeys, personas, architecture, workshops, metrics, summary.");
        QTest::newRow("empty part") << QStringList{exportVerb, example, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                   QStringLiteral("--parts"), QStringLiteral("cover,,summary"), QStringLiteral("-o"), out}
                                    << QStringLiteral("An empty part name in “cover,,summary”");
        QTest::newRow("import with both") << QStringList{importVerb, QStringLiteral("x.json"), QStringLiteral("-o"), out, QStringLiteral("--into"), out}
                                          << QStringLiteral("import needs one input file and -o FILE");
    }

    void exportErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = cxatlas(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("cxatlas: ")) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("cx-never-written.out"))));
    }

    void printingFormatsWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString example = QStringLiteral(CX_EXAMPLE);
        // A PDF on A3 paper, journeys tiled, with its author
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        const Run p = cxatlas({exportVerb, example, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                               QStringLiteral("--page-size"), QStringLiteral("A3"), QStringLiteral("--layout"), QStringLiteral("tile"),
                               QStringLiteral("--author"), QStringLiteral("Ana Ruiz")});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(details.contains(u"(A3)"), qPrintable(details));
        // An SVG of one journey, and a PNG of the architecture at half resolution
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(cxatlas({exportVerb, example, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), svg,
                          QStringLiteral("--journey"), QStringLiteral("Get help with a card problem")}).exitCode, 0);
        QVERIFY(fileBytes(svg).contains("Card declined at the till"));
        const QString png = dir.filePath(QStringLiteral("architecture.png"));
        QCOMPARE(cxatlas({exportVerb, example, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), png,
                          QStringLiteral("--view"), QStringLiteral("architecture"), QStringLiteral("--dpi"), QStringLiteral("48")}).exitCode, 0);
        const QString full = dir.filePath(QStringLiteral("architecture-96.png"));
        QCOMPARE(cxatlas({exportVerb, example, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), full,
                          QStringLiteral("--view"), QStringLiteral("architecture")}).exitCode, 0);
        QImage half(png), whole(full);
        QVERIFY(!half.isNull() && !whole.isNull());
        QVERIFY(qAbs(half.width() * 2 - whole.width()) <= 2);
    }

    void pdfPartsAndAJourneyWithoutArchitecture()
    {
        // Given a Mermaid journey made a workspace: nothing links it to stories, systems or metrics
        QTemporaryDir dir;
        const QString mmd = dir.filePath(QStringLiteral("trip.mmd"));
        QFile file(mmd);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("journey\n  title Dinner out\n  section Plan\n    Reads reviews: 4: Ana\n    Books a table: 3: Ana\n"
                   "  section Eat\n    Waits for the bill: 2: Ana\n");
        file.close();
        const QString workspace = dir.filePath(QStringLiteral("trip.cxatlas"));
        QCOMPARE(cxatlas({importVerb, mmd, QStringLiteral("-o"), workspace}).exitCode, 0);
        const auto pdfPages = [](const QString &pdf) {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            info.waitForFinished(30000);
            const QRegularExpression pages(QStringLiteral("Pages:\\s*(\\d+)"));
            return pages.match(QString::fromUtf8(info.readAllStandardOutput())).captured(1).toInt();
        };

        // When the default PDF is made, then it has no architecture pages and the contents says why in one line
        const QString all = dir.filePath(QStringLiteral("all.pdf"));
        Run r = cxatlas({exportVerb, workspace, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), all});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pdfPages(all), 4); // cover, the journey, Ana's sheet, the summary
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), all, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(words.contains(u"CX architecture: Dinner out: no linked stories, services, systems, processes, data or metrics"),
                 qPrintable(words));

        // When only some parts are asked for (names in any case, spaces allowed), then only they print
        const QString some = dir.filePath(QStringLiteral("some.pdf"));
        r = cxatlas({exportVerb, workspace, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), some,
                     QStringLiteral("--parts"), QStringLiteral("Cover, summary")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pdfPages(some), 2);
        r = cxatlas({exportVerb, workspace, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), some,
                     QStringLiteral("--parts"), QStringLiteral("journeys,personas")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pdfPages(some), 2);
    }

    void otherFormats()
    {
        QTemporaryDir dir;
        auto run = [&](const QString &format, const QStringList &extra = {}) {
            const QString out = dir.filePath(QStringLiteral("out.") + format);
            const Run r = cxatlas(QStringList{exportVerb, QStringLiteral(CX_EXAMPLE), QStringLiteral("--format"), format,
                                              QStringLiteral("-o"), out} + extra);
            return std::pair(r, fileBytes(out));
        };
        // CSV: a header and one row per moment
        auto [csv, csvBytes] = run(QStringLiteral("csv"));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csvBytes.startsWith("id,journey,stage,lane,position,title,emotion,importance,moment that matters"));
        QVERIFY(csvBytes.count("\r\n") > 10);
        keepForSchemaCheck(QStringLiteral("cli-example.csv"), dir.filePath(QStringLiteral("out.csv")));
        // GraphML and DOT
        auto [graphml, xml] = run(QStringLiteral("graphml"));
        QVERIFY2(graphml.exitCode == 0, qPrintable(graphml.err));
        QVERIFY(xml.contains("<graphml") && xml.contains("attr.name=\"kind\""));
        auto [dot, dotBytes] = run(QStringLiteral("dot"));
        QVERIFY2(dot.exitCode == 0, qPrintable(dot.err));
        QVERIFY(dotBytes.startsWith("digraph G {"));
        // Mermaid needs a journey when there are several; the diagram reads back with import
        auto [noJourney, none] = run(QStringLiteral("mermaid"));
        QCOMPARE(noJourney.exitCode, 2);
        QVERIFY2(noJourney.err.contains(u"--journey"), qPrintable(noJourney.err));
        const QString whole = dir.filePath(QStringLiteral("whole.json"));
        QCOMPARE(cxatlas({exportVerb, QStringLiteral(CX_EXAMPLE), QStringLiteral("--format=json"), QStringLiteral("-o"), whole}).exitCode, 0);
        const QString title = QJsonDocument::fromJson(fileBytes(whole)).object()[u"journeys"][0][u"title"].toString();
        auto [mermaid, mmd] = run(QStringLiteral("mermaid"), {QStringLiteral("--journey"), title});
        QVERIFY2(mermaid.exitCode == 0, qPrintable(mermaid.err));
        QVERIFY(mmd.startsWith("journey\n    title "));
        const QString mmdPath = dir.filePath(QStringLiteral("journey.mmd"));
        writeFile(mmdPath, mmd);
        const QString fromMermaid = dir.filePath(QStringLiteral("mermaid.cxatlas"));
        const Run imported = cxatlas({importVerb, mmdPath, QStringLiteral("-o"), fromMermaid});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString again = dir.filePath(QStringLiteral("again.mmd"));
        QCOMPARE(cxatlas({exportVerb, fromMermaid, QStringLiteral("--format"), QStringLiteral("mermaid"), QStringLiteral("-o"), again}).exitCode, 0);
        QCOMPARE(fileBytes(again), mmd);
        // A Mermaid syntax error names the line, and nothing is written
        const QString bad = dir.filePath(QStringLiteral("bad.mmd"));
        writeFile(bad, "journey\n  section A\n    Task without score\n");
        const Run r = cxatlas({importVerb, bad, QStringLiteral("-o"), dir.filePath(QStringLiteral("bad.cxatlas"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"bad.mmd, line 3:"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.cxatlas"))));
    }

    void votesCsv()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("votes.csv"));
        const auto run = [&](const QString &workspace, const QStringList &extra = {}) {
            QFile::remove(out);
            return cxatlas(QStringList{exportVerb, workspace, QStringLiteral("--format"), QStringLiteral("votes-csv"),
                                       QStringLiteral("-o"), out} + extra);
        };
        // The example's ended rounds: the workshop's, and the earlier votes of two journeys
        Run r = run(QStringLiteral(CX_EXAMPLE));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray csv = fileBytes(out);
        QVERIFY(csv.startsWith("round,round started,round ended,journey,rank,tied,moment,stage,lane,dots,dots per participant,"
                               "moment id\r\n"));
        QCOMPARE(csv.count("\r\n"), 1 + 3 + 3 + 7);
        QVERIFY2(csv.contains("\r\nWhich moments hurt most?,2025-06-12T13:30:00Z,2025-06-12T13:42:00Z,Open a current account,1,yes,"
                              "Verify identity with passport photo and selfie,Verify identity,Touchpoints,3,"
                              "Marcus (Marketing) 1; Kenji (IT) 1; Gareth (Operations) 1,"),
                 csv.constData());
        keepForSchemaCheck(QStringLiteral("cli-example-votes.csv"), out);
        // One journey, by title
        r = run(QStringLiteral(CX_EXAMPLE), {QStringLiteral("--journey"), QStringLiteral("Get help with a card problem")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileBytes(out).count("\r\n"), 1 + 3);
        QVERIFY(!fileBytes(out).contains("Which moments hurt most?"));

        // A workspace without voting rounds: the header alone, and success (decided so: a
        // script exporting many workspaces gets a file it can read for each)
        const QString mmd = dir.filePath(QStringLiteral("trip.mmd"));
        writeFile(mmd, "journey\n  title Dinner out\n  section Plan\n    Books a table: 3: Ana\n");
        const QString trip = dir.filePath(QStringLiteral("trip.cxatlas"));
        QCOMPARE(cxatlas({importVerb, mmd, QStringLiteral("-o"), trip}).exitCode, 0);
        r = run(trip);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileBytes(out), QByteArray("round,round started,round ended,journey,rank,tied,moment,stage,lane,dots,"
                                            "dots per participant,moment id\r\n"));

        // A file that is not a workspace: an error naming it, and nothing written
        const QString bad = dir.filePath(QStringLiteral("notes.cxatlas"));
        writeFile(bad, "these are my notes, not a workspace\n");
        r = run(bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"cxatlas: ") && r.err.contains(u"notes.cxatlas"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // A journey that is not there
        r = run(QStringLiteral(CX_EXAMPLE), {QStringLiteral("--journey"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"No journey has the id or title “Nope”."), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void importIntoMergesAndConflictsChangeNothing()
    {
        // Given a workspace with one journey of its own
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("own.json"));
        const QString workspace = dir.filePath(QStringLiteral("w.cxatlas"));
        writeFile(own, R"({"format": "cxatlas-workspace", "version": 1, "journeys": [{"id": "own", "title": "Our own"}]})");
        QCOMPARE(cxatlas({importVerb, own, QStringLiteral("-o"), workspace}).exitCode, 0);
        // When the example's JSON is merged into it
        Run r = cxatlas({importVerb, QStringLiteral(CX_EXAMPLE_JSON), QStringLiteral("--into"), workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then it holds both
        r = cxatlas({QStringLiteral("info"), workspace, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Our own"));
        const Run example = cxatlas({QStringLiteral("info"), QStringLiteral(CX_EXAMPLE), QStringLiteral("--json")});
        const QJsonObject exampleInfo = QJsonDocument::fromJson(example.out.toUtf8()).object();
        const QJsonObject mergedInfo = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(mergedInfo[u"journeys"].toArray().size(), exampleInfo[u"journeys"].toArray().size() + 1);
        // The same again is no change and no error
        const QByteArray before = fileBytes(workspace);
        r = cxatlas({importVerb, QStringLiteral(CX_EXAMPLE_JSON), QStringLiteral("--into"), workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A conflicting record: nothing changes and the message names it
        const QString clash = dir.filePath(QStringLiteral("clash.json"));
        writeFile(clash, R"({"format": "cxatlas-workspace", "version": 1,
            "journeys": [{"id": "own", "title": "Renamed"}, {"id": "new-one", "title": "New"}]})");
        r = cxatlas({importVerb, clash, QStringLiteral("--into"), workspace});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Nothing was imported") && r.err.contains(u"“Renamed”")
                     && r.err.contains(u"different content"), qPrintable(r.err));
        r = cxatlas({QStringLiteral("info"), workspace, QStringLiteral("--json")});
        QVERIFY(!r.out.contains(u"\"New\""));
        QVERIFY(r.out.contains(u"Our own"));

        // Malformed JSON names line and column and changes nothing either
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{\n  \"format\": \"cxatlas-workspace\",\n  \"version\": 1,\n  oops\n}\n");
        r = cxatlas({importVerb, broken, QStringLiteral("--into"), workspace});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"broken.json, line 4, column 3"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        Q_UNUSED(before);
    }
};

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "tst_cliinterchange.moc"

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "samples.h"

#include "io/workspacejsonreader.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A workspace made from workspace JSON by the binary's own import, in dir.
QString imported(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString in = dir.filePath(QStringLiteral("in.json"));
    const QString out = dir.filePath(QStringLiteral("w.cxatlas"));
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return QString();
    f.close();
    const Run r = cxatlas({QStringLiteral("import"), in, QStringLiteral("-o"), out, QStringLiteral("--replace")});
    return r.exitCode == 0 ? out : QString();
}

// One moment that matters, owned, measured by a strategic metric and using a system: no gaps.
// extraElements and extraMetrics are spliced into the arrays.
QByteArray gapFreeJson(const QByteArray &extraElements = {}, const QByteArray &extraMetrics = {})
{
    return R"({"format": "cxatlas-workspace", "version": 1,
  "journeys": [{"id": "j", "title": "Pay journey", "stages": [{"id": "s", "title": "Buy"}],
                "lanes": [{"id": "l", "title": "Steps"}],
                "moments": [{"id": "m", "stage": "s", "lane": "l", "title": "Pay", "owner": "Ops",
                             "mattersMost": true, "uses": ["sys"]}]}],
  "elements": [{"id": "sys", "kind": "system", "title": "Core"})" + extraElements + R"(],
  "metrics": [{"id": "nps", "title": "NPS", "kind": "nps", "level": "strategic", "measures": ["m"]})"
        + extraMetrics + "]}";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionAndHelp()
    {
        Run r = cxatlas({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("cxatlas %1\n").arg(QStringLiteral(CX_VERSION)));
        r = cxatlas({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("cxatlas info FILE [--json]")));
        QVERIFY(r.out.contains(QStringLiteral("Exit status: 0 on success, 2 on any error")));
        r = cxatlas({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        r = cxatlas({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("-o, --output <FILE>")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("info without a file") << QStringList{QStringLiteral("info")} << QStringLiteral("info needs exactly one workspace file");
        QTest::newRow("info with two files") << QStringList{QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("info needs exactly one workspace file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate"), QStringLiteral("x")} << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("unknown option for the window") << QStringList{QStringLiteral("--bogus"), QStringLiteral("x.cxatlas")} << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("import without -o") << QStringList{QStringLiteral("import"), QStringLiteral("x.json")} << QStringLiteral("import needs one input file and -o FILE");
        const QString example = QStringLiteral(CX_EXAMPLE);
        QTest::newRow("check without a file") << QStringList{QStringLiteral("check")} << QStringLiteral("check needs exactly one workspace file");
        QTest::newRow("check, missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.cxatlas")} << QStringLiteral("x.cxatlas");
        QTest::newRow("impact without an element") << QStringList{QStringLiteral("impact"), example} << QStringLiteral("impact needs a workspace file and an element");
        QTest::newRow("impact, unknown element") << QStringList{QStringLiteral("impact"), example, QStringLiteral("Mainframe")}
                                                 << QStringLiteral("no element or metric has the id or title “Mainframe”");
        QTest::newRow("impact of a moment") << QStringList{QStringLiteral("impact"), example, QStringLiteral("First salary lands")}
                                            << QStringLiteral("no element or metric has the id or title");
        QTest::newRow("impact, missing file") << QStringList{QStringLiteral("impact"), QStringLiteral("/nonexistent/x.cxatlas"), QStringLiteral("CRM")}
                                              << QStringLiteral("x.cxatlas");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = cxatlas(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("cxatlas: ")) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void infoDescribesTheExample()
    {
        const Run r = cxatlas({QStringLiteral("info"), QStringLiteral(CX_EXAMPLE)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("File format:    version %1\n").arg(currentSchemaVersion())));
        QVERIFY(r.out.contains(QStringLiteral("personas:       3\n")));
        QVERIFY2(r.out.contains(QStringLiteral("  Open a current account (current state): 7 stages, 7 lanes, 26 moments, 4 moments that matter; for Busy switcher, Cautious first-timer\n")), qPrintable(r.out));
    }

    void infoJsonShowsWhatTheExampleNeeds()
    {
        // The example is what a new user opens first: three personas, 6–8 stages a main
        // journey, 40+ moments, several moments that matter, every architecture kind, metrics.
        const Run r = cxatlas({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral(CX_EXAMPLE)});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(info[u"schemaVersion"].toInt(), currentSchemaVersion());
        const QJsonObject counts = info[u"counts"].toObject();
        QCOMPARE(counts[u"personas"].toInt(), 3);
        QVERIFY(counts[u"moments"].toInt() >= 40);
        for (const char *kind : {"stories", "experiences", "services", "systems", "processes", "data", "insights", "opportunities"})
            QVERIFY2(counts[QLatin1StringView(kind)].toInt() >= 1, kind);
        QVERIFY(counts[u"metrics"].toInt() >= 4);
        int mainJourneys = 0, matter = 0;
        for (const QJsonValue &j : info[u"journeys"].toArray()) {
            const QJsonObject journey = j.toObject();
            matter += journey[u"momentsThatMatter"].toInt();
            if (journey[u"state"].toString() == u"current") {
                ++mainJourneys;
                QVERIFY(journey[u"stages"].toInt() >= 6 && journey[u"stages"].toInt() <= 8);
            }
        }
        QCOMPARE(mainJourneys, 2);
        QVERIFY(matter >= 4);
    }

    void infoShowsTheSameErrorsAsTheApp_data()
    {
        QTest::addColumn<QString>("which");
        for (const char *which : {"text", "empty", "other sqlite", "newer", "truncated", "garbage"})
            QTest::newRow(which) << QString::fromLatin1(which);
    }

    void infoShowsTheSameErrorsAsTheApp()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const QString path = makeBadFile(dir, which);
        const QByteArray before = fileBytes(path);
        Result error;
        QVERIFY(!Document::open(path, OpenMode::ReadWrite, &error));
        const Run r = cxatlas({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("cxatlas: %1\n").arg(error.message()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileBytes(path), before);
    }

    void infoNotesAWorkspaceOpenElsewhere()
    {
        QTemporaryDir dir;
        auto document = sampleDocument(dir);
        QVERIFY(document);
        const QString path = document->path();
        document.reset();
        QProcess holder;
        holder.start(QStringLiteral(CX_WORKSPACE_CHILD), {QStringLiteral("hold"), path});
        QVERIFY2(holder.waitForReadyRead(10000), holder.readAllStandardError().constData());
        const Run r = cxatlas({QStringLiteral("info"), dir.filePath(QStringLiteral("samples.cxatlas"))});
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("is being edited in another CX Atlas (process")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("moments:        3\n")), qPrintable(r.out));
    }

    void windowStartsOnTheExample()
    {
        // The real binary, its QML from resources, on a copy of the example, offscreen: it must
        // come up and stay up (until we close it), writing nothing to standard error.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CX_BINARY), {path});
        QVERIFY(app.waitForStarted());
        QVERIFY2(!app.waitForFinished(2000), app.readAllStandardError().constData());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // it holds the workspace
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("qrc:")) && !err.contains(QStringLiteral("Error")), qPrintable(err));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // and lets go of it
    }

    void importWritesAWorkspace()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.cxatlas"));
        Run r = cxatlas({QStringLiteral("import"), QStringLiteral(CX_EXAMPLE_JSON), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.cxatlas")});
        // The same file twice gives the same records.
        const Workspace first = reload(out);
        r = cxatlas({QStringLiteral("import"), QStringLiteral(CX_EXAMPLE_JSON), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        r = cxatlas({QStringLiteral("import"), QStringLiteral(CX_EXAMPLE_JSON), QStringLiteral("-o"), out, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 0);
        const Workspace second = reload(out);
        QCOMPARE(second.moments.keys().size(), first.moments.keys().size());
        for (const Moment &m : first.moments)
            QCOMPARE(second.moments.value(m.uid).title, m.title);
    }

    void importErrorsSayWhereAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"cxatlas-workspace\",\n  \"version\": 1,\n  \"personas\": [ { \"id\": \"p\" ]\n}\n")
                                << QStringLiteral("in.json, line 4, column 29:");
        QTest::newRow("not a workspace") << QByteArray(R"({"format": "something-else", "version": 1})")
                                         << QStringLiteral("in.json, at /format: expected \"cxatlas-workspace\"");
        QTest::newRow("newer version") << QByteArray(R"({"format": "cxatlas-workspace", "version": 7})")
                                       << QStringLiteral("in.json, at /version: format version 7 is newer");
        QTest::newRow("unknown key") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "personas": [{"id": "p", "nmae": "x"}]})")
                                     << QStringLiteral("in.json, at /personas/0/nmae: unknown key “nmae”.");
        QTest::newRow("bad enum") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "personas": [{"id": "p", "status": "maybe"}]})")
                                  << QStringLiteral("in.json, at /personas/0/status: expected one of: hypothesis, validated.");
        QTest::newRow("duplicate id") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "personas": [{"id": "p"}, {"id": "p"}]})")
                                      << QStringLiteral("in.json, at /personas/1/id: the id “p” is used twice (first at /personas/0).");
        QTest::newRow("dangling reference") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "elements": [{"id": "e", "kind": "system", "dependsOn": ["nothing"]}]})")
                                            << QStringLiteral("in.json, at /elements/0/dependsOn/0: “nothing” is not an id of this file.");
        QTest::newRow("wrong link kind") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "personas": [{"id": "p"}], "elements": [{"id": "e", "kind": "system", "dependsOn": ["p"]}]})")
                                         << QStringLiteral("in.json, at /elements/0/dependsOn/0: a system cannot be linked to a persona");
        QTest::newRow("emotion out of range") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "journeys": [{"id": "j", "stages": [{"id": "s"}], "lanes": [{"id": "l"}], "moments": [{"id": "m", "stage": "s", "lane": "l", "emotion": 3}]}]})")
                                              << QStringLiteral("in.json, at /journeys/0/moments/0/emotion: expected a whole number from -2 to 2.");
        QTest::newRow("stage of another journey") << QByteArray(R"({"format": "cxatlas-workspace", "version": 1, "journeys": [{"id": "j", "stages": [{"id": "s"}], "lanes": [{"id": "l"}]}, {"id": "k", "lanes": [{"id": "l2"}], "moments": [{"id": "m", "stage": "s", "lane": "l2"}]}]})")
                                                  << QStringLiteral("in.json, at /journeys/1/moments/0/stage: “s” is not a stage of this journey.");
        QTest::newRow("top level not an object") << QByteArray("[1, 2]") << QStringLiteral("in.json: expected a JSON object at the top level.");
    }

    void importErrorsSayWhereAndWriteNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("in.json")), json);
        const Run r = cxatlas({QStringLiteral("import"), dir.filePath(QStringLiteral("in.json")),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("out.cxatlas"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("cxatlas: ")) && r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("in.json")});
    }

    void checkAndImpactHaveHelp()
    {
        for (const char *verb : {"check", "impact"}) {
            const Run r = cxatlas({QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("--json")));
            QVERIFY(r.out.contains(QStringLiteral("Exit status:")));
        }
        const Run r = cxatlas({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("cxatlas check FILE [--json]")));
        QVERIFY(r.out.contains(QStringLiteral("cxatlas impact FILE ELEMENT [--json]")));
    }

    void checkFindsTheExamplesGap()
    {
        const QByteArray before = fileBytes(QStringLiteral(CX_EXAMPLE));
        Run r = cxatlas({QStringLiteral("check"), QStringLiteral(CX_EXAMPLE)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Moments that matter without a metric (1)\n"
                                       "  - Moment that matters “First salary lands” (journey “Open a current account”) "
                                       "has no metric: nothing measures it or an element it uses.\n\n"
                                       "Gaps found: 1.\n"));
        r = cxatlas({QStringLiteral("check"), QStringLiteral(CX_EXAMPLE), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[u"file"].toString(), QStringLiteral(CX_EXAMPLE));
        QCOMPARE(json[u"gapCount"].toInt(), 1);
        QCOMPARE(json[u"counts"].toObject().keys(),
                 (QStringList{QStringLiteral("metric-cycle"), QStringLiteral("metric-without-goal"),
                              QStringLiteral("moment-without-backstage"), QStringLiteral("moment-without-metric"),
                              QStringLiteral("moment-without-owner"), QStringLiteral("unlinked-element")}));
        const QJsonObject gap = json[u"gaps"].toArray().first().toObject();
        QCOMPARE(gap[u"kind"].toString(), QStringLiteral("moment-without-metric"));
        QCOMPARE(gap[u"item"][u"kind"].toString(), QStringLiteral("moment"));
        QCOMPARE(gap[u"item"][u"title"].toString(), QStringLiteral("First salary lands"));
        QCOMPARE(gap[u"item"][u"id"].toString(), uidText(WorkspaceJsonReader::idFor(QStringLiteral("m-open-salary"))));
        QVERIFY(gap[u"message"].toString().contains(QStringLiteral("no metric")));
        QCOMPARE(fileBytes(QStringLiteral(CX_EXAMPLE)), before); // read-only
    }

    void checkWithoutGapsExitsZero()
    {
        QTemporaryDir dir;
        const QString path = imported(dir, gapFreeJson());
        QVERIFY(!path.isEmpty());
        Run r = cxatlas({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No gaps found.\n"));
        r = cxatlas({QStringLiteral("check"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[u"gapCount"].toInt(), 0);
        QVERIFY(json[u"gaps"].toArray().isEmpty());
    }

    void checkReportsMetricCyclesInOrder()
    {
        QTemporaryDir dir;
        const QString path = imported(dir, gapFreeJson({}, R"(,
            {"id": "b", "title": "Beta", "level": "operational", "drives": ["c"]},
            {"id": "c", "title": "Gamma", "level": "operational", "drives": ["a"]},
            {"id": "a", "title": "Alpha", "level": "operational", "drives": ["b", "nps"]})"));
        QVERIFY(!path.isEmpty());
        Run r = cxatlas({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Cycles among metrics (1)\n"
                                               "  - Metrics drive each other in a cycle: Alpha → Beta → Gamma → Alpha.\n")),
                 qPrintable(r.out));
        r = cxatlas({QStringLiteral("check"), path, QStringLiteral("--json")});
        const QJsonArray gaps = QJsonDocument::fromJson(r.out.toUtf8())[u"gaps"].toArray();
        QCOMPARE(gaps.size(), 1);
        QStringList cycle;
        for (const QJsonValue &m : gaps.first()[u"cycle"].toArray())
            cycle.append(m[u"title"].toString());
        QCOMPARE(cycle, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    }

    void impactByTitleOrId()
    {
        const Run byTitle = cxatlas({QStringLiteral("impact"), QStringLiteral(CX_EXAMPLE), QStringLiteral("core BANKING platform")});
        QCOMPARE(byTitle.exitCode, 0);
        QVERIFY2(byTitle.err.isEmpty(), qPrintable(byTitle.err));
        QVERIFY2(byTitle.out.startsWith(QStringLiteral("Impact of system “Core banking platform”: moments 16 (4 that matter), "
                                                       "journeys 2, personas 2, elements 6, metrics 0.\n")),
                 qPrintable(byTitle.out));
        QVERIFY(byTitle.out.contains(QStringLiteral("Core banking platform → First salary lands\n")));
        const QString id = uidText(WorkspaceJsonReader::idFor(QStringLiteral("el-sys-core")));
        const Run byId = cxatlas({QStringLiteral("impact"), QStringLiteral(CX_EXAMPLE), id});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(byId.out, byTitle.out);
    }

    void impactJson()
    {
        const Run r = cxatlas({QStringLiteral("impact"), QStringLiteral("--json"), QStringLiteral(CX_EXAMPLE),
                               QStringLiteral("Core banking platform")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("elements"), QStringLiteral("file"), QStringLiteral("journeys"),
                                           QStringLiteral("metrics"), QStringLiteral("moments"), QStringLiteral("personas"),
                                           QStringLiteral("source")}));
        QCOMPARE(json[u"source"][u"kind"].toString(), QStringLiteral("system"));
        const QJsonArray moments = json[u"moments"].toArray();
        QCOMPARE(moments.size(), 16);
        const QJsonObject first = moments.first().toObject();
        QVERIFY(first[u"mattersMost"].toBool());
        QCOMPARE(first[u"importance"].toInt(), 5);
        QCOMPARE(first[u"path"].toArray().size(), first[u"depth"].toInt() + 1);
        QCOMPARE(first[u"path"].toArray().first().toString(), json[u"source"][u"id"].toString());
        QCOMPARE(first[u"pathTitles"].toArray().last().toString(), first[u"title"].toString());
        QVERIFY(!first[u"journey"][u"title"].toString().isEmpty());
        QCOMPARE(json[u"personas"].toArray().size(), 2);
    }

    void analysisOfABadFileSaysWhatOpenSays()
    {
        QTemporaryDir dir;
        const QString path = makeBadFile(dir, QStringLiteral("text"));
        Result error;
        QVERIFY(!Document::open(path, OpenMode::ReadOnly, &error));
        for (const QStringList &arguments : {QStringList{QStringLiteral("check"), path},
                                             QStringList{QStringLiteral("impact"), path, QStringLiteral("CRM")}}) {
            const Run r = cxatlas(arguments);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err, QStringLiteral("cxatlas: %1\n").arg(error.message()));
        }
    }

    void impactOfAnAmbiguousTitleListsTheCandidates()
    {
        QTemporaryDir dir;
        const QString path = imported(dir, gapFreeJson(R"(, {"id": "other", "kind": "data", "title": "core"})"));
        QVERIFY(!path.isEmpty());
        const Run r = cxatlas({QStringLiteral("impact"), path, QStringLiteral("Core")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("“Core” names 2 records")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("%1  system “Core”").arg(uidText(WorkspaceJsonReader::idFor(QStringLiteral("sys"))))));
        QVERIFY(r.err.contains(QStringLiteral("%1  data “core”").arg(uidText(WorkspaceJsonReader::idFor(QStringLiteral("other"))))));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

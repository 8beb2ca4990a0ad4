// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace JSON: the writer, the round trip, one journey alone, merging into an open document.
#include "samples.h"

#include "io/workspaceimport.h"
#include "io/workspacejsonreader.h"
#include "io/workspacejsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

const QDateTime someTime = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);

Workspace toWorkspace(const WorkspaceData &data)
{
    Workspace w;
    for (const Node &n : data.nodes)
        w.put(n);
    for (const Link &l : data.links)
        w.links.insert(l);
    return w;
}

std::optional<Workspace> readBack(const QByteArray &json, QString *message)
{
    Result error;
    const auto data = WorkspaceJsonReader::read(json, QStringLiteral("export.json"), someTime, &error);
    *message = error.message();
    if (!data)
        return std::nullopt;
    return toWorkspace(*data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Keeps a copy of each export for the schema check that runs after the tests (ctest's
// json_schema_exports validates every file in CX_EXPORT_DIR).
void keepForSchemaCheck(const QString &name, const QByteArray &json)
{
    QDir().mkpath(QStringLiteral(CX_EXPORT_DIR));
    QFile f(QStringLiteral(CX_EXPORT_DIR "/") + name);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(json), json.size());
}

QStringList schemaEnum(const QJsonObject &schema, const QString &def, const QString &property)
{
    QStringList names;
    const QJsonArray values = schema[u"$defs"][def][u"properties"][property][u"enum"].toArray();
    for (const QJsonValue &v : values)
        names.append(v.toString());
    return names;
}

} // namespace

class TestJsonInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void samplesRoundTripToTheSameBytes()
    {
        // Given every kind of record with every field set, written through the Document
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QVERIFY(document);
        // When it is exported, imported and exported again
        const QByteArray first = WorkspaceJsonWriter::write(document->workspace());
        QString message;
        const auto back = readBack(first, &message);
        QVERIFY2(back, qPrintable(message));
        const QByteArray second = WorkspaceJsonWriter::write(*back);
        // Then nothing is lost and the bytes are the same
        QCOMPARE(difference(document->workspace(), *back), QString());
        QCOMPARE(second, first);
        keepForSchemaCheck(QStringLiteral("samples.json"), first);
    }

    void exampleRoundTripsToTheSameBytes()
    {
        QString message;
        const auto example = readBack(readFile(QStringLiteral(CX_EXAMPLE_JSON)), &message);
        QVERIFY2(example, qPrintable(message));
        const QByteArray first = WorkspaceJsonWriter::write(*example);
        const auto back = readBack(first, &message);
        QVERIFY2(back, qPrintable(message));
        QCOMPARE(difference(*example, *back), QString());
        QCOMPARE(WorkspaceJsonWriter::write(*back), first);
        keepForSchemaCheck(QStringLiteral("example.json"), first);
    }

    void recordsAndKeysComeInAStableOrder()
    {
        // The same workspace built in two insertion orders gives the same bytes.
        const Samples samples;
        Workspace a, b;
        QList<Node> nodes = samples.nodes();
        for (const Node &n : std::as_const(nodes))
            a.put(n);
        std::reverse(nodes.begin(), nodes.end());
        for (const Node &n : std::as_const(nodes))
            b.put(n);
        QList<Link> links = samples.links();
        for (const Link &l : std::as_const(links))
            a.links.insert(l);
        std::reverse(links.begin(), links.end());
        for (const Link &l : std::as_const(links))
            b.links.insert(l);
        QCOMPARE(WorkspaceJsonWriter::write(b), WorkspaceJsonWriter::write(a));
        // Keys of every object are sorted.
        const QByteArray json = WorkspaceJsonWriter::write(a);
        QVERIFY(json.indexOf("\"format\"") < json.indexOf("\"journeys\""));
        QVERIFY(json.indexOf("\"journeys\"") < json.indexOf("\"personas\""));
    }

    void oneJourneyStandsAlone()
    {
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        const Workspace &w = document->workspace();
        const auto subset = WorkspaceJsonWriter::journeySubset(w, samples.journey.uid);
        QVERIFY(subset);
        QCOMPARE(subset->journeys.size(), 1);
        QVERIFY(subset->journeys.contains(samples.journey.uid));
        for (const Moment &m : w.moments)
            QCOMPARE(subset->moments.contains(m.uid), m.journey == samples.journey.uid);
        for (const Link &l : subset->links) {
            QVERIFY(subset->contains(l.from));
            QVERIFY(subset->contains(l.to));
        }
        // Every persona it follows and every element its moments use come along.
        for (const Uid &p : w.personasOf(samples.journey.uid))
            QVERIFY(subset->personas.contains(p));
        for (const Link &l : w.links)
            if (l.relation == Relation::Uses && subset->moments.contains(l.from))
                QVERIFY(subset->links.contains(l));
        const QByteArray json = WorkspaceJsonWriter::write(*subset);
        QString message;
        const auto back = readBack(json, &message);
        QVERIFY2(back, qPrintable(message));
        QCOMPARE(WorkspaceJsonWriter::write(*back), json);
        keepForSchemaCheck(QStringLiteral("journey.json"), json);

        QVERIFY(!WorkspaceJsonWriter::journeySubset(w, samples.persona.uid));
        Result error;
        QCOMPARE(WorkspaceJsonWriter::findJourney(w, samples.journey.title, &error), samples.journey.uid);
        QCOMPARE(WorkspaceJsonWriter::findJourney(w, uidText(samples.journey.uid), &error), samples.journey.uid);
        QVERIFY(!WorkspaceJsonWriter::findJourney(w, QStringLiteral("no such journey"), &error));
        QVERIFY(error.message().contains(u"no such journey"));
    }

    void mergeIsOneUndoStep()
    {
        // Given an open workspace with one journey of its own
        QTemporaryDir dir;
        Result error;
        auto document = Document::create(dir.filePath(QStringLiteral("w.cxatlas")), &error);
        QVERIFY2(document, qPrintable(error.message()));
        Journey own;
        own.uid = newUid();
        own.title = QStringLiteral("Our own");
        QVERIFY(document->add(own));
        const Workspace before = document->workspace();
        const int steps = document->undoStack()->count();
        // When the example is merged into it
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), someTime, &error);
        QVERIFY(data);
        QVERIFY2(WorkspaceImport::intoDocument(*document, *data), qPrintable(error.message()));
        // Then everything is there, ids kept, as one undo step, and in the file
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(document->workspace().nodeCount(), before.nodeCount() + toWorkspace(*data).nodeCount());
        for (const Node &n : data->nodes)
            QVERIFY(document->workspace().contains(uidOf(n)));
        QCOMPARE(difference(reload(document->path()), document->workspace()), QString());
        document->undoStack()->undo();
        QCOMPARE(difference(document->workspace(), before), QString());
        QCOMPARE(difference(reload(document->path()), before), QString());
        document->undoStack()->redo();
        QCOMPARE(document->workspace().nodeCount(), before.nodeCount() + toWorkspace(*data).nodeCount());

        // Merging the same again changes nothing and is no error
        const Workspace merged = document->workspace();
        QVERIFY(WorkspaceImport::intoDocument(*document, *data));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(difference(document->workspace(), merged), QString());
    }

    void conflictsChangeNothing()
    {
        QTemporaryDir dir;
        Result error;
        auto document = Document::create(dir.filePath(QStringLiteral("w.cxatlas")), &error);
        QVERIFY(document);
        auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), someTime, &error);
        QVERIFY(data);
        QVERIFY(WorkspaceImport::intoDocument(*document, *data));
        const Workspace before = document->workspace();
        const QString dumpBefore = fileDump(*document);
        const int steps = document->undoStack()->count();

        // Same ids, different content: two records renamed, and one new record besides
        QStringList renamed;
        for (Node &n : data->nodes) {
            if (renamed.size() == 2)
                break;
            if (auto *m = std::get_if<Moment>(&n)) {
                renamed.append(uidText(m->uid));
                m->title += QStringLiteral(" (edited)");
            }
        }
        Element extra;
        extra.uid = newUid();
        extra.kind = NodeKind::System;
        extra.title = QStringLiteral("New system");
        data->nodes.append(extra);
        error = WorkspaceImport::intoDocument(*document, *data);
        QVERIFY(!error);
        QVERIFY2(error.message().contains(u"2 conflict"), qPrintable(error.message()));
        for (const QString &id : std::as_const(renamed))
            QVERIFY2(error.message().contains(id), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"different content"));
        // Nothing changed, in memory, in the file or on the undo stack
        QCOMPARE(difference(document->workspace(), before), QString());
        QCOMPARE(fileDump(*document), dumpBefore);
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(!document->workspace().elements.contains(extra.uid));
        // The same conflicts as a list, for a preview's own heading
        QStringList conflicts;
        WorkspaceImport::mergeChanges(document->workspace(), *data, &error, &conflicts);
        QCOMPARE(conflicts.size(), 2);
        QVERIFY2(conflicts.constFirst().contains(renamed.constFirst()), qPrintable(conflicts.join(u'\n')));

        // An id that names a record of another kind
        WorkspaceData clash;
        Element element;
        element.uid = uidOf(data->nodes.constFirst());
        element.title = QStringLiteral("Clash");
        clash.nodes.append(element);
        error = WorkspaceImport::intoDocument(*document, clash);
        QVERIFY(!error);
        QVERIFY2(error.message().contains(u"has the id of"), qPrintable(error.message()));
    }

    // File > Import… and `cxatlas import` read a file by its name, or by its first line when
    // the name does not tell.
    void readFileTellsTheFormat()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                return QString();
            return f.fileName();
        };
        const QByteArray mermaid = "%% a diagram\n\njourney\n  title Sniffed\n  section One\n    Call: 2: Ana\n";
        Result error;
        WorkspaceImport::Format format = WorkspaceImport::Format::Json;

        auto data = WorkspaceImport::readFile(write(QStringLiteral("diagram.txt"), mermaid), someTime, &error, &format);
        QVERIFY2(data, qPrintable(error.message()));
        QVERIFY(format == WorkspaceImport::Format::Mermaid);
        QVERIFY(std::any_of(data->nodes.cbegin(), data->nodes.cend(), [](const Node &n) {
            return kindOf(n) == NodeKind::Journey && titleOf(n) == u"Sniffed";
        }));

        data = WorkspaceImport::readFile(write(QStringLiteral("same.mermaid"), mermaid), someTime, &error, &format);
        QVERIFY2(data && format == WorkspaceImport::Format::Mermaid, qPrintable(error.message()));

        // JSON by its first character, with a byte order mark before it
        const QByteArray json = "\xEF\xBB\xBF" + readFile(QStringLiteral(CX_EXAMPLE_JSON));
        data = WorkspaceImport::readFile(write(QStringLiteral("export.data"), json), someTime, &error, &format);
        QVERIFY2(data, qPrintable(error.message()));
        QVERIFY(format == WorkspaceImport::Format::Json);

        // The name wins over the content: Mermaid in a .json file is a JSON syntax error
        data = WorkspaceImport::readFile(write(QStringLiteral("wrong.json"), mermaid), someTime, &error, &format);
        QVERIFY(!data);
        QVERIFY2(error.message().contains(u"wrong.json") && error.message().contains(u"line 1"), qPrintable(error.message()));

        // Neither, or nothing there
        data = WorkspaceImport::readFile(write(QStringLiteral("notes.txt"), "Dear team,\n"), someTime, &error);
        QVERIFY(!data);
        QVERIFY2(error.message().contains(u"notes.txt") && error.message().contains(u"neither"), qPrintable(error.message()));
        data = WorkspaceImport::readFile(write(QStringLiteral("empty.txt"), ""), someTime, &error);
        QVERIFY(!data);
        QVERIFY2(error.message().contains(u"neither"), qPrintable(error.message()));
        data = WorkspaceImport::readFile(dir.filePath(QStringLiteral("missing.json")), someTime, &error);
        QVERIFY(!data);
        QVERIFY2(error.message().contains(u"missing.json"), qPrintable(error.message()));
    }

    void newMomentsGoAfterThoseOfTheirCell()
    {
        // A journey exported, then one more moment added to a cell of it in the file: merging
        // puts it after the cell's cards.
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QJsonObject root = WorkspaceJsonWriter::toJson(document->workspace());
        QJsonArray journeys = root[u"journeys"].toArray();
        qsizetype at = 0;
        while (journeys[at][u"id"].toString() != uidText(samples.journey.uid))
            ++at;
        QJsonObject journey = journeys[at].toObject();
        QJsonArray moments = journey[u"moments"].toArray();
        QJsonObject added = moments[0].toObject();
        added[u"id"] = QStringLiteral("new-moment");
        added[u"title"] = QStringLiteral("Added later");
        added.remove(u"uses");
        added.remove(u"opensJourney");
        moments.append(added);
        journey[u"moments"] = moments;
        journeys[at] = journey;
        root[u"journeys"] = journeys;
        Result error;
        const auto data = WorkspaceJsonReader::read(QJsonDocument(root).toJson(), QStringLiteral("x.json"), someTime, &error);
        QVERIFY2(data, qPrintable(error.message()));
        QVERIFY2(WorkspaceImport::intoDocument(*document, *data), qPrintable(error.message()));
        const Moment m = document->workspace().moments.value(WorkspaceJsonReader::idFor(QStringLiteral("new-moment")));
        const QList<Moment> cell = document->workspace().momentsIn(m.stage, m.lane);
        QCOMPARE(cell.constLast().uid, m.uid);
        QCOMPARE(m.position, int(cell.size()) - 1);
    }

    void inputsOverTheLimitsAreRefused()
    {
        // More records than the reader takes: refused with the pointer of the first one over.
        QByteArray json = "{\"format\": \"cxatlas-workspace\", \"version\": 1, \"personas\": [";
        for (qsizetype i = 0; i <= WorkspaceJsonReader::maxRecords; ++i)
            json += (i ? ",{\"id\":\"p" : "{\"id\":\"p") + QByteArray::number(i) + "\"}";
        json += "]}";
        QString message;
        QVERIFY(!readBack(json, &message));
        QVERIFY2(message.contains(QStringLiteral("at /personas/%1: more than %2 records")
                                      .arg(WorkspaceJsonReader::maxRecords).arg(WorkspaceJsonReader::maxRecords)),
                 qPrintable(message));
        // A file over the size limit is refused before it is read (a sparse file: no disk used).
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(WorkspaceJsonReader::maxFileSize + 1));
        f.close();
        Result error;
        QVERIFY(!WorkspaceJsonReader::readFile(big, someTime, &error));
        QVERIFY2(error.message().contains(u"the most CX Atlas imports is 256 MB"), qPrintable(error.message()));
    }

    void schemaEnumsAreTheModelsNames()
    {
        const QJsonObject schema = QJsonDocument::fromJson(readFile(QStringLiteral(CX_SCHEMA))).object();
        QVERIFY(!schema.isEmpty());
        QCOMPARE(schemaEnum(schema, QStringLiteral("persona"), QStringLiteral("valueTier")), allNames<ValueTier>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("persona"), QStringLiteral("status")), allNames<PersonaStatus>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("journey"), QStringLiteral("state")), allNames<JourneyState>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("moment"), QStringLiteral("evidence")), allNames<EvidenceLevel>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("metric"), QStringLiteral("kind")), allNames<MetricKind>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("metric"), QStringLiteral("level")), allNames<MetricLevel>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("metric"), QStringLiteral("direction")), allNames<Direction>());
        QCOMPARE(schemaEnum(schema, QStringLiteral("insight"), QStringLiteral("sourceKind")), allNames<InsightSource>());
        const QJsonObject lane = schema[u"$defs"][u"journey"][u"properties"][u"lanes"][u"items"].toObject();
        QStringList laneKinds;
        for (const QJsonValue &v : lane[u"properties"][u"kind"][u"enum"].toArray())
            laneKinds.append(v.toString());
        QCOMPARE(laneKinds, allNames<LaneKind>());
        const QJsonObject evidence = schema[u"$defs"][u"persona"][u"properties"][u"evidence"][u"items"].toObject();
        QStringList evidenceKinds;
        for (const QJsonValue &v : evidence[u"properties"][u"kind"][u"enum"].toArray())
            evidenceKinds.append(v.toString());
        QCOMPARE(evidenceKinds, allNames<EvidenceKind>());
        QStringList elementKinds;
        for (const QJsonValue &v : schema[u"$defs"][u"element"][u"properties"][u"kind"][u"enum"].toArray())
            elementKinds.append(v.toString());
        QStringList modelElementKinds;
        for (const QString &n : allNames<NodeKind>())
            if (isElementKind(*fromName<NodeKind>(n)))
                modelElementKinds.append(n);
        QCOMPARE(elementKinds, modelElementKinds);
    }
};

QTEST_GUILESS_MAIN(TestJsonInterchange)
#include "tst_jsoninterchange.moc"

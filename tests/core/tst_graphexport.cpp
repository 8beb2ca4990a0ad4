// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphML and DOT of the workspace graph: read back by Boost's GraphML reader here; the files
// are kept for graphml_networkx and dot_renders, which run networkx and Graphviz on them.
#include "samples.h"

#include "graph/workspacegraph.h"
#include "io/architecturegraphio.h"
#include "io/workspacejsonreader.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <sstream>

using namespace cx;
using namespace cx::test;

namespace {

struct ReadVertex {
    std::string uid, kind, title;
};
struct ReadEdge {
    std::string relation;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadVertex, ReadEdge>;

// The samples, with titles that XML and DOT must escape.
Workspace trickyWorkspace()
{
    const Samples s;
    Workspace w;
    for (const Node &n : s.nodes())
        w.put(n);
    for (const Link &l : s.links())
        w.links.insert(l);
    Element system = w.elements.value(s.system.uid);
    system.title = QStringLiteral("Core <banking> & \"ledger\" \\ back\nslash — Zürich 🎉");
    w.put(system);
    return w;
}

void keep(const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(QStringLiteral(CX_GRAPH_DIR));
    QFile f(QStringLiteral(CX_GRAPH_DIR "/") + name);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void graphmlReadsBackWithBoost()
    {
        // Given the samples with a tricky title, as GraphML
        const Workspace w = trickyWorkspace();
        const QByteArray xml = ArchitectureGraphIo::graphml(w);
        QCOMPARE(ArchitectureGraphIo::graphml(w), xml); // stable
        keep(QStringLiteral("samples.graphml"), xml);
        QVERIFY(xml.contains("Core &lt;banking&gt; &amp; &quot;ledger&quot; \\ back\nslash"));
        // When Boost's reader reads it
        ReadGraph g;
        boost::dynamic_properties dp(boost::ignore_other_properties);
        dp.property("uid", boost::get(&ReadVertex::uid, g));
        dp.property("kind", boost::get(&ReadVertex::kind, g));
        dp.property("title", boost::get(&ReadVertex::title, g));
        dp.property("relation", boost::get(&ReadEdge::relation, g));
        std::istringstream in(xml.toStdString());
        try {
            boost::read_graphml(in, g, dp);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        // Then every vertex and edge is there with its kind, title and relation
        const WorkspaceGraph wg(w);
        QCOMPARE(qsizetype(boost::num_vertices(g)), wg.vertexCount());
        QCOMPARE(qsizetype(boost::num_edges(g)), wg.edgeCount());
        QVERIFY(wg.vertexCount() > 5);
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            const Uid uid = uidFromText(QString::fromStdString(g[v].uid));
            const auto record = w.node(uid);
            QVERIFY(record);
            QCOMPARE(QString::fromStdString(g[v].kind), name(kindOf(*record)));
            // Boost's reader collapses whitespace (property_tree's trim_whitespace); the file
            // keeps the line break, as checked below.
            QCOMPARE(QString::fromStdString(g[v].title), titleOf(*record).simplified());
        }
        QSet<QString> relations;
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const QString relation = QString::fromStdString(g[e].relation);
            relations.insert(relation);
            if (relation == u"contains")
                continue;
            const Link link{uidFromText(QString::fromStdString(g[boost::source(e, g)].uid)),
                            *fromName<Relation>(relation),
                            uidFromText(QString::fromStdString(g[boost::target(e, g)].uid))};
            QVERIFY2(w.links.contains(link), qPrintable(relation));
        }
        for (const QString &r : allNames<Relation>())
            QVERIFY2(relations.contains(r), qPrintable(r));
    }

    void dotNamesEveryNodeAndEdge()
    {
        const Workspace w = trickyWorkspace();
        const QByteArray dot = ArchitectureGraphIo::dot(w);
        QCOMPARE(ArchitectureGraphIo::dot(w), dot);
        keep(QStringLiteral("samples.dot"), dot);
        QVERIFY(dot.startsWith("digraph G {"));
        const WorkspaceGraph wg(w);
        QCOMPARE(dot.count("->"), wg.edgeCount());
        for (qsizetype v = 0; v < wg.vertexCount(); ++v)
            QVERIFY(dot.contains(uidText(wg.uid(Vertex(v))).toUtf8()));
        // The tricky title, escaped for Graphviz: quotes and backslashes, newline as \n
        QVERIFY2(dot.contains("label=\"Core <banking> & \\\"ledger\\\" \\\\ back\\nslash — Zürich 🎉\""), dot.constData());
        QVERIFY(dot.contains("kind=system"));
        QVERIFY(dot.contains("label=uses"));
    }

    void exampleGraphsAreKeptForTheTools()
    {
        Result error;
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), fileTimestamp(), &error);
        QVERIFY(data);
        Workspace w;
        for (const Node &n : data->nodes)
            w.put(n);
        for (const Link &l : data->links)
            w.links.insert(l);
        keep(QStringLiteral("example.graphml"), ArchitectureGraphIo::graphml(w));
        keep(QStringLiteral("example.dot"), ArchitectureGraphIo::dot(w));
    }
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"

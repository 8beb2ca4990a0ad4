// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "io/workspaceimport.h"
#include "io/workspacejsonreader.h"

#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readableIdsMapToStableUuids()
    {
        QCOMPARE(WorkspaceJsonReader::idFor(QStringLiteral("persona-saver")),
                 WorkspaceJsonReader::idFor(QStringLiteral("persona-saver")));
        QVERIFY(WorkspaceJsonReader::idFor(QStringLiteral("a")) != WorkspaceJsonReader::idFor(QStringLiteral("b")));
        const QString uuid = QStringLiteral("0b8d1c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
        QCOMPARE(uidText(WorkspaceJsonReader::idFor(uuid)), uuid);
    }

    void exampleImportsWhole()
    {
        // Given the example's source, when it is read and written into a new workspace
        Result error;
        const QDateTime time(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), time, &error);
        QVERIFY2(data, qPrintable(error.message()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(WorkspaceImport::toNewFile(*data, path));
        // Then the workspace holds exactly what the source said
        const Workspace w = reload(path);
        QCOMPARE(qsizetype(w.nodeCount() + w.votes.size() + w.rounds.size() + w.parkingNotes.size()
                           + w.responseBatches.size()),
                 data->nodes.size());
        for (const Node &node : data->nodes)
            QVERIFY2(w.node(uidOf(node)) == node, qPrintable(titleOf(node)));
        QCOMPARE(w.links.size(), data->links.size());
        // Moments of a cell are numbered 0 … n-1 in the order the source lists them.
        for (const Moment &m : w.moments) {
            const QList<Moment> cell = w.momentsIn(m.stage, m.lane);
            QCOMPARE(cell.at(m.position).uid, m.uid);
        }
    }

    void parseErrorsGiveLineAndColumn()
    {
        Result error;
        const auto data = WorkspaceJsonReader::read("{\n  \"format\": \"cxatlas-workspace\"\n  \"version\": 1\n}",
                                                    QStringLiteral("x.json"), QDateTime(), &error);
        QVERIFY(!data);
        QVERIFY2(error.message().startsWith(QStringLiteral("x.json, line 3, column 3:")), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

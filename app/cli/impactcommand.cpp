// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactcommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "graph/analysisoutput.h"
#include "graph/impactanalysis.h"
#include "graph/workspacegraph.h"
#include "model/labels.h"

#include <QCoreApplication>

namespace cx::cli {

int impactCommand(const QStringList &arguments)
{
    VerbParser verb(QCoreApplication::translate(
                        "cx::cli",
                        "Prints every moment, journey and persona that depends on an element (or "
                        "the moments a metric measures and the metrics it drives), transitively, "
                        "moments that matter first, each with the chain of links that makes it "
                        "depend. Never changes the file.\n\n"
                        "Exit status: 0 on success, 2 on any error (also when ELEMENT names "
                        "nothing, or several records: then the candidates are listed)."),
                    {{QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace.")},
                     {QStringLiteral("element"),
                      QCoreApplication::translate("cx::cli", "An element or metric: its id, or its "
                                                             "exact title (case is ignored).")}});
    int status = exitOk;
    if (!verb.parse(arguments,
                    QCoreApplication::translate("cx::cli", "impact needs a workspace file and an "
                                                           "element (see cxatlas impact --help)."),
                    &status))
        return status;
    const QString path = verb.positionals().at(0);
    const QString wanted = verb.positionals().at(1);
    const auto document = openReadOnly(path);
    if (!document)
        return exitError;
    const Workspace &workspace = document->workspace();
    const QList<Uid> found = ImpactAnalysis::find(workspace, wanted);
    if (found.isEmpty()) {
        printError(QCoreApplication::translate("cx::cli", "%1: no element or metric has the id or "
                                                          "title “%2”.").arg(path, wanted));
        return exitError;
    }
    if (found.size() > 1) {
        QString candidates;
        for (const Uid &uid : found) {
            const auto node = workspace.node(uid);
            candidates += QStringLiteral("\n  %1  %2 “%3”").arg(uidText(uid), label(kindOf(*node)), titleOf(*node));
        }
        printError(QCoreApplication::translate("cx::cli", "%1: “%2” names %3 records; give one "
                                                          "of their ids:%4")
                       .arg(path, wanted, QString::number(found.size()), candidates));
        return exitError;
    }
    const WorkspaceGraph graph(workspace);
    const ImpactReport report = ImpactAnalysis::of(graph, found.constFirst());
    printReport(verb.json(), AnalysisOutput::toJson(report), AnalysisOutput::toText(report), path);
    return exitOk;
}

} // namespace cx::cli

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "graph/analysisoutput.h"
#include "graph/gapanalysis.h"
#include "graph/workspacegraph.h"

#include <QCoreApplication>

namespace cx::cli {

int checkCommand(const QStringList &arguments)
{
    VerbParser verb(QCoreApplication::translate(
                        "cx::cli",
                        "Checks the CX architecture of a workspace for gaps: moments that matter "
                        "without a metric, an owner or backstage support; elements linked to "
                        "nothing; metrics that lead to no strategic metric; cycles among metrics. "
                        "Never changes the file.\n\n"
                        "Exit status: 0 when there are no gaps, 1 when there are, 2 on any error."),
                    {{QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace.")}});
    int status = exitOk;
    if (!verb.parse(arguments,
                    QCoreApplication::translate("cx::cli", "check needs exactly one workspace file "
                                                           "(see cxatlas check --help)."),
                    &status))
        return status;
    const QString path = verb.positionals().constFirst();
    const auto document = openReadOnly(path);
    if (!document)
        return exitError;
    const WorkspaceGraph graph(document->workspace());
    const GapReport report = GapAnalysis::of(graph);
    printReport(verb.json(), AnalysisOutput::toJson(report), AnalysisOutput::toText(report), path);
    return report.isEmpty() ? exitOk : exitFindings;
}

} // namespace cx::cli

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports and imports at 100, 1k and 10k moments (synthetic workspaces): JSON export and
// import (parse and check, as cxatlas import does before writing), CSV, GraphML and Mermaid.
// Target: JSON import of 10k moments ≤ 0.5 s. Prints the median of 5 runs of each, and for
// JSON a baseline measured in the same run on the same bytes: Qt's own parse
// (QJsonDocument::fromJson) and serialisation (toJson, indented) with nothing of ours, so the
// ratios say what the checks and the model cost on top of the JSON library.
#include "benchreport.h"
#include "syntheticworkspace.h"

#include "io/architecturegraphio.h"
#include "io/mermaidjourney.h"
#include "io/momentscsv.h"
#include "io/workspacejsonreader.h"
#include "io/workspacejsonwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <cstdio>

using namespace cx;
using namespace cx::bench;

namespace {

template<typename F>
double medianMs(F run)
{
    Samples samples;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        samples.add(timer.nsecsElapsed());
    }
    return samples.medianMs();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%-8s %12s %12s %12s %12s %12s %10s\n", "moments", "JSON export", "JSON import",
                "CSV export", "GraphML", "Mermaid", "JSON size");
    bool met = true;
    for (const int n : {100, 1000, 10000}) {
        SyntheticOptions options;
        options.moments = n;
        const SyntheticWorkspace synthetic = SyntheticWorkspace::generate(options);
        Workspace w;
        for (const Node &node : synthetic.allNodes())
            w.put(node);
        for (const Link &l : synthetic.skeletonLinks)
            w.links.insert(l);
        for (const Link &l : synthetic.links)
            w.links.insert(l);
        QByteArray json;
        const double exportMs = medianMs([&] { json = WorkspaceJsonWriter::write(w); });
        const QDateTime now = fileTimestamp();
        bool ok = true;
        const double importMs = medianMs([&] {
            Result error;
            ok = ok && WorkspaceJsonReader::read(json, QStringLiteral("bench.json"), now, &error).has_value();
        });
        const QJsonDocument parsed = QJsonDocument::fromJson(json);
        const double parseMs = medianMs([&] { (void)QJsonDocument::fromJson(json); });
        const double serialiseMs = medianMs([&] { (void)parsed.toJson(QJsonDocument::Indented); });
        const double csvMs = medianMs([&] { MomentsCsv::write(w); });
        const double graphmlMs = medianMs([&] { ArchitectureGraphIo::graphml(w); });
        const Uid journey = w.journeys.begin().key();
        const double mermaidMs = medianMs([&] { MermaidJourney::write(w, journey); });
        std::printf("%-8d %9.1f ms %9.1f ms %9.1f ms %9.1f ms %9.1f ms %7.1f MB%s\n", n, exportMs, importMs,
                    csvMs, graphmlMs, mermaidMs, double(json.size()) / 1e6, ok ? "" : "  (import FAILED)");
        std::printf("%-8s %9.1f ms %9.1f ms   baseline: Qt's toJson and fromJson of the same bytes\n", "", serialiseMs, parseMs);
        std::printf("%-8s %10.1fx %10.1fx   ratio\n", "", exportMs / std::max(0.001, serialiseMs), importMs / std::max(0.001, parseMs));
        if (n == 10000)
            met = ok && importMs <= 500;
    }
    std::printf("target: JSON import of 10k moments <= 500 ms: %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}

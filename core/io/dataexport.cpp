// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "architecturegraphio.h"
#include "mermaidjourney.h"
#include "momentscsv.h"
#include "workspacejsonwriter.h"

namespace cx {

QStringList DataExport::formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("graphml"), QStringLiteral("dot"),
            QStringLiteral("mermaid")};
}

std::optional<QByteArray> DataExport::bytes(const QString &format, const Workspace &workspace,
                                            const std::optional<Uid> &journey, Result *error)
{
    if (journey && !workspace.journeys.contains(*journey)) {
        *error = Result::failure(ErrorCode::NotFound, tr("There is no journey with id %1 in this workspace.").arg(uidText(*journey)));
        return std::nullopt;
    }
    *error = Result::success();
    // The graph formats and JSON of one journey hold what the journey needs.
    auto scope = [&] { return journey ? *WorkspaceJsonWriter::journeySubset(workspace, *journey) : workspace; };
    const QString name = format.toLower();
    if (name == u"json")
        return WorkspaceJsonWriter::write(scope());
    if (name == u"csv")
        return MomentsCsv::write(workspace, journey);
    if (name == u"graphml")
        return ArchitectureGraphIo::graphml(scope());
    if (name == u"dot")
        return ArchitectureGraphIo::dot(scope());
    if (name == u"mermaid") {
        std::optional<Uid> one = journey;
        if (!one && workspace.journeys.size() == 1)
            one = workspace.journeys.begin().key();
        if (!one) {
            *error = Result::failure(ErrorCode::Invalid, tr("A Mermaid journey diagram holds one journey: choose one "
                                                            "(this workspace has %1).").arg(workspace.journeys.size()));
            return std::nullopt;
        }
        return MermaidJourney::write(workspace, *one);
    }
    *error = Result::failure(ErrorCode::Invalid, tr("Unknown format “%1”: use %2.").arg(format, formats().join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace cx

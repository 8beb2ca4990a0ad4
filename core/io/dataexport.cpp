// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "architecturegraphio.h"
#include "mermaidjourney.h"
#include "momentscsv.h"
#include "votescsv.h"
#include "workspacejsonwriter.h"

namespace cx {

QStringList DataExport::formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("graphml"), QStringLiteral("dot"),
            QStringLiteral("mermaid"), QStringLiteral("votes-csv")};
}

Result DataExport::validate(const QString &format, const Workspace &workspace, const std::optional<Uid> &journey)
{
    const QString name = format.toLower();
    if (!formats().contains(name))
        return Result::failure(ErrorCode::Invalid, tr("Unknown format “%1”: use %2.").arg(format, formats().join(QStringLiteral(", "))));
    if (journey && !workspace.journeys.contains(*journey))
        return Result::failure(ErrorCode::NotFound, tr("There is no journey with id %1 in this workspace.").arg(uidText(*journey)));
    if (name == u"mermaid" && !journey && workspace.journeys.size() != 1)
        return Result::failure(ErrorCode::Invalid, tr("A Mermaid journey diagram holds one journey: choose one "
                                                      "(this workspace has %1).").arg(workspace.journeys.size()));
    return Result::success();
}

std::optional<QByteArray> DataExport::bytes(const QString &format, const Workspace &workspace,
                                            const std::optional<Uid> &journey, Result *error)
{
    *error = validate(format, workspace, journey);
    if (!*error)
        return std::nullopt;
    // The graph formats and JSON of one journey hold what the journey needs.
    auto scope = [&] { return journey ? *WorkspaceJsonWriter::journeySubset(workspace, *journey) : workspace; };
    const QString name = format.toLower();
    if (name == u"json")
        return WorkspaceJsonWriter::write(scope());
    if (name == u"csv")
        return MomentsCsv::write(workspace, journey);
    if (name == u"votes-csv")
        return VotesCsv::write(workspace, journey);
    if (name == u"graphml")
        return ArchitectureGraphIo::graphml(scope());
    if (name == u"dot")
        return ArchitectureGraphIo::dot(scope());
    // mermaid: validate() made sure there is one journey to write
    return MermaidJourney::write(workspace, journey ? *journey : workspace.journeys.begin().key());
}

} // namespace cx

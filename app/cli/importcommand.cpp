// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "io/mermaidjourney.h"
#include "io/workspaceimport.h"
#include "model/nodebase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cx::cli {

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cx::cli", "Makes a new workspace from a workspace JSON file (format: "
                   "resources/examples/FORMAT.md) or a Mermaid journey diagram (.mmd, .mermaid), or with --into merges it into an existing "
                   "workspace: ids are kept, records already there with the same content are "
                   "left alone, conflicts are listed. All or nothing: on any error no file is "
                   "written or changed."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cx::cli", "The workspace to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QCoreApplication::translate("cx::cli", "Replace FILE if it exists."));
    const QCommandLineOption into(QStringLiteral("into"),
                                  QCoreApplication::translate("cx::cli", "Merge into this existing workspace "
                                                                         "(one transaction, one undo step)."),
                                  QStringLiteral("FILE"));
    parser.addOption(output);
    parser.addOption(replace);
    parser.addOption(into);
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QCoreApplication::translate("cx::cli", "The file to read: workspace JSON, or a Mermaid journey diagram (by its name, .mmd or .mermaid, or its first line)."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || parser.isSet(output) == parser.isSet(into)) {
        printError(QCoreApplication::translate("cx::cli", "import needs one input file and -o FILE (a new "
                                                          "workspace) or --into FILE (a merge); see cxatlas import --help."));
        return exitError;
    }
    Result error;
    const QString input = inputs.constFirst();
    WorkspaceImport::Format format = WorkspaceImport::Format::Json;
    auto data = WorkspaceImport::readFile(input, fileTimestamp(), &error, &format);
    if (data && parser.isSet(into)) {
        auto document = Document::open(parser.value(into), OpenMode::ReadWrite, &error);
        if (document && document->isReadOnly())
            error = Result::failure(ErrorCode::ReadOnly, document->readOnlyReason());
        if (document && error) {
            printNotes(*document);
            if (format == WorkspaceImport::Format::Mermaid)
                MermaidJourney::adoptPersonas(*data, document->workspace());
            error = WorkspaceImport::intoDocument(*document, *data);
        }
    } else if (data) {
        error = WorkspaceImport::toNewFile(*data, parser.value(output), parser.isSet(replace));
    }
    if (!error) {
        printError(error.message());
        return exitError;
    }
    return exitOk;
}

} // namespace cx::cli

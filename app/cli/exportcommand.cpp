// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "io/dataexport.h"
#include "io/imageexport.h"
#include "io/pdfexport.h"
#include "io/workspacejsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cx::cli {

namespace {

// The formats other tools read, written by core/io/dataexport as File > Export… does.
std::function<Result(const ExportRequest &)> writeData(const QString &format)
{
    return [format](const ExportRequest &request) {
        if (format == u"mermaid" && !request.journey && request.workspace.journeys.size() != 1)
            return Result::failure(ErrorCode::Invalid,
                                   QCoreApplication::translate("cx::cli", "a Mermaid journey diagram holds one journey: choose it with --journey "
                                                                          "(this workspace has %1).").arg(request.workspace.journeys.size()));
        Result error;
        const auto bytes = DataExport::bytes(format, request.workspace, request.journey, &error);
        return bytes ? WorkspaceJsonWriter::writeFile(*bytes, request.output) : error;
    };
}

Result writePdf(const ExportRequest &request)
{
    PdfOptions options;
    options.title = request.title;
    options.author = request.author;
    if (!request.pageSize.isEmpty())
        options.pageSize = request.pageSize;
    if (!request.orientation.isEmpty())
        options.orientation = request.orientation;
    if (!request.layout.isEmpty())
        options.journeyLayout = request.layout;
    if (request.journey)
        options.journeyIds = {*request.journey};
    // The same choice of parts as File > Export…: PdfOptions' flags.
    if (request.parts) {
        if (Result r = PdfExport::setParts(*request.parts, &options); !r)
            return r;
    }
    return PdfExport::write(request.workspace, options, request.output);
}

Result imageOptions(const ExportRequest &request, ImageOptions *options)
{
    if (!request.view.isEmpty())
        options->view = request.view.toLower();
    if (request.journey)
        options->journey = *request.journey;
    if (!request.dpi.isEmpty()) {
        bool ok = false;
        options->dpi = request.dpi.toInt(&ok);
        if (!ok)
            return Result::failure(ErrorCode::Invalid,
                                   QCoreApplication::translate("cx::cli", "--dpi takes a whole number, not “%1”.").arg(request.dpi));
    }
    return Result::success();
}

Result writeSvg(const ExportRequest &request)
{
    ImageOptions options;
    if (Result r = imageOptions(request, &options); !r)
        return r;
    return ImageExport::writeSvg(request.workspace, options, request.output, request.title);
}

Result writePng(const ExportRequest &request)
{
    ImageOptions options;
    if (Result r = imageOptions(request, &options); !r)
        return r;
    return ImageExport::writePng(request.workspace, options, request.output);
}

} // namespace

bool exportNeedsGui(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != u"export")
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString value;
        if ((a == u"-f" || a == u"--format") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (a.startsWith(u"--format="))
            value = a.mid(9);
        value = value.toLower();
        if (value == u"pdf" || value == u"svg" || value == u"png")
            return true;
    }
    return false;
}

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats{
        {QStringLiteral("pdf"), QCoreApplication::translate("cx::cli", "vector PDF of journeys, personas and the architecture"), writePdf},
        {QStringLiteral("json"), QCoreApplication::translate("cx::cli", "workspace JSON, version 1 (the interchange format; "
                                    "cxatlas import reads it)"), writeData(QStringLiteral("json"))},
        {QStringLiteral("svg"), QCoreApplication::translate("cx::cli", "SVG of a journey or of the architecture view"), writeSvg},
        {QStringLiteral("png"), QCoreApplication::translate("cx::cli", "PNG of a journey or of the architecture view"), writePng},
        {QStringLiteral("graphml"), QCoreApplication::translate("cx::cli", "GraphML of the architecture graph (kinds and titles as attributes)"), writeData(QStringLiteral("graphml"))},
        {QStringLiteral("dot"), QCoreApplication::translate("cx::cli", "Graphviz DOT of the architecture graph"), writeData(QStringLiteral("dot"))},
        {QStringLiteral("mermaid"), QCoreApplication::translate("cx::cli", "Mermaid journey diagram of one journey (cxatlas import reads it back)"), writeData(QStringLiteral("mermaid"))},
        {QStringLiteral("csv"), QCoreApplication::translate("cx::cli", "CSV of moments, one row each (RFC 4180)"), writeData(QStringLiteral("csv"))},
        {QStringLiteral("votes-csv"), QCoreApplication::translate("cx::cli", "CSV of the ended voting rounds' results, one row per round and "
                                          "moment with dots (RFC 4180; only the header when no round has ended)"),
         writeData(QStringLiteral("votes-csv"))},
    };
    return formats;
}

int exportCommand(const QStringList &arguments)
{
    QString formatHelp;
    QStringList names;
    for (const ExportFormat &f : exportFormats()) {
        names.append(f.name);
        formatHelp += QStringLiteral("\n  %1  %2%3").arg(f.name.leftJustified(9), f.description,
                                                         f.write ? QString() : QCoreApplication::translate("cx::cli", " (not available in this build)"));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cx::cli", "Exports a workspace, or one journey of it, to another format. Never changes the "
           "workspace. Formats:") + formatHelp);
    parser.addHelpOption();
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("cx::cli", "The format: %1.").arg(names.join(u'|')), QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cx::cli", "The file to write (replaced if it exists)."), QStringLiteral("OUT"));
    const QCommandLineOption journey(QStringLiteral("journey"),
                                     QCoreApplication::translate("cx::cli", "Export only this journey (its id or its title) and what it needs."),
                                     QStringLiteral("ID|TITLE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QCoreApplication::translate("cx::cli", "pdf: A4 (default), A3, Letter or Tabloid."), QStringLiteral("SIZE"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
                                         QCoreApplication::translate("cx::cli", "pdf: landscape (default) or portrait."), QStringLiteral("WAY"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    QCoreApplication::translate("cx::cli", "pdf: fit each journey on one page (default) or tile it across pages."),
                                    QStringLiteral("fit|tile"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("cx::cli", "pdf, svg: the document's title (default: the workspace's)."), QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    QCoreApplication::translate("cx::cli", "pdf: the author in the document's metadata."), QStringLiteral("NAME"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("cx::cli", "svg, png: the journey map (default) or the architecture."),
                                  QStringLiteral("journey|architecture"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QCoreApplication::translate("cx::cli", "png: the resolution, 96 (default) is one pixel per layout unit."), QStringLiteral("N"));
    const QCommandLineOption parts(QStringLiteral("parts"),
                                   QCoreApplication::translate("cx::cli", "pdf: the parts to print, separated by commas: %1 (default: all).")
                                       .arg(PdfExport::partNames().join(u',')),
                                   QStringLiteral("LIST"));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(journey);
    for (const QCommandLineOption &option : {pageSize, orientation, layout, title, author, parts, view, dpi})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(format) || !parser.isSet(output)) {
        printError(QCoreApplication::translate("cx::cli", "export needs one workspace file, --format NAME and -o OUT "
                      "(see cxatlas export --help)."));
        return exitError;
    }
    const QString wanted = parser.value(format).toLower();
    const auto it = std::find_if(exportFormats().begin(), exportFormats().end(),
                                 [&](const ExportFormat &f) { return f.name == wanted; });
    if (it == exportFormats().end()) {
        printError(QCoreApplication::translate("cx::cli", "unknown format “%1”; use one of: %2.").arg(parser.value(format), names.join(u", ")));
        return exitError;
    }
    if (!it->write) {
        printError(QCoreApplication::translate("cx::cli", "the %1 export is not available in this build.").arg(it->name));
        return exitError;
    }
    const auto document = openReadOnly(files.constFirst());
    if (!document)
        return exitError;
    ExportRequest request{document->workspace(), std::nullopt, parser.value(output), parser.value(pageSize),
                          parser.value(orientation), parser.value(layout), parser.value(title), parser.value(author),
                          parser.value(view), parser.value(dpi),
                          parser.isSet(parts) ? std::optional<QString>(parser.value(parts)) : std::nullopt};
    if (parser.isSet(journey)) {
        Result error;
        request.journey = WorkspaceJsonWriter::findJourney(document->workspace(), parser.value(journey), &error);
        if (!request.journey) {
            printError(error.message());
            return exitError;
        }
    }
    if (Result r = it->write(request); !r) {
        printError(r.message());
        return exitError;
    }
    return exitOk;
}

} // namespace cx::cli

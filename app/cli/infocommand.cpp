// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "infocommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "io/workspacesummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace cx::cli {

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cx::cli", "Prints what a workspace holds: its file format version, the number of each "
                   "kind of record, and each journey with its stages and moments. Checks the "
                   "file's integrity on the way. Never changes the file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cx::cli", "Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("cx::cli", "The .cxatlas workspace."));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return exitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QCoreApplication::translate("cx::cli", "info needs exactly one workspace file "
                                                          "(see cxatlas info --help)."));
        return exitError;
    }
    const auto document = openReadOnly(files.constFirst());
    if (!document)
        return exitError;
    const WorkspaceSummary summary = WorkspaceSummary::of(*document);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)));
    else
        printOut(summary.toText());
    return exitOk;
}

} // namespace cx::cli

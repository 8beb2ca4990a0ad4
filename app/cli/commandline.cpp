// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "checkcommand.h"
#include "exportcommand.h"
#include "impactcommand.h"
#include "importcommand.h"
#include "servercommand.h"
#include "infocommand.h"
#include "metricscommand.h"
#include "responsescommand.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cx::cli {

namespace {

QString overview()
{
    return QCoreApplication::translate("cx::cli",
        "Personas, journey maps and the CX architecture behind them.\n\n"
        "Usage:\n"
        "  cxatlas [FILE]                      open FILE (a .cxatlas workspace) in the window\n"
        "  cxatlas info FILE [--json]          what a workspace holds\n"
        "  cxatlas import IN.json -o FILE      make a workspace from workspace JSON\n"
        "  cxatlas import IN.json --into FILE  merge workspace JSON into a workspace\n"
        "  cxatlas export FILE --format NAME -o OUT  export (json, csv, graphml, dot, mermaid…)\n"
        "  cxatlas check FILE [--json]         gaps in the CX architecture (exit 1 when any)\n"
        "  cxatlas impact FILE ELEMENT [--json]  what depends on an element or metric\n"
        "  cxatlas metrics FILE [--json] [--period week|month|quarter]  metrics over time\n"
        "  cxatlas responses import FILE CSV --metric M --date COL --score COL  survey responses\n"
        "  cxatlas responses list FILE [--json]  the survey responses each metric holds\n"
        "  cxatlas push FILE URL [--name NAME]  upload a workspace to a team server\n"
        "  cxatlas pull URL/NAME -o FILE       download a team workspace to a file\n"
        "  cxatlas server migrate|list URL     prepare a team server; its workspaces\n"
        "  cxatlas server members|grant|revoke URL/NAME …  who may read and edit\n"
        "  cxatlas VERB --help                 help for one verb\n\n"
        "Read-only verbs (info, export, check, impact, metrics) also take a team workspace's\n"
        "URL, postgresql://USER@HOST:PORT/DATABASE/NAME, in place of FILE.\n\n"
        "Exit status: 0 on success, 2 on any error (the message goes to standard error);\n"
        "check exits 1 when it finds gaps.");
}

bool isVerb(const QString &word)
{
    return word == u"info" || word == u"import" || word == u"check" || word == u"impact"
        || word == u"export" || word == u"metrics" || word == u"responses" || word == u"help"
        || word == u"server" || word == u"push" || word == u"pull";
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() > 1 && isVerb(arguments.at(1)))
        return true;
    // Options of QGuiApplication itself go to the window; any other option is ours, and the
    // parser reports the unknown ones without needing a display.
    static const QStringList guiOptions{
        QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"), QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-reverse"), QStringLiteral("-session"),
        QStringLiteral("-display"), QStringLiteral("-geometry"), QStringLiteral("-style"),
        QStringLiteral("-stylesheet"), QStringLiteral("-nograb"), QStringLiteral("-dograb"),
        QStringLiteral("-qmljsdebugger")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(u'-') || a == u"-")
            continue;
        const QString option = a.section(u'=', 0, 0);
        if (!guiOptions.contains(option))
            return true;
        if (!a.contains(u'=') && option != u"-reverse" && option != u"-nograb" && option != u"-dograb")
            ++i; // its value
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString verb = arguments.size() > 1 ? arguments.at(1) : QString();
    if (verb == u"info")
        return infoCommand(arguments.mid(1));
    if (verb == u"import")
        return importCommand(arguments.mid(1));
    if (verb == u"export")
        return exportCommand(arguments.mid(1));
    if (verb == u"check")
        return checkCommand(arguments.mid(1));
    if (verb == u"impact")
        return impactCommand(arguments.mid(1));
    if (verb == u"metrics")
        return metricsCommand(arguments.mid(1));
    if (verb == u"responses")
        return responsesCommand(arguments.mid(1));
    if (verb == u"server")
        return serverCommand(arguments.mid(1));
    if (verb == u"push")
        return pushCommand(arguments.mid(1));
    if (verb == u"pull")
        return pullCommand(arguments.mid(1));

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("cx::cli", "The workspace to open."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                               QCoreApplication::applicationVersion()));
        return exitOk;
    }
    printOut(parser.helpText());
    return exitOk;
}

} // namespace cx::cli

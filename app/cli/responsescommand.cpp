// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsescommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "metrics/responsechanges.h"
#include "metrics/responsereader.h"
#include "metrics/momentmatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace cx::cli {

namespace {

// --range LOW:HIGH for a custom scale.
bool parseRange(const QString &text, double *low, double *high)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        return false;
    bool okLow = false, okHigh = false;
    *low = parts[0].trimmed().toDouble(&okLow);
    *high = parts[1].trimmed().toDouble(&okHigh);
    return okLow && okHigh && *low < *high;
}

void printBadRows(const QString &csvName, const QList<BadResponse> &bad)
{
    QString out;
    for (const BadResponse &b : bad)
        out += QStringLiteral("%1:%2: %3\n").arg(csvName).arg(b.row).arg(b.reason);
    printError(out.chopped(1));
}

int importResponses(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cx::cli", 
        "Imports survey responses from a CSV or TSV file (comma, semicolon or tab separated, "
        "UTF-8) into a metric of the workspace, as one undo step. Every row is checked first: "
        "bad rows (a missing or unreadable date, a score that is not a number or lies outside the "
        "scale, an unknown moment) are listed by line and reason, and nothing is written unless "
        "--skip-bad-rows is given. COL is a column's header or its number (1 is the first).\n\n"
        "Exit status: 0 on success, 2 on any error."));
    parser.addHelpOption();
    const QCommandLineOption metric(QStringLiteral("metric"), QCoreApplication::translate("cx::cli", "The metric: its id or exact title (case ignored)."),
                                    QStringLiteral("ID|TITLE"));
    const QCommandLineOption date(QStringLiteral("date"), QCoreApplication::translate("cx::cli", "The column of the response's date."), QStringLiteral("COL"));
    const QCommandLineOption score(QStringLiteral("score"), QCoreApplication::translate("cx::cli", "The column of the score."), QStringLiteral("COL"));
    const QCommandLineOption moment(QStringLiteral("moment"),
                                    QCoreApplication::translate("cx::cli", "The column naming the moment a response is about (its id or title)."),
                                    QStringLiteral("COL"));
    const QCommandLineOption segment(QStringLiteral("segment"), QCoreApplication::translate("cx::cli", "The column of the respondent's segment."),
                                     QStringLiteral("COL"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QCoreApplication::translate("cx::cli", "The answer scale: nps (0–10), csat (1–5), ces5 (1–5), ces7 (1–7) or "
                                      "custom (with --range). Default: the scale of the metric's earlier "
                                      "imports, else the one its kind uses."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption range(QStringLiteral("range"), QCoreApplication::translate("cx::cli", "The lowest and highest score of a custom scale."),
                                   QStringLiteral("LOW:HIGH"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"), QCoreApplication::translate("cx::cli", "Import the good rows and skip the bad ones (still listed)."));
    for (const QCommandLineOption &o : {metric, date, score, moment, segment, scale, range, skip})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace."));
    parser.addPositionalArgument(QStringLiteral("csv"), QCoreApplication::translate("cx::cli", "The CSV or TSV file of responses."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2 || !parser.isSet(metric) || !parser.isSet(date) || !parser.isSet(score)) {
        printError(QCoreApplication::translate("cx::cli", "responses import needs a workspace, a CSV file, --metric, --date and --score; "
                      "see cxatlas responses import --help."));
        return exitError;
    }
    const QString path = files.at(0);
    const QString csvPath = files.at(1);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        printError(QCoreApplication::translate("cx::cli", "Cannot read “%1”: %2.").arg(csvPath, csv.errorString()));
        return exitError;
    }
    const QByteArray bytes = csv.readAll();
    Result error;
    auto document = Document::open(path, OpenMode::ReadWrite, &error);
    if (document && document->isReadOnly())
        error = Result::failure(ErrorCode::ReadOnly, document->readOnlyReason());
    if (!document || !error) {
        printError(error.message());
        return exitError;
    }
    printNotes(*document);
    const Workspace &w = document->workspace();
    const auto metricUid = ResponseChanges::findMetric(w, parser.value(metric), &error);
    if (!metricUid) {
        printError(QStringLiteral("%1: %2").arg(path, error.message()));
        return exitError;
    }

    // The scale: as asked, else as the metric's earlier imports, else as its kind.
    ScaleRange chosen = rangeOf(defaultScaleFor(w.metrics.value(*metricUid).kind));
    if (const QList<ResponseBatch> earlier = w.batchesOf(*metricUid); !earlier.isEmpty())
        chosen = {earlier.constFirst().scale, earlier.constFirst().low, earlier.constFirst().high};
    if (parser.isSet(scale)) {
        const auto asked = fromName<ResponseScale>(parser.value(scale));
        if (!asked) {
            printError(QCoreApplication::translate("cx::cli", "--scale must be nps, csat, ces5, ces7 or custom, not “%1”.").arg(parser.value(scale)));
            return exitError;
        }
        chosen = rangeOf(*asked);
    }
    if (parser.isSet(range) && !parseRange(parser.value(range), &chosen.low, &chosen.high)) {
        printError(QCoreApplication::translate("cx::cli", "--range must be two numbers LOW:HIGH with LOW below HIGH, not “%1”.").arg(parser.value(range)));
        return exitError;
    }
    if (parser.isSet(range) && chosen.scale != ResponseScale::Custom) {
        //: %1: the scale as given to --scale (nps, csat, ces5, ces7), not translated
        printError(QCoreApplication::translate("cx::cli", "--range is for a custom scale; the %1 scale's range is fixed.").arg(name(chosen.scale)));
        return exitError;
    }

    QStringList header;
    QChar separator;
    if (Result r = ResponseReader::readHeader(bytes, csvPath, &header, &separator); !r) {
        printError(r.message());
        return exitError;
    }
    ResponseColumns columns;
    const std::pair<const QCommandLineOption *, int *> wanted[] = {
        {&date, &columns.date}, {&score, &columns.score}, {&moment, &columns.moment}, {&segment, &columns.segment}};
    for (const auto &[option, column] : wanted) {
        if (!parser.isSet(*option))
            continue;
        const auto found = ResponseReader::columnOf(header, parser.value(*option));
        if (!found) {
            printError(QCoreApplication::translate("cx::cli", "%1 has no column “%2” (--%3); its columns are: %4.")
                           .arg(csvPath, parser.value(*option), option->names().constFirst(),
                                header.join(QStringLiteral(", "))));
            return exitError;
        }
        *column = *found;
    }
    ResponseTable table;
    if (Result r = ResponseReader::read(bytes, csvPath, columns, chosen, MomentMatcher(w, *metricUid).resolver(), &table); !r) {
        printError(r.message());
        return exitError;
    }
    const QString csvName = QFileInfo(csvPath).fileName();
    if (!table.bad.isEmpty()) {
        printBadRows(csvPath, table.bad);
        if (!parser.isSet(skip)) {
            printError(QCoreApplication::translate("cx::cli", "%1: %n bad row(s) of %2; nothing was imported (fix them, or give --skip-bad-rows).",
                          nullptr, int(table.bad.size())).arg(csvPath).arg(table.records));
            return exitError;
        }
    }
    const ResponseImport import{*metricUid, csvName, chosen.scale, chosen.low, chosen.high, table.responses};
    ChangeSet change = ResponseChanges::add(w, import, fileTimestamp(), &error);
    if (error)
        error = document->edit(change, error, ResponseChanges::addText(w, import));
    if (!error) {
        printError(QStringLiteral("%1: %2").arg(path, error.message()));
        return exitError;
    }
    //: %1: a file; %2: a metric; %3: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated
    printOut(QCoreApplication::translate("cx::cli", "Imported %n response(s) from %1 into “%2” (%3 scale)", nullptr, int(import.responses.size()))
                 .arg(csvName, w.metrics.value(*metricUid).title, name(chosen.scale))
             + (table.bad.isEmpty() ? QString() : QCoreApplication::translate("cx::cli", "; %n bad row(s) skipped", nullptr, int(table.bad.size())))
             + QStringLiteral(".\n"));
    return exitOk;
}

int listResponses(const QStringList &arguments)
{
    VerbParser verb(QCoreApplication::translate("cx::cli", "Lists the imports of survey responses each metric holds: the source file, when it "
                       "was imported, its scale and how many responses. Never changes the file."),
                    {{QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace.")}});
    int status = exitOk;
    if (!verb.parse(arguments, QCoreApplication::translate("cx::cli", "responses list needs a workspace file (see cxatlas responses list --help)."), &status))
        return status;
    const QString path = verb.positionals().at(0);
    const auto document = openReadOnly(path);
    if (!document)
        return exitError;
    const Workspace &w = document->workspace();
    QList<const ResponseBatch *> batches;
    for (const ResponseBatch &b : w.responseBatches)
        batches.append(&b);
    std::sort(batches.begin(), batches.end(), [&w](const ResponseBatch *a, const ResponseBatch *b) {
        return std::tuple(w.metrics.value(a->metric).title, a->created, uidText(a->uid))
            < std::tuple(w.metrics.value(b->metric).title, b->created, uidText(b->uid));
    });
    QJsonArray list;
    QString text;
    for (const ResponseBatch *b : std::as_const(batches)) {
        const QString metricTitle = w.metrics.value(b->metric).title;
        list.append(QJsonObject{{QStringLiteral("id"), uidText(b->uid)},
                                {QStringLiteral("metric"), uidText(b->metric)},
                                {QStringLiteral("metricTitle"), metricTitle},
                                {QStringLiteral("source"), b->title},
                                {QStringLiteral("imported"), b->created.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("scale"), name(b->scale)},
                                {QStringLiteral("low"), b->low},
                                {QStringLiteral("high"), b->high},
                                {QStringLiteral("responses"), b->responses.size()}});
        //: %5: the scale as --scale names it (nps, csat, ces5, ces7, custom), not translated
        text += QCoreApplication::translate("cx::cli", "%1  “%2”: %3, imported %4, %5 scale, %n response(s)\n", nullptr, int(b->responses.size()))
                    .arg(uidText(b->uid), metricTitle, b->title,
                         QLocale().toString(b->created.toLocalTime(), QLocale::ShortFormat), name(b->scale));
    }
    if (batches.isEmpty())
        text = QCoreApplication::translate("cx::cli", "No metric holds survey responses.\n");
    printReport(verb.json(), {{QStringLiteral("imports"), list}}, text, path);
    return exitOk;
}

} // namespace

int responsesCommand(const QStringList &arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == u"import")
        return importResponses(arguments.mid(1));
    if (action == u"list")
        return listResponses(arguments.mid(1));
    if (action == u"--help" || action == u"-h" || action == u"help") {
        printOut(QCoreApplication::translate("cx::cli", "Usage:\n"
                    "  cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL\n"
                    "        [--moment COL] [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]\n"
                    "  cxatlas responses list FILE [--json]\n"
                    "See cxatlas responses import --help.\n"));
        return exitOk;
    }
    printError(QCoreApplication::translate("cx::cli", "responses needs an action, import or list, not “%1” (see cxatlas responses --help).").arg(action));
    return exitError;
}

} // namespace cx::cli

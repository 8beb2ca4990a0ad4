// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "metrics/metricsreport.h"

#include <QCoreApplication>

namespace cx::cli {

int metricsCommand(const QStringList &arguments)
{
    VerbParser verb(QCoreApplication::translate(
                        "cx::cli",
                        "Prints every metric with its latest value, its 95% interval and sample size "
                        "where the values come from survey responses, its target, status (on track, "
                        "at risk, off track) and trend, its values per period, and the correlation "
                        "of its values with those of the metrics that drive it (a correlation, not "
                        "a cause; none with fewer than 6 common periods). Never changes the file.\n\n"
                        "Exit status: 0 on success, 2 on any error."),
                    {{QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The .cxatlas workspace.")}});
    const QCommandLineOption period(QStringLiteral("period"),
                                    QCoreApplication::translate("cx::cli", "The periods to compute values for: "
                                                                           "week (ISO weeks), month (default) or quarter."),
                                    QStringLiteral("week|month|quarter"), QStringLiteral("month"));
    verb.addOption(period);
    int status = exitOk;
    if (!verb.parse(arguments,
                    QCoreApplication::translate("cx::cli", "metrics needs a workspace file (see cxatlas metrics --help)."),
                    &status))
        return status;
    const auto granularity = granularityFromName(verb.value(period));
    if (!granularity) {
        printError(QCoreApplication::translate("cx::cli", "--period must be week, month or quarter, not “%1”.")
                       .arg(verb.value(period)));
        return exitError;
    }
    const QString path = verb.positionals().at(0);
    const auto document = openReadOnly(path);
    if (!document)
        return exitError;
    const Workspace &w = document->workspace();
    printReport(verb.json(), MetricsReport::toJson(w, *granularity), MetricsReport::toText(w, *granularity), path);
    return exitOk;
}

} // namespace cx::cli

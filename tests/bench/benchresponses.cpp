// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_responses: the import a user makes with `cxatlas responses import` or File > Import…:
// a generated CSV of 1,000,000 NPS answers (about 30 MB: an ISO date-time, the score, a
// moment's title, a segment) read and checked row by row, written into the workspace as one
// undoable edit, then the metric aggregated by month (target: all of it ≤ 2 s), then again
// by week (target ≤ 200 ms). The baseline, measured in the same run, reads the same file and
// splits it into lines and fields (the least any import must do). Also reported: undoing the
// import, and opening the workspace afterwards (the responses are read with everything else).
//
//   bench_responses [--rows N]
#include "benchreport.h"

#include "document/document.h"
#include "metrics/metricseries.h"
#include "metrics/momentmatcher.h"
#include "metrics/responsechanges.h"
#include "metrics/responsereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace cx;
using namespace cx::bench;

namespace {

const QStringList momentTitles{QStringLiteral("Sees an ad"), QStringLiteral("Fills in the form"),
                               QStringLiteral("Verifies identity"), QStringLiteral("Gets the card"),
                               QStringLiteral("First payment")};
const QStringList segments{QStringLiteral("Families"), QStringLiteral("Students"),
                           QStringLiteral("Small business"), QStringLiteral("Retired")};

QByteArray generateCsv(qsizetype rows)
{
    QRandomGenerator random(13);
    QByteArray csv = "submitted_at,score,touchpoint,segment\n";
    csv.reserve(rows * 48);
    const QDateTime start(QDate(2021, 1, 1), QTime(8, 0), Qt::UTC);
    for (qsizetype k = 0; k < rows; ++k) {
        // Five years of answers, in the order a survey tool exports them.
        const QDateTime at = start.addSecs(k * (5 * 365 * 86400LL) / rows);
        csv += at.toString(Qt::ISODate).toLatin1();
        csv += ',';
        csv += QByteArray::number(random.bounded(11));
        csv += ',';
        csv += momentTitles[random.bounded(int(momentTitles.size()))].toUtf8();
        csv += ',';
        csv += segments[random.bounded(int(segments.size()))].toUtf8();
        csv += '\n';
    }
    return csv;
}

// A workspace with one NPS metric and a journey whose moments the answers name.
std::unique_ptr<Document> makeWorkspace(const QString &path, Uid *metric)
{
    Result error;
    auto doc = Document::create(path, &error);
    Journey journey;
    journey.uid = QUuid::createUuid();
    journey.title = QStringLiteral("Open an account");
    Stage stage;
    stage.uid = QUuid::createUuid();
    stage.journey = journey.uid;
    stage.title = QStringLiteral("Apply");
    Lane lane;
    lane.uid = QUuid::createUuid();
    lane.journey = journey.uid;
    lane.title = QStringLiteral("Steps");
    QList<Node> nodes{journey, stage, lane};
    for (int k = 0; k < momentTitles.size(); ++k) {
        Moment m;
        m.uid = QUuid::createUuid();
        m.journey = journey.uid;
        m.stage = stage.uid;
        m.lane = lane.uid;
        m.position = k;
        m.title = momentTitles[k];
        nodes.append(m);
    }
    Metric nps;
    nps.uid = QUuid::createUuid();
    nps.title = QStringLiteral("Net Promoter Score");
    nps.kind = MetricKind::Nps;
    nps.target = 40;
    nodes.append(nps);
    *metric = nps.uid;
    if (!doc || !doc->add(nodes, QStringLiteral("set up")))
        qFatal("cannot make the workspace");
    return doc;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Responses to generate."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(rowsOption);
    parser.process(app);
    const qsizetype rows = parser.value(rowsOption).toLongLong();

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("responses.csv"));
    {
        QFile out(csvPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(generateCsv(rows)) < 0)
            qFatal("cannot write the CSV");
    }
    const double megabytes = double(QFileInfo(csvPath).size()) / 1e6;

    // Baseline: read the file and split it into lines and fields, nothing more.
    QElapsedTimer t;
    t.start();
    qsizetype fields = 0;
    {
        QFile in(csvPath);
        in.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(in.readAll());
        for (const QStringView line : QStringView(text).split(u'\n'))
            fields += line.split(u',').size();
    }
    const double baselineMs = ms(t);

    // The import as the CLI does it, from the file's bytes to the monthly figures.
    Uid metric;
    auto doc = makeWorkspace(dir.filePath(QStringLiteral("bench.cxatlas")), &metric);
    t.start();
    QFile in(csvPath);
    in.open(QIODevice::ReadOnly);
    const QByteArray bytes = in.readAll();
    const double readMs = ms(t);
    ResponseTable table;
    const MomentMatcher matcher(doc->workspace(), metric);
    const Result read = ResponseReader::read(bytes, csvPath, {0, 1, 2, 3}, rangeOf(ResponseScale::Nps),
                                             matcher.resolver(), &table);
    const double parseMs = ms(t) - readMs;
    if (!read || table.responses.size() != rows || !table.bad.isEmpty())
        qFatal("read failed: %s (%lld bad)", qPrintable(read.message()), qlonglong(table.bad.size()));
    const ResponseImport import{metric, QStringLiteral("responses.csv"), ResponseScale::Nps, 0, 10, table.responses};
    Result built;
    ChangeSet change = ResponseChanges::add(doc->workspace(), import, fileTimestamp(), &built);
    const double buildMs = ms(t) - readMs - parseMs;
    if (!doc->edit(change, built, ResponseChanges::addText(doc->workspace(), import)))
        qFatal("import failed");
    const double writeMs = ms(t) - readMs - parseMs - buildMs;
    const QList<PeriodValue> months = MetricSeries::of(doc->workspace(), metric, Granularity::Month);
    const double importMs = ms(t);
    const double monthMs = importMs - readMs - parseMs - buildMs - writeMs;

    t.start();
    const QList<PeriodValue> weeks = MetricSeries::of(doc->workspace(), metric, Granularity::Week);
    const double weekMs = ms(t);

    t.start();
    doc->undoStack()->undo();
    const double undoMs = ms(t);
    doc->undoStack()->redo();
    const QString path = doc->path();
    doc.reset();
    t.start();
    Result error;
    auto reopened = Document::open(path, OpenMode::ReadOnly, &error);
    const double openMs = ms(t);
    if (!reopened || reopened->workspace().batchesOf(metric).value(0).responses.size() != rows)
        qFatal("reopen failed");

    Report report(QStringLiteral("read + split lines"));
    report.add({Figure::Create, QStringLiteral("import %1 responses (%2 MB) + month figures")
                                    .arg(rows).arg(megabytes, 0, 'f', 1),
                importMs, baselineMs, QStringLiteral("≤ 2000 ms"), importMs <= 2000,
                QStringLiteral("read %1, check rows %2, rules %3, write %4, by month %5 ms (%6 months)")
                    .arg(readMs, 0, 'f', 0).arg(parseMs, 0, 'f', 0).arg(buildMs, 0, 'f', 0)
                    .arg(writeMs, 0, 'f', 0).arg(monthMs, 0, 'f', 0).arg(months.size())});
    report.add({Figure::Other, QStringLiteral("again by week (%1 weeks)").arg(weeks.size()), weekMs, baselineMs,
                QStringLiteral("≤ 200 ms"), weekMs <= 200, {}});
    report.add({Figure::Edit, QStringLiteral("undo the import"), undoMs, baselineMs, {}, std::nullopt, {}});
    report.add({Figure::Open, QStringLiteral("open the workspace holding them"), openMs, baselineMs, {}, std::nullopt, {}});
    report.print();
    Q_UNUSED(fields);
    return 0;
}

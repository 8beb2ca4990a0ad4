// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_live: workshop participants (issue 16). 100 simulated phones in a child process each
// cast 10 dots at the rate the server allows (5 a second), over WebSockets on 127.0.0.1: first
// every phone in the same instant, then spread over each 200 ms. Measured: the time from a dot
// sent to its "ok", which the server sends after the edit is saved and the facilitator's tally
// (Document::changed) has updated, so it bounds the time to the tally from above; and the
// server process's CPU and memory. The baseline is the same 1,000 dots cast locally through
// WorkshopEdits in the same run. Prints figures and ratios; never fails on a timing.
//
//   bench_live [--participants N] [--votes M]
//
// Internal: bench_live --clients URL N M MOMENTS together|spread runs the phones and prints
// their figures.

#include "benchreport.h"
#include "samplestats.h"

#include "samples.h"
#include "live/liveserver.h"
#include "workshop/workshopedits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <chrono>
#include <sys/resource.h>

using namespace cx;
using namespace cx::bench;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// VmRSS or VmHWM of this process, in MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// The phones: N sockets, each joining as P<i> and then sending one dot every 200 ms (the
// sustained rate the server allows) until it has sent M. Prints one line of JSON: every
// round trip in ns, and the count of refusals.
int runClients(const QUrl &join, int people, int votes, const QStringList &moments, bool spread)
{
    QUrl ws = join;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(join.path() + QStringLiteral("ws"));
    const QString token = join.path().split(u'/', Qt::SkipEmptyParts).value(1);
    struct Phone {
        QWebSocket socket;
        QHash<int, qint64> sent;
        int next = 1;
        bool joined = false;
    };
    std::vector<std::unique_ptr<Phone>> phones;
    QJsonArray rtts;
    int refused = 0, answered = 0, joinedCount = 0;
    const int expected = people * votes;
    auto message = [&](int id, const QJsonObject &fields) {
        QJsonObject m = fields;
        m.insert(QStringLiteral("token"), token);
        m.insert(QStringLiteral("id"), id);
        return QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact));
    };
    for (int i = 0; i < people; ++i) {
        phones.push_back(std::make_unique<Phone>());
        Phone *p = phones.back().get();
        QObject::connect(&p->socket, &QWebSocket::connected, [&, p, i] {
            p->socket.sendTextMessage(message(0, {{QStringLiteral("type"), QStringLiteral("join")},
                                                  {QStringLiteral("name"), QStringLiteral("P%1").arg(i)}}));
        });
        QObject::connect(&p->socket, &QWebSocket::textMessageReceived, [&, p](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(u"type").toString();
            if (type == u"welcome") {
                p->joined = true;
                ++joinedCount;
                return;
            }
            if (type != u"ok" && type != u"error")
                return;
            const int id = m.value(u"id").toInt();
            const qint64 sent = p->sent.take(id);
            if (!sent)
                return;
            rtts.append(double(nowNs() - sent));
            refused += type == u"error";
            if (++answered == expected)
                QCoreApplication::quit();
        });
        p->socket.open(ws);
    }
    QElapsedTimer waited;
    waited.start();
    while (joinedCount < people && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    // Each phone keeps to 5 a second. Together (spread false) every phone sends in the same
    // instant, the worst a room can do; spread, the phones' instants are spread evenly over the
    // 200 ms, as people pressing at their own pace would.
    std::vector<std::unique_ptr<QTimer>> ticks;
    for (int i = 0; i < people; ++i) {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(200);
        QTimer *t = timer.get();
        QObject::connect(t, &QTimer::timeout, [&, i, t, sentCount = 0]() mutable {
            Phone &p = *phones[i];
            const int id = p.next++;
            p.sent.insert(id, nowNs());
            p.socket.sendTextMessage(message(id, {{QStringLiteral("type"), QStringLiteral("vote")},
                                                  {QStringLiteral("moment"), moments[(i + sentCount) % moments.size()]},
                                                  {QStringLiteral("delta"), 1}}));
            if (++sentCount == votes)
                t->stop();
        });
        QTimer::singleShot(spread ? 200 * i / people : 0, t, qOverload<>(&QTimer::start));
        ticks.push_back(std::move(timer));
    }
    QTimer::singleShot(120'000, &QCoreApplication::quit);
    QCoreApplication::exec();
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("rtt"), rtts}, {QStringLiteral("refused"), refused},
                                                     {QStringLiteral("joined"), joinedCount}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

struct Session {
    Samples rtt;
    int joined = 0, refused = 0, stored = 0, tallies = 0;
    double cpu = 0, seconds = 0, rssBefore = 0, rssAfter = 0, peak = 0;
};

// One server, one child process of phones; the figures of the server process.
Session runSession(int people, int votes, bool spread)
{
    Session run;
    QTemporaryDir dir;
    cx::test::Samples s;
    auto doc = cx::test::sampleDocument(dir, s);
    Uid round;
    if (!WorkshopEdits(*doc).startRound(s.journey.uid, QStringLiteral("Bench"), votes, {QStringLiteral("Facilitator")}, 0,
                                        false, &round))
        return run;
    LiveServer server(*doc);
    server.setJourney(s.journey.uid);
    if (!server.start(QHostAddress::LocalHost))
        return run;
    run.rssBefore = memoryMiB("VmRSS:");
    QObject::connect(doc.get(), &Document::changed, [&] { ++run.tallies; });
    QProcess clients;
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList moments{uidText(s.seeAd.uid), uidText(s.fillForm.uid), uidText(s.verify.uid)};
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    clients.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--clients"), server.joinUrl().toString(), QString::number(people), QString::number(votes),
                   moments.join(u','), spread ? QStringLiteral("spread") : QStringLiteral("together")});
    while (clients.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.cpu = cpuSeconds() - cpuBefore;
    run.seconds = double(wall.elapsed()) / 1000.0;
    run.rssAfter = memoryMiB("VmRSS:");
    run.peak = memoryMiB("VmHWM:");
    const QJsonObject result = QJsonDocument::fromJson(clients.readAllStandardOutput()).object();
    for (const QJsonValue &v : result.value(u"rtt").toArray())
        run.rtt.add(qint64(v.toDouble()));
    run.joined = result.value(u"joined").toInt();
    run.refused = result.value(u"refused").toInt();
    for (const Vote &v : doc->workspace().votes)
        run.stored += v.round == round ? v.dots : 0;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--clients")
        return runClients(QUrl(args.value(2)), args.value(3).toInt(), args.value(4).toInt(), args.value(5).split(u','),
                          args.value(6) == u"spread");
    const int people = args.contains(u"--participants"_qs) ? args.value(args.indexOf(u"--participants"_qs) + 1).toInt() : 100;
    const int votes = args.contains(u"--votes"_qs) ? args.value(args.indexOf(u"--votes"_qs) + 1).toInt() : 10;

    QStringList names;
    for (int i = 0; i < people; ++i)
        names.append(QStringLiteral("P%1").arg(i));
    Report report(QStringLiteral("the same dots cast locally"));

    // Baseline: the same dots through WorkshopEdits, one undo step each, as the facilitator
    // placing them by hand would.
    Samples local;
    {
        QTemporaryDir dir;
        cx::test::Samples s;
        auto doc = cx::test::sampleDocument(dir, s);
        Uid round;
        WorkshopEdits edits(*doc);
        if (!edits.startRound(s.journey.uid, QStringLiteral("Bench"), votes, names, 0, false, &round))
            return 1;
        const QList<Uid> moments{s.seeAd.uid, s.fillForm.uid, s.verify.uid};
        for (int v = 0; v < votes; ++v) {
            for (int i = 0; i < people; ++i) {
                const qint64 start = nowNs();
                if (!edits.castDot(round, moments[(i + v) % moments.size()], names[i], 1))
                    return 1;
                local.add(nowNs() - start);
            }
        }
    }

    bool allStored = true;
    for (const bool spread : {false, true}) {
        const Session run = runSession(people, votes, spread);
        allStored = allStored && run.stored == people * votes;
        say(QStringLiteral("%1: %2 participants × %3 dots at 5 a second each, over WebSockets on 127.0.0.1")
                .arg(spread ? QStringLiteral("Spread over each 200 ms") : QStringLiteral("All at the same instant"))
                .arg(people).arg(votes));
        say(QStringLiteral("joined %1, answered %2, refused %3, dots stored %4, tally updates %5")
                .arg(run.joined).arg(run.rtt.size()).arg(run.refused).arg(run.stored).arg(run.tallies));
        say(QStringLiteral("server CPU while voting: %1 s over %2 s (%3% of one core); memory %4 MiB resident before, "
                           "%5 MiB after, %6 MiB peak")
                .arg(run.cpu, 0, 'f', 2).arg(run.seconds, 0, 'f', 2).arg(100.0 * run.cpu / run.seconds, 0, 'f', 1)
                .arg(run.rssBefore, 0, 'f', 1).arg(run.rssAfter, 0, 'f', 1).arg(run.peak, 0, 'f', 1));
        const QString how = spread ? QStringLiteral("spread") : QStringLiteral("together");
        report.add({Figure::Edit, QStringLiteral("dot sent → ok (tally updated), %1, median").arg(how), run.rtt.medianMs(),
                    local.medianMs(), QString(), std::nullopt, spread ? QString() : QStringLiteral("local: WorkshopEdits::castDot")});
        report.add({Figure::Edit, QStringLiteral("dot sent → ok (tally updated), %1, p95").arg(how), run.rtt.percentileMs(95),
                    local.percentileMs(95), QString(), std::nullopt, {}});
    }
    report.print();
    return allStored ? 0 : 2;
}

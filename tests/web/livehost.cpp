// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// livehost: the facilitator's side of the participants' browser tests (participants.test.mjs).
// It opens a copy of the workspace given as its argument (the original stays as it was),
// starts a LiveServer on 127.0.0.1 with any free port, prints "URL <join address>" and then
// takes one command a line on standard input, answering each with one line, "OK …" or
// "ERR message". JSON answers are one line.
//
//   journey N                  show the Nth journey, journeys ordered by title (case ignored);
//                              journey 1 is shown from the start.
//                              OK {"uid","title","stages":[titles]}
//   stage N                    the projector shows the shown journey's Nth stage (1-based).
//                              OK {"uid","title","number","count","moments":[titles, lane by lane]}
//   round start NAME DOTS      a named round (NAME one word) on the shown journey, its
//                              participants the names of everyone who joined with one so far
//                              (phone participants who name themselves later are added by the
//                              server when they vote). OK {"uid"}
//   round start NAME DOTS anonymous SEATS
//   round end                  ends the journey's running round
//   timer start SECONDS        the workshop timer, running
//   timer pause                stops it where it is
//   dump                       the journey's running (or else last) round and its votes, and
//                              its parking lot, as stored in the Document:
//                              OK {"round":{…}|null,"votes":[{moment,title,participant,dots}],
//                                  "notes":[{title,kind,notes}]}
//   participants               OK [LiveServer::participants() as objects]
//   remove ID                  LiveServer::removeParticipant
//   stop                       LiveServer::stop
//   quit                       answers OK and exits 0 (so does the end of standard input)
#include "document/document.h"
#include "live/liveserver.h"
#include "model/enums.h"
#include "workshop/workshopedits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

class LiveHost
{
public:
    explicit LiveHost(Document &document) : m_document(document), m_server(document), m_edits(document) {}

    Result start()
    {
        if (Result r = m_server.start(QHostAddress::LocalHost, 0); !r)
            return r;
        QString ignored;
        if (!showJourney(1, &ignored))
            return Result::failure(ErrorCode::Invalid, ignored);
        return Result::success();
    }

    QUrl joinUrl() const { return m_server.joinUrl(); }

    // The answer line for one command line; quit is set by "quit".
    QString run(const QString &line, bool *quit)
    {
        const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
        if (w.isEmpty())
            return u"ERR empty command"_s;
        QString out;
        bool ok = false;
        const QString verb = w.at(0);
        if (verb == u"journey" && w.size() == 2) {
            ok = showJourney(w.at(1).toInt(), &out);
        } else if (verb == u"stage" && w.size() == 2) {
            ok = showStage(w.at(1).toInt(), &out);
        } else if (verb == u"round" && w.size() >= 4 && w.at(1) == u"start") {
            ok = startRound(w.mid(2), &out);
        } else if (verb == u"round" && w.size() == 2 && w.at(1) == u"end") {
            ok = endRound(&out);
        } else if (verb == u"timer" && w.size() == 3 && w.at(1) == u"start") {
            ok = startTimer(w.at(2).toInt(), &out);
        } else if (verb == u"timer" && w.size() == 2 && w.at(1) == u"pause") {
            ok = pauseTimer(&out);
        } else if (verb == u"dump" && w.size() == 1) {
            out = compact(dump());
            ok = true;
        } else if (verb == u"participants" && w.size() == 1) {
            out = compact(participants());
            ok = true;
        } else if (verb == u"remove" && w.size() == 2) {
            ok = check(m_server.removeParticipant(w.at(1)), &out);
        } else if (verb == u"stop" && w.size() == 1) {
            m_server.stop();
            ok = true;
        } else if (verb == u"quit" && w.size() == 1) {
            *quit = ok = true;
        } else {
            out = u"unknown command: %1"_s.arg(line);
        }
        if (!ok)
            return u"ERR "_s + QString(out).replace(u'\n', u' ');
        return out.isEmpty() ? u"OK"_s : u"OK "_s + out;
    }

private:
    static bool check(const Result &r, QString *out)
    {
        if (!r)
            *out = r.message();
        return r.ok();
    }

    const Workspace &w() const { return m_document.workspace(); }

    bool showJourney(int n, QString *out)
    {
        QList<Journey> journeys = w().journeys.values();
        std::sort(journeys.begin(), journeys.end(), [](const Journey &a, const Journey &b) {
            const int c = QString::compare(a.title, b.title, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : uidText(a.uid) < uidText(b.uid);
        });
        if (n < 1 || n > journeys.size()) {
            *out = u"no journey %1: the workspace has %2"_s.arg(n).arg(journeys.size());
            return false;
        }
        const Journey &journey = journeys.at(n - 1);
        m_server.setJourney(journey.uid);
        QJsonArray stages;
        for (const Stage &s : w().stagesOf(journey.uid))
            stages.append(s.title);
        *out = compact(QJsonObject{{u"uid"_s, uidText(journey.uid)}, {u"title"_s, journey.title},
                                   {u"stages"_s, stages}});
        return true;
    }

    bool showStage(int n, QString *out)
    {
        const Uid journey = m_server.journey();
        const QList<Stage> stages = w().stagesOf(journey);
        if (n < 1 || n > stages.size()) {
            *out = u"no stage %1: the journey has %2"_s.arg(n).arg(stages.size());
            return false;
        }
        const Stage &stage = stages.at(n - 1);
        m_server.setStage(stage.uid);
        QJsonArray moments;
        for (const Lane &lane : w().lanesOf(journey)) {
            for (const Moment &m : w().momentsIn(stage.uid, lane.uid))
                moments.append(m.title);
        }
        *out = compact(QJsonObject{{u"uid"_s, uidText(stage.uid)}, {u"title"_s, stage.title},
                                   {u"number"_s, n}, {u"count"_s, int(stages.size())},
                                   {u"moments"_s, moments}});
        return true;
    }

    bool startRound(const QStringList &args, QString *out)
    {
        const QString name = args.at(0);
        const int dots = args.at(1).toInt();
        QStringList names;
        int seats = 0;
        if (args.size() == 4 && args.at(2) == u"anonymous") {
            seats = args.at(3).toInt();
        } else if (args.size() == 2) {
            for (const LiveParticipantInfo &p : m_server.participants()) {
                if (!p.name.isEmpty())
                    names.append(p.name);
            }
            if (names.isEmpty()) {
                *out = u"a named round needs someone who joined with a name; or start it anonymous"_s;
                return false;
            }
        } else {
            *out = u"round start NAME DOTS [anonymous SEATS]"_s;
            return false;
        }
        Uid created;
        if (!check(m_edits.startRound(m_server.journey(), name, dots, names, seats, false, &created), out))
            return false;
        *out = compact(QJsonObject{{u"uid"_s, uidText(created)}});
        return true;
    }

    std::optional<VotingRound> round(bool runningOnly) const
    {
        const QList<VotingRound> rounds = w().roundsOf(m_server.journey());
        for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
            if (it->isRunning() || !runningOnly)
                return *it;
        }
        return std::nullopt;
    }

    bool endRound(QString *out)
    {
        const auto running = round(true);
        if (!running) {
            *out = u"no round runs on the journey"_s;
            return false;
        }
        return check(m_edits.endRound(running->uid), out);
    }

    bool startTimer(int seconds, QString *out)
    {
        if (seconds <= 0) {
            *out = u"timer start SECONDS, more than 0"_s;
            return false;
        }
        m_timer = {true, true, seconds * 1000LL, seconds * 1000LL};
        m_clock.start();
        m_server.setTimer(m_timer);
        return true;
    }

    bool pauseTimer(QString *out)
    {
        if (!m_timer.running) {
            *out = u"the timer is not running"_s;
            return false;
        }
        m_timer.running = false;
        m_timer.remainingMs = std::max<qint64>(0, m_timer.remainingMs - m_clock.elapsed());
        m_server.setTimer(m_timer);
        return true;
    }

    QJsonObject dump() const
    {
        QJsonObject result;
        const auto shown = round(true) ? round(true) : round(false);
        QJsonArray votes;
        if (shown) {
            result[u"round"_s] = QJsonObject{
                {u"uid"_s, uidText(shown->uid)}, {u"name"_s, shown->title},
                {u"running"_s, shown->isRunning()}, {u"dots"_s, shown->dotsPerParticipant},
                {u"participants"_s, QJsonArray::fromStringList(shown->participants)},
                {u"seats"_s, shown->seats}};
            QList<Vote> list;
            for (const Vote &v : w().votes) {
                if (v.round == shown->uid)
                    list.append(v);
            }
            std::sort(list.begin(), list.end(), [this](const Vote &a, const Vote &b) {
                const QString ta = w().moments.value(a.moment).title;
                const QString tb = w().moments.value(b.moment).title;
                return ta != tb ? ta < tb : a.participant < b.participant;
            });
            for (const Vote &v : list) {
                votes.append(QJsonObject{{u"moment"_s, uidText(v.moment)},
                                         {u"title"_s, w().moments.value(v.moment).title},
                                         {u"participant"_s, v.participant}, {u"dots"_s, v.dots}});
            }
        } else {
            result[u"round"_s] = QJsonValue::Null;
        }
        result[u"votes"_s] = votes;
        QJsonArray notes;
        for (const ParkingNote &n : w().parkingLotOf(m_server.journey())) {
            notes.append(QJsonObject{{u"title"_s, n.title}, {u"kind"_s, name(n.kind)},
                                     {u"notes"_s, n.notes}});
        }
        result[u"notes"_s] = notes;
        return result;
    }

    QJsonArray participants() const
    {
        QJsonArray list;
        for (const LiveParticipantInfo &p : m_server.participants()) {
            list.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"connected"_s, p.connected},
                                    {u"used"_s, p.used}, {u"dots"_s, p.dots}, {u"notes"_s, p.notes}});
        }
        return list;
    }

    Document &m_document;
    LiveServer m_server;
    WorkshopEdits m_edits;
    LiveTimerState m_timer;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: livehost WORKSPACE.cxatlas (commands on standard input)\n", stderr);
        return 2;
    }
    // A copy, so the tests never change the example the build made.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workshop.cxatlas"_s);
    if (!dir.isValid() || !QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
        std::fprintf(stderr, "livehost: cannot copy %s to a temporary folder\n", argv[1]);
        return 1;
    }
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    Result error;
    std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadWrite, &error);
    if (!document) {
        std::fprintf(stderr, "livehost: %s\n", qPrintable(error.message()));
        return 1;
    }
    LiveHost host(*document);
    if (Result r = host.start(); !r) {
        std::fprintf(stderr, "livehost: %s\n", qPrintable(r.message()));
        return 1;
    }
    writeLine(u"URL "_s + host.joinUrl().toString());

    // Standard input read as it comes, inside Qt's event loop, which serves the browsers.
    QByteArray buffer;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) { // the end of input: the test is gone
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        buffer.append(chunk, qsizetype(n));
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(end)).trimmed();
            buffer.remove(0, end + 1);
            bool quit = false;
            writeLine(host.run(line, &quit));
            if (quit) {
                input.setEnabled(false);
                QCoreApplication::quit();
                return;
            }
        }
    });
    return app.exec();
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A second process for tests: "edit FILE" adds moments in a loop and prints the uid of each
// one the moment its commit returns; "vote FILE" casts dots through WorkshopEdits in a loop and
// prints, after each cast returns, "ROUND MOMENT DOTS PARTICIPANT" (the participant's dots on
// the moment now; the name last, as it may hold spaces); "hold FILE" opens FILE for editing, prints "ready" and waits to be killed.
// Tests kill it with SIGKILL.
#include "document/document.h"
#include "workshop/roundresults.h"
#include "workshop/workshopedits.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace cx;

namespace {

// Dots on the journey of the workspace's first moment, seat after seat of an anonymous round,
// each seat's dots spread over the moments. A round left running by a killed child is carried
// on; a round whose seats are all used is ended and another started.
int vote(Document &document)
{
    const Workspace &w = document.workspace();
    if (w.moments.isEmpty()) {
        std::fprintf(stderr, "no moment to vote on\n");
        return 2;
    }
    const Uid journey = w.moments.cbegin()->journey;
    QList<Uid> moments;
    for (const Moment &m : w.moments) {
        if (m.journey == journey)
            moments.append(m.uid);
    }
    WorkshopEdits edits(document);
    for (int n = 0; n < 1000; ++n) {
        Uid round;
        for (const VotingRound &r : w.roundsOf(journey)) {
            if (r.isRunning())
                round = r.uid;
        }
        if (round.isNull()) {
            if (Result started = edits.startRound(journey, QStringLiteral("Kill test %1").arg(n), VotingRound::maxDots, {},
                                                  VotingRound::maxSeats, false, &round); !started) {
                std::fprintf(stderr, "%s\n", qPrintable(started.message()));
                return 1;
            }
        }
        const VotingRound r = w.rounds.value(round);
        qsizetype next = 0;
        for (const QString &seat : r.voters()) {
            while (RoundResults::usedBy(w, round, seat) < r.dotsPerParticipant) {
                const Uid moment = moments.at(next++ % moments.size());
                if (Result cast = edits.castDot(round, moment, seat, +1); !cast) {
                    std::fprintf(stderr, "%s\n", qPrintable(cast.message()));
                    return 1;
                }
                // Reported only after the edit returned: this is what the room saw as cast.
                std::printf("%s %s %d %s\n", qPrintable(uidText(round)), qPrintable(uidText(moment)),
                            RoundResults::dotsOn(w, round, moment, seat), seat.toUtf8().constData());
                std::fflush(stdout);
            }
        }
        if (Result ended = edits.endRound(round); !ended) {
            std::fprintf(stderr, "%s\n", qPrintable(ended.message()));
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    Result error;
    auto document = Document::open(args.at(2), OpenMode::ReadWrite, &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(document ? document->readOnlyReason() : error.message()));
        return 2;
    }
    if (args.at(1) == u"hold") {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args.at(1) == u"vote")
        return vote(*document);
    const Workspace &w = document->workspace();
    const Stage stage = *w.stages.cbegin();
    const Lane lane = w.lanesOf(stage.journey).constFirst();
    for (int i = 0; i < 1000000; ++i) {
        Moment m;
        m.uid = newUid();
        m.title = QStringLiteral("Kill test %1").arg(i);
        m.journey = stage.journey;
        m.stage = stage.uid;
        m.lane = lane.uid;
        m.position = int(w.momentsIn(stage.uid, lane.uid).size());
        if (Result r = document->add(m); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return 1;
        }
        // Reported only after the commit returned: this is what the user saw as done.
        std::printf("%s\n", qPrintable(uidText(m.uid)));
        std::fflush(stdout);
    }
    return 0;
}

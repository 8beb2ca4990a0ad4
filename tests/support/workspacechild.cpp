// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A second process for tests: "edit FILE" adds moments in a loop and prints the uid of each
// one the moment its commit returns; "hold FILE" opens FILE for editing, prints "ready" and
// waits to be killed. Tests kill it with SIGKILL.
#include "document/document.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace cx;

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

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The soak: random edits, undos and redos of every kind of record through the Document, the
// way the window makes them, checked after every step (the model keeps its promises) and, every
// --reopen-every steps, against the file (a canonical dump of the file equals one of the model)
// and across closing and reopening it. A seed repeats a run exactly. `./dev soak` runs 100,000
// steps; the test suite runs a short one with a new seed each time, printed first.
#include "samples.h"
#include "soakcheck.h"
#include "soakrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace cx;
using namespace cx::soak;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

qulonglong number(const QCommandLineParser &parser, const QString &option, qulonglong fallback, bool *ok)
{
    if (!parser.isSet(option))
        return fallback;
    bool valid = false;
    const qulonglong value = parser.value(option).toULongLong(&valid);
    if (!valid || value == 0) {
        std::fprintf(stderr, "soak: --%s needs a positive whole number, not “%s”\n", qPrintable(option),
                     qPrintable(parser.value(option)));
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Random edits, undos and redos through the Document, checked against the file."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("steps"), QStringLiteral("How many edits, undos and redos (default 100000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("The seed that decides every step (default: a new one, printed)."), QStringLiteral("S")},
        {QStringLiteral("reopen-every"), QStringLiteral("Compare with the file and reopen it every K steps (default 1000)."), QStringLiteral("K")},
        {QStringLiteral("dir"), QStringLiteral("Where the workspace is made (default: a temporary folder, kept on failure)."), QStringLiteral("DIR")},
    });
    parser.process(app);
    bool ok = true;
    const qulonglong steps = number(parser, QStringLiteral("steps"), 100000, &ok);
    const qulonglong seed = number(parser, QStringLiteral("seed"), 1 + QRandomGenerator::system()->bounded(999999999u), &ok);
    const qulonglong reopenEvery = number(parser, QStringLiteral("reopen-every"), 1000, &ok);
    if (!ok)
        return 2;

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("soak.cxatlas"));
    const QString scratch = QDir(folder).filePath(QStringLiteral("model.cxatlas"));
    for (const char *extra : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(extra));
    say(QStringLiteral("soak: seed %1, %2 steps, compared with the file and reopened every %3 "
                       "(repeat with: soak --seed %1 --steps %2)")
            .arg(QString::number(seed), QString::number(steps), QString::number(reopenEvery)));

    Result error;
    auto document = Document::create(path, &error);
    if (!document) {
        say(QStringLiteral("soak: cannot start: %1").arg(error.message()));
        return 1;
    }
    SoakRun run(seed);
    run.attach(document.get());
    auto fail = [&](qulonglong step, const QString &why) {
        temporary.setAutoRemove(false);
        say(QStringLiteral("soak: FAILED at step %1 (%2): %3\nsoak: seed %4; the workspace is kept in %5")
                .arg(QString::number(step), run.lastAction(), why, QString::number(seed), QDir::toNativeSeparators(folder)));
        return 1;
    };
    QElapsedTimer timer;
    timer.start();
    for (qulonglong step = 1; step <= steps; ++step) {
        Result r = run.step();
        if (r)
            r = SoakCheck::modelIsWellFormed(document->workspace());
        if (!r)
            return fail(step, r.message());
        if (step % reopenEvery == 0 || step == steps) {
            if (r = SoakCheck::fileMatchesModel(*document, scratch); !r)
                return fail(step, r.message());
            const Workspace before = document->workspace();
            document.reset();
            document = Document::open(path, OpenMode::ReadWrite, &error);
            if (!document)
                return fail(step, QStringLiteral("reopening failed: %1").arg(error.message()));
            if (!(document->workspace() == before))
                return fail(step, QStringLiteral("the reopened file differs from the model:\n%1").arg(test::difference(document->workspace(), before)));
            run.attach(document.get());
        }
        if (step % 10000 == 0) {
            const Workspace &w = document->workspace();
            say(QStringLiteral("soak: %1 steps in %2 s; now %3 records (%4 moments) and %5 links")
                    .arg(QString::number(step), QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                         QString::number(w.nodeCount() + w.votes.size()), QString::number(w.moments.size()),
                         QString::number(w.links.size())));
        }
    }
    say(QStringLiteral("soak: %1 steps passed in %2 s (seed %3):\n%4")
            .arg(QString::number(steps), QString::number(double(timer.elapsed()) / 1000.0, 'f', 1), QString::number(seed), run.tally()));
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_package: the Debian package of this build (issue 14). Packs the build tree with CPack
// (as ./dev package does, into a temporary folder), then prints the package's size, its
// installed size, and process start to first frame of the installed binary (unpacked with
// dpkg-deb -x) against the build tree's binary, alternated in the same run: the same code,
// stripped and from another place, so the ratio should be 1. Needs a display: ./dev bench runs
// it under Xvfb. Exits 0 unless the benchmark itself fails; no targets, no timing asserts.
//
//   bench_package [--runs N]

#include "firstframe.h"
#include "samplestats.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

using cx::bench::median;
using cx::bench::firstFrame;

// Runs a program to its end; its standard output, or nothing (with a message) when it fails.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments, int timeoutMs = 600000)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_package: %s %s failed:\n%s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                     p.readAllStandardError().constData());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

qint64 bytesUnder(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    if (const auto at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QElapsedTimer packing;
    packing.start();
    if (!run(QStringLiteral("cpack"), {QStringLiteral("--config"), QStringLiteral(CX_BUILD_DIR "/CPackConfig.cmake"),
                                       QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out}))
        return 1;
    const double packMs = double(packing.nsecsElapsed()) / 1e6;
    const QStringList debs = QDir(out).entryList({QStringLiteral("cxatlas_*.deb")}, QDir::Files);
    if (debs.size() != 1) {
        std::fprintf(stderr, "bench_package: cpack made %lld packages, not one\n", qlonglong(debs.size()));
        return 1;
    }
    const QString deb = QDir(out).filePath(debs.constFirst());
    const QString root = dir.filePath(QStringLiteral("root"));
    if (!run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root}))
        return 1;
    const auto declared = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Installed-Size")});
    const QString installed = root + QStringLiteral("/usr/bin/cxatlas");
    const QString built = QStringLiteral(CX_BINARY);

    const QString example = dir.filePath(QStringLiteral("example.cxatlas"));
    QFile::copy(QStringLiteral(CX_EXAMPLE), example);
    QList<double> installedStart, builtStart;
    firstFrame(installed, {example}); // warm the file cache of both binaries
    firstFrame(built, {example});
    for (int i = 0; i < runs; ++i) {
        installedStart.append(firstFrame(installed, {example}));
        builtStart.append(firstFrame(built, {example}));
    }

    std::printf("bench_package: %s, %d runs\n", qPrintable(debs.constFirst()), runs);
    std::printf("%-52s %9.1f s\n", "cpack (install, strip, shlibdeps, xz)", packMs / 1000.0);
    std::printf("%-52s %9.2f MiB\n", "package (.deb)", mib(QFileInfo(deb).size()));
    std::printf("%-52s %9.2f MiB   (Installed-Size %s KiB)\n", "installed (files unpacked)", mib(bytesUnder(root)),
                declared ? declared->trimmed().constData() : "?");
    std::printf("%-52s %9.2f MiB\n", "  of which the binary, stripped", mib(QFileInfo(installed).size()));
    std::printf("%-52s %9.2f MiB\n", "build tree's binary, unstripped", mib(QFileInfo(built).size()));
    std::printf("\nstart to first frame on the example (median of %d, alternated)\n", runs);
    std::printf("%-52s %9.1f ms\n", "installed binary", median(installedStart));
    std::printf("%-52s %9.1f ms\n", "build tree's binary (baseline, same run)", median(builtStart));
    std::printf("%-52s %9.2fx\n", "installed / build tree", median(installedStart) / std::max(0.001, median(builtStart)));
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: Mermaid journey diagrams. Any input: no crash, no sanitizer report, every error
// names a line. An input that reads must write a diagram that reads back.
#include "io/mermaidjourney.h"

#include <cstdio>
#include <cstdlib>

using namespace cx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    Result error;
    const auto read = MermaidJourney::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                           QStringLiteral("fuzz.mmd"), time, &error);
    if (!read) {
        if (!error.message().contains(QStringLiteral(", line ")))
            std::abort();
        return 0;
    }
    Workspace w;
    for (const Node &n : read->nodes)
        w.put(n);
    for (const Link &l : read->links)
        w.links.insert(l);
    const QByteArray text = MermaidJourney::write(w, w.journeys.begin().key());
    if (!MermaidJourney::read(text, QStringLiteral("again.mmd"), time, &error)) {
        std::fprintf(stderr, "written diagram does not read back: %s\n%s\n", qPrintable(error.message()), text.constData());
        std::abort();
    }
    return 0;
}

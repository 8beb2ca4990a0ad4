// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: workspace JSON. Any input: no crash, no sanitizer report. An input that reads
// must write and read back, and that second export must be the same bytes (the round trip).
#include "io/workspacejsonreader.h"
#include "io/workspacejsonwriter.h"

#include <cstdio>
#include <cstdlib>

using namespace cx;

namespace {

std::optional<Workspace> readWorkspace(const QByteArray &bytes, Result *error)
{
    const auto data = WorkspaceJsonReader::read(bytes, QStringLiteral("fuzz.json"),
                                                QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), error);
    if (!data)
        return std::nullopt;
    Workspace w;
    for (const Node &n : data->nodes)
        w.put(n);
    for (const Link &l : data->links)
        w.links.insert(l);
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Result error;
    const auto first = readWorkspace(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!first) {
        if (error.message().isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const QByteArray exported = WorkspaceJsonWriter::write(*first);
    const auto second = readWorkspace(exported, &error);
    if (!second) {
        std::fprintf(stderr, "export does not read back: %s\n", qPrintable(error.message()));
        std::abort();
    }
    if (WorkspaceJsonWriter::write(*second) != exported) {
        std::fprintf(stderr, "export, import, export is not the same bytes\n");
        std::abort();
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: survey responses from CSV or TSV (issue 13's reader). Any input: no crash, no
// sanitizer report; a failure names the file; every response read lies on its scale and every
// bad row names a line of the file.
#include "metrics/responsereader.h"

#include <cstdio>
#include <cstdlib>

using namespace cx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the scale, the rest is the file.
    const ResponseScale scales[] = {ResponseScale::Nps, ResponseScale::Csat, ResponseScale::Ces5, ResponseScale::Ces7,
                                    ResponseScale::Custom};
    const ResponseScale scale = scales[data[0] % 5];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz.csv");
    QStringList header;
    QChar separator;
    if (Result r = ResponseReader::readHeader(bytes, name, &header, &separator); !r) {
        if (!r.message().contains(name))
            std::abort();
        return 0;
    }
    ResponseColumns columns;
    columns.date = 0;
    columns.score = header.size() > 1 ? 1 : 0;
    columns.moment = header.size() > 2 ? 2 : -1;
    columns.segment = header.size() > 3 ? 3 : -1;
    const ScaleRange range = rangeOf(scale);
    // Moments named "m…" exist, anything else does not.
    const MomentResolver moments = [](const QString &text, QString *why) -> std::optional<Uid> {
        if (text.startsWith(u'm'))
            return QUuid::createUuidV5(QUuid(), text);
        *why = QStringLiteral("unknown moment");
        return std::nullopt;
    };
    ResponseTable table;
    if (Result r = ResponseReader::read(bytes, name, columns, range, moments, &table); !r) {
        if (!r.message().contains(name))
            std::abort();
        return 0;
    }
    // Lines end at LF, CRLF or a lone CR (old Mac exports), as the reader counts them.
    qint64 lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        lines += bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'));
    for (const BadResponse &bad : table.bad) {
        if (bad.row < 2 || bad.row > lines || bad.reason.isEmpty()) {
            std::fprintf(stderr, "bad row %lld of %lld lines: %s\n", bad.row, lines, qPrintable(bad.reason));
            std::abort();
        }
    }
    for (qsizetype i = 0; i < table.responses.size(); ++i) {
        const double score = table.responses.scores.at(i);
        if (!(score >= range.low && score <= range.high)) {
            std::fprintf(stderr, "score %f outside %f…%f\n", score, range.low, range.high);
            std::abort();
        }
    }
    return 0;
}

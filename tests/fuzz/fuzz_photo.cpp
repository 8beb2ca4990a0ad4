// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a persona's photo from any bytes (core/io/personaphoto), with the product's limits.
// Any input: no crash, no sanitizer report; a refusal names the source and leaves the photo as
// it was. A photo accepted is of the input's kind (PNG or JPEG), decodes, is no larger than the
// stored size, and is itself accepted again at the same size (what is stored reads back).
// Qt's image readers and libpng/libjpeg are not instrumented: the fuzzer steers by our code's
// coverage only, and a fault inside them shows as a crash, not as a sanitizer report.
#include "io/personaphoto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>

using namespace cx;

namespace {

// Qt's readers are not instrumented, so to the fuzzer every picture takes the same few paths
// and a larger one, or one refused for a new reason, adds nothing it can see: it would drop or
// shrink it. One of libFuzzer's extra counters for each pair of (power of two of the declared
// pixels, outcome) makes each pair new ground, so the corpus keeps pictures of every size, up
// to and past the limit, that decode and that do not.
__attribute__((section("__libfuzzer_extra_counters"))) uint8_t sizeAndOutcome[34 * 5];

void classify(const QByteArray &bytes, ErrorCode outcome)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // Not for damaged files: Qt's reader can take gigabytes just to read their size
    // (tests/fuzz/findings/photo-ztxt-2gb.png), which is what the product now refuses first.
    const QSize size = outcome == ErrorCode::Damaged ? QSize() : QImageReader(&buffer).size();
    const quint64 pixels = size.isValid() ? quint64(size.width()) * quint64(size.height()) : 0;
    const int sizeClass = std::min(int(std::bit_width(pixels)), 33);
    int result = 4;
    switch (outcome) {
    case ErrorCode::None: result = 0; break;
    case ErrorCode::Invalid: result = 1; break;
    case ErrorCode::Damaged: result = 2; break;
    case ErrorCode::Internal: result = 3; break;
    default: break;
    }
    ++sizeAndOutcome[sizeClass * 5 + result];
}

[[noreturn]] void fail(const char *why, const QString &detail = {})
{
    std::fprintf(stderr, "%s %s\n", why, qPrintable(detail));
    std::abort();
}

} // namespace

// Qt's JPEG reader is a plugin, which loads through an application object.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int count = *argc;
    static QCoreApplication app(count, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const PhotoLimits limits;
    QByteArray photo("untouched");
    const Result r = PersonaPhoto::prepare(bytes, QStringLiteral("fuzz.img"), &photo, limits);
    classify(bytes, r.code());
    if (!r) {
        if (!r.message().startsWith(QStringLiteral("fuzz.img: ")) || !r.message().endsWith(QStringLiteral("The photo was not changed.")))
            fail("a refusal does not name the source:", r.message());
        if (photo != "untouched")
            fail("a refusal changed the photo");
        return 0;
    }
    if (PersonaPhoto::sniff(photo) != PersonaPhoto::sniff(bytes))
        fail("the stored photo is not of the input's kind");
    const QImage stored = QImage::fromData(photo);
    if (stored.isNull())
        fail("the stored photo does not decode");
    if (std::max(stored.width(), stored.height()) > limits.maxSide)
        fail("the stored photo is larger than the stored size");
    QByteArray again;
    if (const Result second = PersonaPhoto::prepare(photo, QStringLiteral("stored"), &again, limits); !second)
        fail("the stored photo is refused:", second.message());
    if (QImage::fromData(again).size() != stored.size())
        fail("the stored photo changes size when prepared again");
    return 0;
}

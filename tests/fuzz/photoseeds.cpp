// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds for fuzz_photo, written into the folder given: small valid PNGs and JPEGs of each kind
// the readers meet (RGB, grey, alpha, palette, progressive), the same cut short, headers that
// claim huge sizes (over and under the 40-megapixel limit), and large one-colour pictures in few
// bytes. Made by Qt here rather than kept as binary files, so what each seed is can be read.
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>
#include <cstdio>

namespace {

QImage picture(int width, int height, QImage::Format format)
{
    QImage image(width, height, QImage::Format_ARGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgba(x * 255 / width, y * 255 / height, (x ^ y) & 0xff, 128 + (x & 127)));
    }
    return image.convertToFormat(format);
}

QImage plain(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(qRgb(40, 90, 160));
    return image;
}

QByteArray encode(const QImage &image, const char *format, bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setProgressiveScanWrite(progressive);
    writer.write(image);
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose IHDR claims width × height, with a correct checksum.
QByteArray pngClaiming(QByteArray png, quint32 width, quint32 height)
{
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    qToBigEndian(crc32(png.mid(12, 17)), png.data() + 29);
    return png;
}

// A JPEG whose start-of-frame claims width × height.
QByteArray jpegClaiming(QByteArray jpeg, quint16 width, quint16 height)
{
    for (qsizetype i = 2; i + 9 < jpeg.size(); ++i) {
        const uchar marker = uchar(jpeg[i + 1]);
        if (uchar(jpeg[i]) == 0xff && (marker == 0xc0 || marker == 0xc2)) {
            qToBigEndian(height, jpeg.data() + i + 5);
            qToBigEndian(width, jpeg.data() + i + 7);
            break;
        }
    }
    return jpeg;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // image plugins (JPEG) load through it
    if (argc != 2) {
        std::fprintf(stderr, "usage: photoseeds FOLDER\n");
        return 2;
    }
    if (!QImageReader::supportedImageFormats().contains("jpeg") || !QImageWriter::supportedImageFormats().contains("jpeg")) {
        std::fprintf(stderr, "photoseeds: Qt cannot read and write JPEG here (its imageformats plugin is missing)\n");
        return 1;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const QByteArray png = encode(picture(96, 64, QImage::Format_RGB32), "PNG");
    const QByteArray jpeg = encode(picture(96, 64, QImage::Format_RGB32), "JPEG");
    const QList<std::pair<const char *, QByteArray>> seeds{
        {"rgb.png", png},
        {"rgb.jpg", jpeg},
        {"tiny.png", encode(picture(1, 1, QImage::Format_RGB32), "PNG")},
        {"tiny.jpg", encode(picture(1, 1, QImage::Format_RGB32), "JPEG")},
        {"wide.png", encode(picture(700, 20, QImage::Format_RGB32), "PNG")},
        {"tall.jpg", encode(picture(20, 700, QImage::Format_RGB32), "JPEG")},
        {"alpha.png", encode(picture(64, 64, QImage::Format_ARGB32), "PNG")},
        {"grey.png", encode(picture(64, 48, QImage::Format_Grayscale8), "PNG")},
        {"grey.jpg", encode(picture(64, 48, QImage::Format_Grayscale8), "JPEG")},
        {"palette.png", encode(picture(64, 48, QImage::Format_Indexed8), "PNG")},
        {"mono.png", encode(picture(64, 48, QImage::Format_Mono), "PNG")},
        {"deep.png", encode(picture(32, 32, QImage::Format_RGBA64), "PNG")},
        {"progressive.jpg", encode(picture(96, 64, QImage::Format_RGB32), "JPEG", true)},
        {"cut-half.png", png.left(png.size() / 2)},
        {"cut-header.png", png.left(30)},
        {"cut-half.jpg", jpeg.left(jpeg.size() / 2)},
        {"no-end-marker.jpg", jpeg.left(jpeg.size() - 2)},
        {"huge-claim.png", pngClaiming(png, 100000, 100000)},
        {"over-limit-claim.png", pngClaiming(png, 8000, 6000)},
        {"under-limit-claim.png", pngClaiming(png, 6000, 6000)},
        {"huge-claim.jpg", jpegClaiming(jpeg, 65535, 65535)},
        {"over-limit-claim.jpg", jpegClaiming(jpeg, 8000, 6000)},
        {"under-limit-claim.jpg", jpegClaiming(jpeg, 6000, 6000)},
        {"zero-claim.png", pngClaiming(png, 0, 0)},
        {"zero-claim.jpg", jpegClaiming(jpeg, 0, 0)},
        // Large pictures in few bytes (one colour): decoding and scaling near the limit.
        {"large-plain.png", encode(plain(5000, 4000), "PNG")},
        {"large-plain.jpg", encode(plain(2800, 2400), "JPEG")}, // fits -max_len
    };
    for (const auto &[name, bytes] : seeds) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "photoseeds: cannot write %s\n", name);
            return 1;
        }
    }
    std::printf("photoseeds: %d seeds in %s\n", int(seeds.size()), argv[1]);
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/personaphoto.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace cx;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, 128));
    }
    return image;
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

// A valid PNG whose header claims width × height (with a correct checksum), so a reader
// learns its size without decoding anything.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = encode(picture(4, 4), "PNG");
    // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4) … CRC after 13 bytes.
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    qToBigEndian(crc32(png.mid(12, 17)), png.data() + 29);
    return png;
}

} // namespace

// Photos from file bytes: what is accepted, how it is stored, and what is refused and why.
class TestPersonaPhoto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPngIsScaledAndStaysPng()
    {
        QByteArray photo;
        const Result r = PersonaPhoto::prepare(encode(picture(1200, 600), "PNG"), QStringLiteral("wide.png"), &photo);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(PersonaPhoto::sniff(photo), QByteArrayLiteral("png"));
        const QImage stored = QImage::fromData(photo);
        QCOMPARE(stored.size(), QSize(512, 256));
    }

    void validJpegStaysJpeg()
    {
        QByteArray photo;
        const Result r = PersonaPhoto::prepare(encode(picture(300, 800), "JPEG"), QStringLiteral("tall.jpg"), &photo);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(PersonaPhoto::sniff(photo), QByteArrayLiteral("jpeg"));
        QCOMPARE(QImage::fromData(photo).size(), QSize(192, 512));
    }

    void smallPhotoKeepsItsSize()
    {
        QByteArray photo;
        QVERIFY(PersonaPhoto::prepare(encode(picture(64, 48), "PNG"), QStringLiteral("small.png"), &photo));
        QCOMPARE(QImage::fromData(photo).size(), QSize(64, 48));
    }

    void contentDecidesNotTheName()
    {
        // A PNG named .jpg is a PNG; a text file named .png is refused.
        QTemporaryDir dir;
        const QString misnamed = dir.filePath(QStringLiteral("really-a-png.jpg"));
        QFile f(misnamed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(picture(10, 10), "PNG"));
        f.close();
        QByteArray photo;
        QVERIFY(PersonaPhoto::fromFile(misnamed, &photo));
        QCOMPARE(PersonaPhoto::sniff(photo), QByteArrayLiteral("png"));

        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just some text, not an image\n");
        t.close();
        const QByteArray untouched = QByteArrayLiteral("unchanged");
        photo = untouched;
        const Result r = PersonaPhoto::fromFile(text, &photo);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("notes.png")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("not a PNG or JPEG")), qPrintable(r.message()));
        QCOMPARE(photo, untouched);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray png = encode(picture(200, 200), "PNG");
        const QByteArray jpeg = encode(picture(200, 200), "JPEG");
        QTest::newRow("not an image") << QByteArrayLiteral("GIF89a....") << QStringLiteral("not a PNG or JPEG");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PNG or JPEG");
        QTest::newRow("truncated PNG") << png.left(png.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("PNG header only") << png.left(40) << QStringLiteral("damaged");
        QTest::newRow("truncated JPEG") << jpeg.left(jpeg.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("signature only") << png.left(8) << QStringLiteral("damaged");
        // Found by fuzzing: a zTXt chunk claiming more than the file holds (Qt's reader took
        // 1.7 GB on it). tests/fuzz/findings/photo-ztxt-2gb.png.
        QTest::newRow("chunk past the end") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000002bc000000140802000000e00879be000000097048597300000f6100f4000f6101a83fa7690000017a5458742249444154782d6cf16082")
                                           << QStringLiteral("runs past the end");
        QTest::newRow("over 40 megapixels") << pngClaiming(8000, 6000) << QStringLiteral("48.0 megapixels");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QByteArray photo = QByteArrayLiteral("unchanged");
        const Result r = PersonaPhoto::prepare(bytes, QStringLiteral("face.png"), &photo);
        QVERIFY(!r);
        QVERIFY2(r.message().startsWith(QStringLiteral("face.png: ")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("The photo was not changed")), qPrintable(r.message()));
        QCOMPARE(photo, QByteArrayLiteral("unchanged"));
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(encode(picture(10, 10), "PNG"));
        QVERIFY(f.resize(21 * 1024 * 1024)); // sparse: no 21 MB written
        f.close();
        QByteArray photo;
        const Result r = PersonaPhoto::fromFile(path, &photo);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("21.0 MB")) && r.message().contains(QStringLiteral("20.0 MB")),
                 qPrintable(r.message()));
        QVERIFY(photo.isEmpty());
    }

    void limitsAreTheStatedOnes()
    {
        const PersonaPhoto::Limits limits;
        QCOMPARE(limits.maxFileBytes, 20 * 1024 * 1024);
        QCOMPARE(limits.maxPixels, 40'000'000);
        QCOMPARE(limits.maxSide, 512);
        // Smaller limits apply too.
        QByteArray photo;
        PersonaPhoto::Limits tight;
        tight.maxFileBytes = 100;
        QVERIFY(!PersonaPhoto::prepare(encode(picture(50, 50), "PNG"), QStringLiteral("x.png"), &photo, tight));
        tight = {};
        tight.maxPixels = 1000;
        QVERIFY(!PersonaPhoto::prepare(encode(picture(50, 50), "PNG"), QStringLiteral("x.png"), &photo, tight));
    }
};

QTEST_MAIN(TestPersonaPhoto)
#include "tst_personaphoto.moc"

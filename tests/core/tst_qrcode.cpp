// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/qrcode.h"
#include "qrdecode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace cx;

namespace {

// A join address as LiveServer makes them: 24 characters of token (PROTOCOL.md).
const QByteArray joinUrl = "http://192.168.1.20:41234/s/q3Vb_x9LmT2sKp0aZr7Yw-eH/";

// The code drawn as a painter would: modules of module pixels, a four-module quiet zone.
QImage render(const QrCode &code, int module)
{
    const int side = (code.size() + 8) * module;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect((x + 4) * module, (y + 4) * module, module, module, Qt::black);
        }
    }
    return image;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinAddressSize()
    {
        Result error;
        const QrCode code = QrCode::encode(joinUrl, &error);
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QVERIFY(!code.isNull());
        // 53 bytes: version 3 at level M holds 42 bytes in 8-bit mode, version 4 holds 62
        // (ISO/IEC 18004 table 7), so version 4, 33 modules a side.
        QCOMPARE(joinUrl.size(), 53);
        QCOMPARE(code.version(), 4);
        QCOMPARE(code.size(), 33);
    }

    void finderPatterns()
    {
        const QrCode code = QrCode::encode(joinUrl);
        // The three finder patterns: a dark 7 × 7 ring, a light ring inside, a dark 3 × 3 core;
        // their corners are where every QR code has them.
        for (const QPoint corner :
             { QPoint(0, 0), QPoint(code.size() - 7, 0), QPoint(0, code.size() - 7) }) {
            for (int i = 0; i < 7; ++i) {
                QVERIFY(code.isDark(corner.x() + i, corner.y()));
                QVERIFY(code.isDark(corner.x(), corner.y() + i));
            }
            QVERIFY(!code.isDark(corner.x() + 1, corner.y() + 1));
            QVERIFY(code.isDark(corner.x() + 3, corner.y() + 3));
        }
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(0, code.size()));
    }

    void caseIsKept()
    {
        // Case-sensitive: the token's letters must come back as they were (an upper-cased
        // alphanumeric encoding would make a smaller code and a wrong token).
        const QrCode code = QrCode::encode("http://h/s/abcDEFghiJKLmnoPQRstuVWX/");
        QVERIFY(!code.isNull());
        QString error;
        const QString decoded = test::decodeQrCodes(render(code, 4), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(decoded, QStringLiteral("http://h/s/abcDEFghiJKLmnoPQRstuVWX/"));
    }

    // What a phone reads: the code drawn with a quiet zone and decoded by zbar gives back the
    // exact address.
    void decodesBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("module");
        QTest::newRow("IPv4 join address") << joinUrl << 4;
        QTest::newRow("IPv6 join address")
            << QByteArray("http://[2001:db8::42]:8080/s/AbCdEfGhIjKlMnOpQrStUvWx/") << 3;
        QTest::newRow("loopback, 2-pixel modules")
            << QByteArray("http://127.0.0.1:39999/s/0123456789abcdefghijKLMN/") << 2;
    }
    void decodesBack()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, module);
        Result result;
        const QrCode code = QrCode::encode(text, &result);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QString error;
        const QString decoded = test::decodeQrCodes(render(code, module), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(decoded, QString::fromUtf8(text));
    }

    void refusals()
    {
        Result error;
        QVERIFY(QrCode::encode({}, &error).isNull());
        QVERIFY(!error.ok());
        QVERIFY(!error.message().isEmpty());

        QVERIFY(QrCode::encode(QByteArray("http://h/\0x", 11), &error).isNull());
        QVERIFY(error.message().contains(u"NUL"));

        // Version 40 at level M holds 2,331 bytes in 8-bit mode.
        const QByteArray fits(2331, 'a');
        const QrCode largest = QrCode::encode(fits, &error);
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QCOMPARE(largest.version(), 40);
        QCOMPARE(largest.size(), 177);
        QVERIFY(QrCode::encode(fits + 'a', &error).isNull());
        QCOMPARE(error.code(), ErrorCode::Invalid);
        QVERIFY2(error.message().contains(u"too long"), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"2332"));
    }

    void nullCode()
    {
        const QrCode code;
        QVERIFY(code.isNull());
        QCOMPARE(code.size(), 0);
        QCOMPARE(code.version(), 0);
        QVERIFY(!code.isDark(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"

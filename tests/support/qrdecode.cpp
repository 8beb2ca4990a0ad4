// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrdecode.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cx::test {

QString decodeQrCodes(const QImage &image, QString *error)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        *error = QStringLiteral("zbarimg is not installed (zbar-tools, packaging/build-deps.txt)");
        return {};
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(file)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return {};
    }
    QProcess zbar;
    zbar.start(zbarimg,
               { QStringLiteral("--raw"), QStringLiteral("--quiet"), QStringLiteral("-Sdisable"),
                 QStringLiteral("-Sqrcode.enable"), file });
    if (!zbar.waitForFinished(30'000)) {
        *error = QStringLiteral("zbarimg did not finish: %1").arg(zbar.errorString());
        return {};
    }
    // Exit status 4: the image was read and held no code.
    if (zbar.exitStatus() != QProcess::NormalExit || zbar.exitCode() != 0) {
        *error = QStringLiteral("zbarimg found no QR code (exit %1): %2")
                     .arg(zbar.exitCode())
                     .arg(QString::fromLocal8Bit(zbar.readAllStandardError()).trimmed());
        return {};
    }
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace cx::test

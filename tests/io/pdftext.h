// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace cx::test {

// Each page's text of a PDF in drawing order (pdftotext -raw), white space made single spaces.
inline QStringList pdfPageTexts(const QString &pdf, int pages)
{
    QStringList texts;
    for (int p = 1; p <= pages; ++p) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                                                    QStringLiteral("-l"), QString::number(p), QStringLiteral("-enc"),
                                                    QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        texts.append(QString::fromUtf8(process.readAllStandardOutput()).simplified());
    }
    return texts;
}

} // namespace cx::test

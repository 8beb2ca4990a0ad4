// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rendericon: the icon's PNGs for the hicolor theme, drawn from its SVG at build time with Qt
// Svg (which the build has anyway), so the PNGs can never drift from the SVG and no binary
// images are kept in git. Same Qt, same bytes.
//
//   rendericon ICON.svg OUTDIR SIZE... → OUTDIR/<SIZE>x<SIZE>/apps/cxatlas.png for each SIZE

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    // The offscreen platform: a build machine has no display, and only raster painting is used.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: rendericon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0) {
            std::fprintf(stderr, "rendericon: not a size: %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/cxatlas.png"), "PNG")) {
            std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlines.h"

#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace cx::TextLines {

QFont font(double pixelSize, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setItalic(italic);
    // Exact glyph advances: the same layout at every scale, on paper and on screen.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // Any letter spacing turns ligatures off: "ff" stays two letters that a PDF search finds.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    QStringList lines;
    if (maxLines <= 0 || width <= 0)
        return lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (lines.size() >= maxLines) {
            // More paragraphs than room: the last line says the text goes on.
            if (!lines.constLast().endsWith(u'…'))
                lines.last() = metrics.elidedText(lines.constLast() + QStringLiteral(" …"), Qt::ElideRight, width);
            if (!lines.constLast().endsWith(u'…'))
                lines.last() += u'…';
            return lines;
        }
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        QString line;
        qsizetype i = 0;
        for (; i < words.size(); ++i) {
            const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
            if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
                line = candidate;
                continue;
            }
            if (lines.size() + 1 == maxLines)
                break;
            lines.append(metrics.elidedText(line, Qt::ElideRight, width));
            line = words[i];
        }
        if (lines.size() + 1 == maxLines && (i < words.size() || &paragraph != &paragraphs.constLast())) {
            QString rest = line;
            for (; i < words.size(); ++i)
                rest += QLatin1Char(' ') + words[i];
            // Force the ellipsis: the text goes on past this line.
            const QString elided = metrics.elidedText(rest + QStringLiteral(" …"), Qt::ElideRight, width);
            lines.append(elided.endsWith(u'…') ? elided : elided + u'…');
            return lines;
        }
        lines.append(metrics.elidedText(line, Qt::ElideRight, width));
    }
    return lines;
}

QStringList lines(const QString &text, const QFont &font, double width)
{
    QStringList result;
    // Most names fit on one line: no need to lay them out.
    if (!text.contains(u'\n') && QFontMetricsF(font).horizontalAdvance(text) <= width) {
        if (!text.trimmed().isEmpty())
            result.append(text.trimmed());
        return result;
    }
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1.0, width));
            const QString part = paragraph.mid(line.textStart(), line.textLength()).trimmed();
            if (!part.isEmpty())
                result.append(part);
        }
        layout.endLayout();
    }
    return result;
}

Fitted fit(const QString &text, double width, double height, double largest, double smallest, bool bold)
{
    Fitted fitted;
    for (double size = largest;; size = std::max(smallest, size * 0.9)) {
        fitted.font = font(size, bold);
        fitted.lines = lines(text, fitted.font, width);
        const double lineHeight = QFontMetricsF(fitted.font).lineSpacing();
        if (double(fitted.lines.size()) * lineHeight <= height + 0.5 || fitted.lines.size() <= 1)
            return fitted;
        if (size <= smallest) {
            const int room = std::max(1, int(std::floor((height + 0.5) / lineHeight)));
            fitted.lines = wrap(text, QFontMetricsF(fitted.font), width, room);
            fitted.whole = false;
            return fitted;
        }
    }
}

} // namespace cx::TextLines

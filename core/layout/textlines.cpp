// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlines.h"

#include <algorithm>

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

} // namespace cx::TextLines

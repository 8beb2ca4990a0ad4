// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personasheetlayout.h"

#include "model/labels.h"
#include "model/personasnapshot.h"
#include "textlines.h"

namespace cx {

namespace {

QStringList bulleted(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items)
        result.append(QStringLiteral("• ") + item);
    return result;
}

QString statusLabel(PersonaStatus status)
{
    return status == PersonaStatus::Validated ? QCoreApplication::translate("cx::PersonaSheetLayout", "Validated")
                                              : QCoreApplication::translate("cx::PersonaSheetLayout", "Hypothesis");
}

QString tierLabel(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Low: return QCoreApplication::translate("cx::PersonaSheetLayout", "Low");
    case ValueTier::Medium: return QCoreApplication::translate("cx::PersonaSheetLayout", "Medium");
    case ValueTier::High: return QCoreApplication::translate("cx::PersonaSheetLayout", "High");
    case ValueTier::Top: return QCoreApplication::translate("cx::PersonaSheetLayout", "Top");
    }
    return {};
}

} // namespace

QString PersonaSheetLayout::initialsOf(const QString &name)
{
    QString result;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (result.size() == 2)
            break;
        result += word.at(0).toUpper();
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QStringList PersonaSheetLayout::paragraphs(const Persona &p, Field field)
{
    switch (field) {
    case Field::Title: return {p.title};
    case Field::NeedState: return {p.needState};
    case Field::Quote: return p.quote.isEmpty() ? QStringList() : QStringList{u'“' + p.quote + u'”'};
    case Field::Status: return {statusLabel(p.status)};
    case Field::ValueTier: return {tierLabel(p.valueTier)};
    case Field::Goals: return bulleted(p.goals);
    case Field::Needs: return bulleted(p.needs);
    case Field::Frustrations: return bulleted(p.frustrations);
    case Field::Behaviours: return bulleted(p.behaviours);
    case Field::PreferredChannels: return bulleted(p.preferredChannels);
    case Field::Demographics: return {p.demographics};
    case Field::Psychographics: return {p.psychographics};
    case Field::FieldNotes: return {p.fieldNotes};
    case Field::Notes: return {p.notes};
    case Field::Evidence: {
        QStringList result;
        for (const EvidenceSource &e : p.evidence) {
            QString line = QStringLiteral("• ") + e.label;
            QStringList detail{label(e.kind)};
            if (e.date.isValid())
                detail.append(e.date.toString(Qt::ISODate));
            line += QStringLiteral(" (") + detail.join(QStringLiteral(", ")) + u')';
            if (!e.note.isEmpty())
                line += QStringLiteral(": ") + e.note;
            result.append(line);
        }
        return result;
    }
    default: return {};
    }
}

PersonaSheetLayout PersonaSheetLayout::compute(const Persona &persona, const QSizeF &page)
{
    PersonaSheetLayout layout;
    layout.size = page;
    layout.initials = initialsOf(persona.title);
    for (double s = 1.0; s > 0.49; s -= 0.1) {
        layout.blocks.clear();
        if (layout.flow(persona, s))
            return layout;
    }
    layout.blocks.clear();
    layout.flow(persona, 0.5); // as small as it gets; the text that is left over is cut
    return layout;
}

// Lays the blocks out at scale s; false when they run past the page.
bool PersonaSheetLayout::flow(const Persona &persona, double s)
{
    scale = s;
    labelSize = 8.5 * s;
    const double width = size.width();
    const double gap = 14 * s;
    const double photoSide = std::min(110.0 * s, width / 4);
    photo = QRectF(0, 0, photoSide, photoSide);
    bool fits = true;

    // The header beside the photo: name, need state, quote.
    const double headerX = photoSide + 18;
    const double headerWidth = width - headerX;
    double y = 0;
    auto headerBlock = [&](Field field, double fontSize, bool bold, bool italic, int maxLines) {
        const QString text = paragraphs(persona, field).join(u'\n');
        if (text.isEmpty())
            return;
        const QFontMetricsF fm(TextLines::font(fontSize, bold, italic));
        Block b{field, {}, {}, {}, TextLines::wrap(text, fm, headerWidth, maxLines), fontSize, bold, italic};
        b.rect = QRectF(headerX, y, headerWidth, fm.lineSpacing() * double(b.lines.size()));
        y = b.rect.bottom() + 6 * s;
        blocks.append(b);
    };
    headerBlock(Field::Title, 24 * s, true, false, 3); // a long name wraps rather than loses its end
    headerBlock(Field::NeedState, 13 * s, false, false, 3);
    headerBlock(Field::Quote, 12 * s, false, true, 4);

    // Status and value tier on one line each, labelled, under the header.
    double top = std::max(y, photo.bottom()) + gap;
    const QFontMetricsF labelMetrics(TextLines::font(labelSize, true));
    const double bodySize = 10.5 * s;
    const QFontMetricsF bodyMetrics(TextLines::font(bodySize));
    const double columnWidth = (width - gap * 2) / 2;
    for (const Field field : {Field::Status, Field::ValueTier}) {
        const double x = field == Field::Status ? 0 : columnWidth + gap * 2;
        Block b{field, PersonaSnapshot::label(field), QRectF(x, top, columnWidth, labelMetrics.lineSpacing()), {},
                paragraphs(persona, field), bodySize, false, false};
        b.rect = QRectF(x, b.labelRect.bottom() + 2, columnWidth, bodyMetrics.lineSpacing());
        blocks.append(b);
    }
    top += labelMetrics.lineSpacing() + 2 + bodyMetrics.lineSpacing() + gap;

    // The rest, down the left column and then the right.
    int column = 0;
    double columnY = top;
    const double bottom = size.height();
    for (const Field field : PersonaSnapshot::fieldOrder()) {
        if (field == Field::Title || field == Field::NeedState || field == Field::Quote || field == Field::Photo
            || field == Field::Status || field == Field::ValueTier)
            continue;
        QStringList items = paragraphs(persona, field);
        items.removeAll(QString());
        if (items.isEmpty())
            items.append(QStringLiteral("—"));
        QStringList lines;
        for (const QString &item : items)
            lines += TextLines::wrap(item, bodyMetrics, columnWidth, 40);
        double needed = labelMetrics.lineSpacing() + 2 + bodyMetrics.lineSpacing() * double(lines.size());
        if (columnY + needed > bottom && column == 0 && columnY > top) {
            column = 1;
            columnY = top;
        }
        if (columnY + needed > bottom) {
            fits = false;
            const int room = std::max(1, int((bottom - columnY - labelMetrics.lineSpacing() - 2) / bodyMetrics.lineSpacing()));
            if (lines.size() > room) {
                lines = lines.mid(0, room);
                lines.last() = bodyMetrics.elidedText(lines.constLast() + QStringLiteral(" …"), Qt::ElideRight, columnWidth);
            }
            needed = labelMetrics.lineSpacing() + 2 + bodyMetrics.lineSpacing() * double(lines.size());
        }
        const double x = column == 0 ? 0 : columnWidth + gap * 2;
        Block b{field, PersonaSnapshot::label(field), QRectF(x, columnY, columnWidth, labelMetrics.lineSpacing()), {},
                lines, bodySize, false, false};
        b.rect = QRectF(x, b.labelRect.bottom() + 2, columnWidth, bodyMetrics.lineSpacing() * double(lines.size()));
        blocks.append(b);
        columnY += needed + gap;
    }
    return fits;
}

} // namespace cx

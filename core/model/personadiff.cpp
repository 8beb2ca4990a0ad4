// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personadiff.h"

#include "labels.h"
#include "personasnapshot.h"

#include <QCryptographicHash>

namespace cx {

namespace {

QStringList nonEmpty(const QString &text)
{
    return text.isEmpty() ? QStringList() : QStringList{text};
}

QString statusLabel(PersonaStatus status)
{
    return status == PersonaStatus::Validated ? PersonaDiff::tr("Validated") : PersonaDiff::tr("Hypothesis");
}

QString tierLabel(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Low: return PersonaDiff::tr("Low");
    case ValueTier::Medium: return PersonaDiff::tr("Medium");
    case ValueTier::High: return PersonaDiff::tr("High");
    case ValueTier::Top: return PersonaDiff::tr("Top");
    }
    return {};
}

QStringList missingFrom(const QStringList &lines, const QStringList &other)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!other.contains(line))
            result.append(line);
    }
    return result;
}

} // namespace

QStringList PersonaDiff::lines(const Persona &p, Field field)
{
    switch (field) {
    case Field::Title: return nonEmpty(p.title);
    case Field::NeedState: return nonEmpty(p.needState);
    case Field::Quote: return nonEmpty(p.quote);
    case Field::Photo:
        // Two photos differ by their bytes; a short fingerprint tells them apart in a list.
        if (p.photo.isEmpty())
            return {};
        return {tr("Photo (%1 KB, %2)")
                    .arg((p.photo.size() + 1023) / 1024)
                    .arg(QString::fromLatin1(QCryptographicHash::hash(p.photo, QCryptographicHash::Sha1).toHex().left(8)))};
    case Field::Status: return {statusLabel(p.status)};
    case Field::ValueTier: return {tierLabel(p.valueTier)};
    case Field::Goals: return p.goals;
    case Field::Needs: return p.needs;
    case Field::Frustrations: return p.frustrations;
    case Field::Behaviours: return p.behaviours;
    case Field::PreferredChannels: return p.preferredChannels;
    case Field::Demographics: return nonEmpty(p.demographics);
    case Field::Psychographics: return nonEmpty(p.psychographics);
    case Field::FieldNotes: return nonEmpty(p.fieldNotes);
    case Field::Notes: return nonEmpty(p.notes);
    case Field::Evidence: {
        QStringList result;
        for (const EvidenceSource &e : p.evidence) {
            QString line = QStringLiteral("%1 (%2").arg(e.label, label(e.kind));
            if (e.date.isValid())
                line += QStringLiteral(", ") + e.date.toString(Qt::ISODate);
            line += u')';
            if (!e.note.isEmpty())
                line += QStringLiteral(": ") + e.note;
            result.append(line);
        }
        return result;
    }
    default: return {};
    }
}

QList<PersonaFieldDiff> PersonaDiff::compare(const Persona &before, const Persona &after)
{
    QList<PersonaFieldDiff> result;
    for (const Field field : PersonaSnapshot::fieldOrder()) {
        PersonaFieldDiff d;
        d.field = field;
        d.label = PersonaSnapshot::label(field);
        d.before = lines(before, field);
        d.after = lines(after, field);
        d.changed = d.before != d.after;
        if (d.changed) {
            d.onlyBefore = missingFrom(d.before, d.after);
            d.onlyAfter = missingFrom(d.after, d.before);
        }
        result.append(d);
    }
    return result;
}

int PersonaDiff::changedCount(const QList<PersonaFieldDiff> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const PersonaFieldDiff &d) { return d.changed; }));
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaedits.h"

#include "document.h"
#include "model/personapalette.h"
#include "model/personasnapshot.h"

namespace cx {

namespace {

QString mergeKey(const Uid &persona, const QString &what)
{
    return QStringLiteral("persona/%1/%2").arg(uidText(persona), what);
}

} // namespace

QStringList &PersonaEdits::listOf(Persona &p, PersonaList list)
{
    switch (list) {
    case PersonaList::Goals: return p.goals;
    case PersonaList::Needs: return p.needs;
    case PersonaList::Frustrations: return p.frustrations;
    case PersonaList::Behaviours: return p.behaviours;
    case PersonaList::PreferredChannels: return p.preferredChannels;
    }
    Q_UNREACHABLE();
}

const QStringList &PersonaEdits::listOf(const Persona &p, PersonaList list)
{
    return listOf(const_cast<Persona &>(p), list);
}

Field PersonaEdits::fieldOf(PersonaList list)
{
    switch (list) {
    case PersonaList::Goals: return Field::Goals;
    case PersonaList::Needs: return Field::Needs;
    case PersonaList::Frustrations: return Field::Frustrations;
    case PersonaList::Behaviours: return Field::Behaviours;
    case PersonaList::PreferredChannels: return Field::PreferredChannels;
    }
    Q_UNREACHABLE();
}

Result PersonaEdits::fetch(const Uid &uid, Persona *persona) const
{
    const auto it = m_document.workspace().personas.constFind(uid);
    if (it == m_document.workspace().personas.cend()) {
        return Result::failure(ErrorCode::NotFound,
                               tr("There is no persona %1 in this workspace.").arg(uidText(uid)));
    }
    *persona = *it;
    return Result::success();
}

Result PersonaEdits::fail(const Result &refused) const
{
    Q_EMIT m_document.editFailed(refused.message());
    return refused;
}

Result PersonaEdits::checkIndex(int index, qsizetype size)
{
    if (index >= 0 && index < size)
        return Result::success();
    return Result::failure(ErrorCode::Invalid,
                           tr("There is no item %1 in a list of %n item(s).", nullptr, int(size)).arg(index + 1));
}

Result PersonaEdits::edit(const Uid &persona, const Change &change, const QString &mergeKey)
{
    Persona p;
    Result r = fetch(persona, &p);
    if (r)
        r = change(p);
    if (!r)
        return fail(r);
    return m_document.update(p, mergeKey);
}

Result PersonaEdits::create(const QString &name, Uid *created)
{
    Persona p;
    p.uid = newUid();
    p.title = name.isEmpty() ? tr("New persona") : name;
    p.color = PersonaPalette::next(m_document.workspace());
    const Result r = m_document.add(p);
    if (r && created)
        *created = p.uid;
    return r;
}

Result PersonaEdits::duplicate(const Uid &persona, Uid *created)
{
    Persona copy;
    if (Result r = fetch(persona, &copy); !r)
        return fail(r);
    copy.uid = newUid();
    copy.title = tr("%1 (copy)").arg(copy.title);
    copy.color = PersonaPalette::next(m_document.workspace());
    copy.created = copy.modified = QDateTime();
    for (PersonaRevision &revision : copy.revisions)
        revision.uid = newUid();
    const Result r = m_document.add(copy);
    if (r && created)
        *created = copy.uid;
    return r;
}

Result PersonaEdits::remove(const Uid &persona)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return fail(r);
    return m_document.remove({persona});
}

Result PersonaEdits::setField(const Uid &persona, Field field, const QVariant &value)
{
    const QString text = value.toString();
    if (field == Field::Color) {
        // A choice from the palette or the colour dialog: its own step, never merged.
        if (!PersonaPalette::isColor(text))
            return fail(Result::failure(ErrorCode::Invalid, tr("“%1” is not a colour (#rrggbb).").arg(text)));
        return edit(persona, [&](Persona &p) {
            p.color = text.toLower();
            return Result::success();
        });
    }
    if (field == Field::Status || field == Field::ValueTier) {
        // A choice, not typing: its own step.
        return edit(persona, [&](Persona &p) {
            const auto status = fromName<PersonaStatus>(text);
            const auto tier = fromName<ValueTier>(text);
            // One message each: the field's name is a noun that other languages do not lowercase.
            if (field == Field::Status && !status) {
                //: %1: the value given; a persona's status is "hypothesis" or "validated"
                return Result::failure(ErrorCode::Invalid, tr("“%1” is not a status.").arg(text));
            }
            if (field == Field::ValueTier && !tier) {
                //: %1: the value given; a persona's value tier is low, medium, high or top
                return Result::failure(ErrorCode::Invalid, tr("“%1” is not a value tier.").arg(text));
            }
            if (field == Field::Status)
                p.status = *status;
            else
                p.valueTier = *tier;
            return Result::success();
        });
    }
    auto change = [&](Persona &p) {
        switch (field) {
        case Field::Title: p.title = text; break;
        case Field::NeedState: p.needState = text; break;
        case Field::Quote: p.quote = text; break;
        case Field::Demographics: p.demographics = text; break;
        case Field::Psychographics: p.psychographics = text; break;
        case Field::FieldNotes: p.fieldNotes = text; break;
        case Field::Notes: p.notes = text; break;
        default:
            return Result::failure(ErrorCode::Internal, tr("That field of a persona cannot be set this way."));
        }
        return Result::success();
    };
    return edit(persona, change, mergeKey(persona, QString::number(int(field))));
}

Result PersonaEdits::addItem(const Uid &persona, PersonaList list, const QString &text, int position)
{
    return edit(persona, [&](Persona &p) {
        QStringList &items = listOf(p, list);
        items.insert(position < 0 || position > items.size() ? items.size() : position, text);
        return Result::success();
    });
}

Result PersonaEdits::setItem(const Uid &persona, PersonaList list, int index, const QString &text)
{
    const QString key = mergeKey(persona, QStringLiteral("%1/%2").arg(int(fieldOf(list))).arg(index));
    return edit(persona, [&](Persona &p) {
        QStringList &items = listOf(p, list);
        const Result r = checkIndex(index, items.size());
        if (r)
            items[index] = text;
        return r;
    }, key);
}

Result PersonaEdits::removeItem(const Uid &persona, PersonaList list, int index)
{
    return edit(persona, [&](Persona &p) {
        QStringList &items = listOf(p, list);
        const Result r = checkIndex(index, items.size());
        if (r)
            items.removeAt(index);
        return r;
    });
}

Result PersonaEdits::moveItem(const Uid &persona, PersonaList list, int from, int to)
{
    return edit(persona, [&](Persona &p) {
        QStringList &items = listOf(p, list);
        Result r = checkIndex(from, items.size());
        if (r)
            r = checkIndex(to, items.size());
        if (r)
            items.move(from, to);
        return r;
    });
}

Result PersonaEdits::addEvidence(const Uid &persona, const EvidenceSource &source, int position)
{
    return edit(persona, [&](Persona &p) {
        p.evidence.insert(position < 0 || position > p.evidence.size() ? p.evidence.size() : position, source);
        return Result::success();
    });
}

Result PersonaEdits::setEvidence(const Uid &persona, int index, const EvidenceSource &source)
{
    return edit(persona, [&](Persona &p) {
        const Result r = checkIndex(index, p.evidence.size());
        if (r)
            p.evidence[index] = source;
        return r;
    }, mergeKey(persona, QStringLiteral("evidence/%1").arg(index)));
}

Result PersonaEdits::removeEvidence(const Uid &persona, int index)
{
    return edit(persona, [&](Persona &p) {
        const Result r = checkIndex(index, p.evidence.size());
        if (r)
            p.evidence.removeAt(index);
        return r;
    });
}

Result PersonaEdits::moveEvidence(const Uid &persona, int from, int to)
{
    return edit(persona, [&](Persona &p) {
        Result r = checkIndex(from, p.evidence.size());
        if (r)
            r = checkIndex(to, p.evidence.size());
        if (r)
            p.evidence.move(from, to);
        return r;
    });
}

Result PersonaEdits::setPhoto(const Uid &persona, const QByteArray &photo)
{
    return edit(persona, [&](Persona &p) {
        p.photo = photo;
        return Result::success();
    });
}

Result PersonaEdits::recordRevision(const Uid &persona, const QString &summary, const QString &reason,
                                    Uid *created)
{
    const Uid uid = newUid();
    const Result r = edit(persona, [&](Persona &p) {
        if (summary.trimmed().isEmpty()) {
            return Result::failure(ErrorCode::Invalid,
                                   tr("Say what changed in persona “%1” to record a revision.").arg(p.title));
        }
        p.revisions.append({uid, fileTimestamp(), summary.trimmed(), reason.trimmed(), PersonaSnapshot::write(p)});
        return Result::success();
    });
    if (r && created)
        *created = uid;
    return r;
}

Result PersonaEdits::restoreRevision(const Uid &persona, const Uid &revision)
{
    return edit(persona, [&](Persona &p) {
        const auto it = std::find_if(p.revisions.cbegin(), p.revisions.cend(),
                                     [&](const PersonaRevision &v) { return v.uid == revision; });
        const Result r = it == p.revisions.cend()
            ? Result::failure(ErrorCode::NotFound, tr("it has no revision %1.").arg(uidText(revision)))
            : PersonaSnapshot::read(it->snapshot, &p);
        if (!r)
            return Result::failure(r.code(), tr("Cannot restore persona “%1”: %2").arg(p.title, r.message()));
        return r;
    });
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaedits.h"

#include "document.h"
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
        return fail(Result::failure(ErrorCode::NotFound,
                                    tr("There is no persona %1 in this workspace.").arg(uidText(uid))));
    }
    *persona = *it;
    return Result::success();
}

Result PersonaEdits::update(const Persona &after, const QString &mergeKey)
{
    return m_document.update(after, mergeKey);
}

Result PersonaEdits::fail(const Result &refused) const
{
    Q_EMIT m_document.editFailed(refused.message());
    return refused;
}

Result PersonaEdits::badIndex(int index, qsizetype size) const
{
    return fail(Result::failure(ErrorCode::Invalid,
                                tr("There is no item %1 in a list of %n item(s).", nullptr, int(size)).arg(index + 1)));
}

Result PersonaEdits::create(const QString &name, Uid *created)
{
    Persona p;
    p.uid = newUid();
    p.title = name.isEmpty() ? tr("New persona") : name;
    const Result r = m_document.add(p);
    if (r && created)
        *created = p.uid;
    return r;
}

Result PersonaEdits::duplicate(const Uid &persona, Uid *created)
{
    Persona copy;
    if (Result r = fetch(persona, &copy); !r)
        return r;
    copy.uid = newUid();
    copy.title = tr("%1 (copy)").arg(copy.title);
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
        return r;
    return m_document.remove({persona});
}

Result PersonaEdits::setField(const Uid &persona, Field field, const QVariant &value)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    const QString text = value.toString();
    switch (field) {
    case Field::Title: p.title = text; break;
    case Field::NeedState: p.needState = text; break;
    case Field::Quote: p.quote = text; break;
    case Field::Demographics: p.demographics = text; break;
    case Field::Psychographics: p.psychographics = text; break;
    case Field::FieldNotes: p.fieldNotes = text; break;
    case Field::Notes: p.notes = text; break;
    case Field::Status:
    case Field::ValueTier: {
        const bool ok = field == Field::Status ? fromName<PersonaStatus>(text).has_value()
                                               : fromName<ValueTier>(text).has_value();
        if (!ok) {
            return fail(Result::failure(ErrorCode::Invalid, tr("“%1” is not a %2.")
                                                                .arg(text, PersonaSnapshot::label(field).toLower())));
        }
        if (field == Field::Status)
            p.status = *fromName<PersonaStatus>(text);
        else
            p.valueTier = *fromName<ValueTier>(text);
        return update(p); // a choice, not typing: its own step
    }
    default: {
        return fail(Result::failure(ErrorCode::Internal, tr("That field of a persona cannot be set this way.")));
    }
    }
    return update(p, mergeKey(persona, QString::number(int(field))));
}

Result PersonaEdits::addItem(const Uid &persona, PersonaList list, const QString &text, int position)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    QStringList &items = listOf(p, list);
    const qsizetype at = position < 0 || position > items.size() ? items.size() : position;
    items.insert(at, text);
    return update(p);
}

Result PersonaEdits::setItem(const Uid &persona, PersonaList list, int index, const QString &text)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    QStringList &items = listOf(p, list);
    if (index < 0 || index >= items.size())
        return badIndex(index, items.size());
    items[index] = text;
    return update(p, mergeKey(persona, QStringLiteral("%1/%2").arg(int(fieldOf(list))).arg(index)));
}

Result PersonaEdits::removeItem(const Uid &persona, PersonaList list, int index)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    QStringList &items = listOf(p, list);
    if (index < 0 || index >= items.size())
        return badIndex(index, items.size());
    items.removeAt(index);
    return update(p);
}

Result PersonaEdits::moveItem(const Uid &persona, PersonaList list, int from, int to)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    QStringList &items = listOf(p, list);
    if (from < 0 || from >= items.size())
        return badIndex(from, items.size());
    if (to < 0 || to >= items.size())
        return badIndex(to, items.size());
    items.move(from, to);
    return update(p);
}

Result PersonaEdits::addEvidence(const Uid &persona, const EvidenceSource &source, int position)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    const qsizetype at = position < 0 || position > p.evidence.size() ? p.evidence.size() : position;
    p.evidence.insert(at, source);
    return update(p);
}

Result PersonaEdits::setEvidence(const Uid &persona, int index, const EvidenceSource &source)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    if (index < 0 || index >= p.evidence.size())
        return badIndex(index, p.evidence.size());
    p.evidence[index] = source;
    return update(p, mergeKey(persona, QStringLiteral("evidence/%1").arg(index)));
}

Result PersonaEdits::removeEvidence(const Uid &persona, int index)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    if (index < 0 || index >= p.evidence.size())
        return badIndex(index, p.evidence.size());
    p.evidence.removeAt(index);
    return update(p);
}

Result PersonaEdits::moveEvidence(const Uid &persona, int from, int to)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    if (from < 0 || from >= p.evidence.size())
        return badIndex(from, p.evidence.size());
    if (to < 0 || to >= p.evidence.size())
        return badIndex(to, p.evidence.size());
    p.evidence.move(from, to);
    return update(p);
}

Result PersonaEdits::setPhoto(const Uid &persona, const QByteArray &photo)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    p.photo = photo;
    return update(p);
}

Result PersonaEdits::recordRevision(const Uid &persona, const QString &summary, const QString &reason,
                                    Uid *created)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    if (summary.trimmed().isEmpty()) {
        return fail(Result::failure(ErrorCode::Invalid,
                                    tr("Say what changed in persona “%1” to record a revision.").arg(p.title)));
    }
    PersonaRevision revision{newUid(), fileTimestamp(), summary.trimmed(), reason.trimmed(),
                             PersonaSnapshot::write(p)};
    p.revisions.append(revision);
    const Result r = update(p);
    if (r && created)
        *created = revision.uid;
    return r;
}

Result PersonaEdits::restoreRevision(const Uid &persona, const Uid &revision)
{
    Persona p;
    if (Result r = fetch(persona, &p); !r)
        return r;
    const auto it = std::find_if(p.revisions.cbegin(), p.revisions.cend(),
                                 [&](const PersonaRevision &v) { return v.uid == revision; });
    Result r = it == p.revisions.cend()
        ? Result::failure(ErrorCode::NotFound, tr("Persona “%1” has no revision %2.").arg(p.title, uidText(revision)))
        : PersonaSnapshot::read(it->snapshot, &p);
    if (!r)
        return fail(Result::failure(r.code(), tr("Cannot restore persona “%1”: %2").arg(p.title, r.message())));
    return update(p);
}

} // namespace cx

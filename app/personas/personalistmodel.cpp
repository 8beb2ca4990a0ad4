// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalistmodel.h"

#include "model/personapalette.h"

#include <algorithm>

namespace cx {

void PersonaListModel::syncFrom(const Workspace *w)
{
    QList<PersonaRow> rows;
    if (w) {
        QHash<Uid, int> journeys;
        for (const Link &l : w->links) {
            if (l.relation == Relation::Follows)
                ++journeys[l.from];
        }
        const QHash<Uid, QString> colors = PersonaPalette::colorsOf(*w);
        rows.reserve(w->personas.size());
        for (const Persona &p : w->personas) {
            rows.append({p.uid, p.title, p.needState, p.quote, p.photo, p.status, p.valueTier, p.modified,
                         journeys.value(p.uid), colors.value(p.uid)});
        }
    }
    sync(rows);
}

QVariant PersonaListModel::data(const QModelIndex &index, int role) const
{
    const PersonaRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row->name;
    case UidRole: return uidText(row->uid);
    case NeedStateRole: return row->needState;
    case QuoteRole: return row->quote;
    case PhotoRole: return row->photo;
    case StatusRole: return name(row->status);
    case ValueTierRole: return name(row->valueTier);
    case TierRankRole: return int(row->valueTier);
    case ModifiedRole: return row->modified;
    case JourneyCountRole: return row->journeyCount;
    case InitialsRole: return initials(row->name);
    case AvatarColorRole: return QColor::fromString(row->color);
    default: return {};
    }
}

QHash<int, QByteArray> PersonaListModel::roleNames() const
{
    return {{UidRole, "uid"}, {NameRole, "name"}, {NeedStateRole, "needState"}, {QuoteRole, "quote"},
            {PhotoRole, "photo"}, {StatusRole, "status"}, {ValueTierRole, "valueTier"},
            {TierRankRole, "tierRank"}, {ModifiedRole, "modified"}, {JourneyCountRole, "journeyCount"},
            {InitialsRole, "initials"}, {AvatarColorRole, "avatarColor"}};
}

QString PersonaListModel::initials(const QString &name)
{
    QString result;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto letter = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (letter != word.cend())
            result += letter->toUpper();
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}


} // namespace cx

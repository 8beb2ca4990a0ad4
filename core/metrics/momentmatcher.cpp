// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentmatcher.h"

#include "model/workspace.h"

namespace cx {

MomentMatcher::MomentMatcher(const Workspace &w, const Uid &metric)
{
    for (const Moment &m : w.moments) {
        m_moments.insert(m.uid, w.links.contains(Link{metric, Relation::Measures, m.uid}));
        m_byTitle[m.title.trimmed().toCaseFolded()].append(m.uid);
    }
}

std::optional<Uid> MomentMatcher::match(const QString &text, QString *why) const
{
    const QString wanted = text.trimmed();
    if (const Uid asUid = uidFromText(wanted); !asUid.isNull() && m_moments.contains(asUid))
        return asUid;
    const QList<Uid> found = m_byTitle.value(wanted.toCaseFolded());
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty()) {
        *why = tr("no moment has the id or title “%1”").arg(wanted);
        return std::nullopt;
    }
    QList<Uid> measured;
    for (const Uid &uid : found) {
        if (m_moments.value(uid))
            measured.append(uid);
    }
    if (measured.size() == 1)
        return measured.constFirst();
    *why = tr("%n moment(s) have the title “%1”; name the moment by its id", nullptr, int(found.size())).arg(wanted);
    return std::nullopt;
}

std::function<std::optional<Uid>(const QString &, QString *)> MomentMatcher::resolver() const
{
    return [this](const QString &text, QString *why) { return match(text, why); };
}

} // namespace cx

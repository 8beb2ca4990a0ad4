// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personagallery.h"

#include "document/personaedits.h"

namespace cx {

PersonaGallery::PersonaGallery(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { refresh(); })
{
    m_filter.setSourceModel(&m_rows);
}

void PersonaGallery::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

void PersonaGallery::refresh()
{
    const int before = total();
    const Document *doc = m_follower.document();
    m_rows.syncFrom(doc ? &doc->workspace() : nullptr);
    if (total() != before)
        Q_EMIT totalChanged();
    const bool readOnly = !doc || doc->isReadOnly();
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged();
    }
}

QString PersonaGallery::create(const QString &name)
{
    Document *doc = m_follower.document();
    Uid created;
    if (!doc || !PersonaEdits(*doc).create(name, &created))
        return {};
    return uidText(created);
}

QString PersonaGallery::duplicate(const QString &persona)
{
    Document *doc = m_follower.document();
    Uid created;
    if (!doc || !PersonaEdits(*doc).duplicate(uidFromText(persona), &created))
        return {};
    return uidText(created);
}

bool PersonaGallery::remove(const QString &persona)
{
    Document *doc = m_follower.document();
    return doc && PersonaEdits(*doc).remove(uidFromText(persona));
}

} // namespace cx

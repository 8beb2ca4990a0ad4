// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personagallery.h"

#include "document/personaedits.h"

namespace cx {

PersonaGallery::PersonaGallery(QObject *parent)
    : QObject(parent)
{
    m_filter.setSourceModel(&m_rows);
}

void PersonaGallery::setWorkspace(WorkspaceController *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &WorkspaceController::workspaceChanged, this, &PersonaGallery::documentReplaced);
    Q_EMIT workspaceChanged();
    documentReplaced();
}

void PersonaGallery::documentReplaced()
{
    disconnect(m_documentConnection);
    if (Document *doc = m_workspace ? m_workspace->document() : nullptr)
        m_documentConnection = connect(doc, &Document::changed, this, &PersonaGallery::refresh);
    refresh();
}

void PersonaGallery::refresh()
{
    const int before = total();
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    m_rows.syncFrom(doc ? &doc->workspace() : nullptr);
    if (total() != before)
        Q_EMIT totalChanged();
}

QString PersonaGallery::create(const QString &name)
{
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    Uid created;
    if (!doc || !PersonaEdits(*doc).create(name, &created))
        return {};
    return uidText(created);
}

QString PersonaGallery::duplicate(const QString &persona)
{
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    Uid created;
    if (!doc || !PersonaEdits(*doc).duplicate(uidFromText(persona), &created))
        return {};
    return uidText(created);
}

bool PersonaGallery::remove(const QString &persona)
{
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    return doc && PersonaEdits(*doc).remove(uidFromText(persona));
}

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecommand.h"

#include "document.h"

namespace cx {

namespace {
constexpr int mergeableId = 0x4358; // one id for all mergeable commands; keys tell them apart
}

ChangeCommand::ChangeCommand(Document *document, ChangeSet change, const QString &text,
                             const QString &mergeKey)
    : m_document(document)
    , m_change(std::move(change))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void ChangeCommand::redo()
{
    if (!m_document->apply(m_change, text()))
        setObsolete(true);
}

void ChangeCommand::undo()
{
    //: The summary of an undo in a team workspace's change log. %1: the undo step's text
    if (!m_document->apply(m_change.inverted(), Document::tr("Undo: %1").arg(text())))
        setObsolete(true);
}

int ChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || !m_change.links.isEmpty() || !next->m_change.links.isEmpty()
        || next->m_change.nodes.size() != m_change.nodes.size())
        return false;
    ChangeSet merged = m_change;
    for (qsizetype i = 0; i < merged.nodes.size(); ++i) {
        NodeChange &mine = merged.nodes[i];
        const NodeChange &theirs = next->m_change.nodes[i];
        if (!mine.before || !mine.after || !theirs.before || !theirs.after
            || uidOf(*mine.after) != uidOf(*theirs.before) || !(*mine.after == *theirs.before))
            return false;
        mine.after = theirs.after;
    }
    m_change = merged;
    // Dragging back to where it started leaves nothing to undo.
    if (!m_change.simplify())
        setObsolete(true);
    return true;
}

} // namespace cx

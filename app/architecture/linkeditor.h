// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QCoreApplication>
#include <QVariantList>

namespace cx {

class Document;
struct Workspace;

// Linking as the views offer it: by dragging one box onto another or by picking from a search,
// with the relation inferred by Rules::linkFor. Shared by the Architecture view and the
// journey canvas's inspector, so both link and describe links the same way.
class LinkEditor
{
    Q_DECLARE_TR_FUNCTIONS(cx::LinkEditor)

public:
    // Links a and b (one undo step); false, with the document's editFailed, when refused.
    static bool link(Document *document, const Uid &a, const Uid &b);
    // Removes every CX-architecture link between a and b, either way (one undo step).
    static bool unlink(Document *document, const Uid &a, const Uid &b);
    // What uid is linked to in the CX architecture: {uid, title, kind, relation, label}, where
    // label reads from uid's side ("uses", "used by", "measured by"…), sorted by kind and title.
    static QVariantList linksOf(const Workspace &workspace, const Uid &uid);
    // Nodes uid could be linked to whose title contains text (case-insensitive), not linked
    // yet, at most limit, best matches (title starts with text) first.
    static QVariantList candidates(const Workspace &workspace, const Uid &uid, const QString &text, int limit = 12);
};

} // namespace cx

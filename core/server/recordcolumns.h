// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/node.h"

#include <QVariant>

namespace cx {

// The columns beside a record's encoding that the server checks without decoding it: what the
// record refers to (refs), and where it stands among its siblings (parent, position), so that
// a change set is refused when someone else removed what it needs or numbered the same
// siblings at the same time.
class RecordColumns
{
public:
    // A uuid[] literal of referencesOf(node), bound as text and cast on the server.
    static QString refs(const Node &node);
    static QString uuidArray(const QList<Uid> &uids);
    // The ordered set the record is numbered in ("cell:STAGE/LANE", "stages:JOURNEY",
    // "lanes:JOURNEY", "notes:JOURNEY"), or a null text for records without a position.
    static QVariant parent(const Node &node);
    static QVariant position(const Node &node);
};

} // namespace cx

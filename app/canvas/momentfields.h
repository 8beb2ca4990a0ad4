// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QVariantMap>

namespace cx {

// A moment's fields as QML's inspector reads and writes them, by name.
class MomentFields
{
public:
    // Every field, with the stage's and lane's titles and one score per persona of the journey.
    static QVariantMap toMap(const Moment &moment, const Workspace &workspace);
    // Sets the named field from a value the inspector gives; false for an unknown field.
    static bool set(Moment &moment, QStringView field, const QVariant &value);
};

} // namespace cx

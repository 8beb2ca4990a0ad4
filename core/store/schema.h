// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace cx {

class Database;

// "CXAT": PRAGMA application_id of every workspace, so file(1) and we can tell ours apart.
constexpr qint32 workspaceApplicationId = 0x43584154;

// The schema as numbered steps. Version N of the file is what the statements of steps 1 … N
// build; PRAGMA user_version records N. A new schema version is one more step appended to
// schemaSteps(), with a fixture of the previous version under tests/data/ to migrate.
struct SchemaStep {
    int version;
    QStringList statements;
};

const QList<SchemaStep> &schemaSteps();
int currentSchemaVersion();

// Brings db from its user_version up to the last of steps, one transaction per step, so a
// failure leaves the file at the last complete version. steps is a parameter so tests can
// exercise the mechanism with versions that do not exist yet.
Result migrate(Database &db, int fromVersion, const QList<SchemaStep> &steps);

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

namespace cx {

// A stable identity for everything that can be linked, kept across files and exports.
// Stored as the UUID's text without braces.
using Uid = QUuid;

inline QString uidText(const Uid &uid) { return uid.toString(QUuid::WithoutBraces); }
inline Uid uidFromText(QStringView text) { return QUuid::fromString(text); }
inline Uid newUid() { return QUuid::createUuid(); }

} // namespace cx

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uid.h"

#include <QHash>
#include <QStringList>

namespace cx {

struct Workspace;

// The colour of each persona, the same wherever it is drawn: avatar, emotion curve, legend,
// PDF, filters. A persona keeps the colour it was given (Persona::color); one without
// (older files, imports that name none) takes the palette's colour for its place in creation
// order. The palette is Okabe and Ito's, which people with the common colour-vision
// deficiencies still tell apart; its yellow and black are left out (too faint on a light map,
// invisible on a dark one).
namespace PersonaPalette {

// "#rrggbb", in the order new personas take them.
const QStringList &colors();
// Whether text is "#rrggbb" (either case).
bool isColor(const QString &text);
// Every persona's colour, "#rrggbb" lower case.
QHash<Uid, QString> colorsOf(const Workspace &workspace);
QString colorOf(const Workspace &workspace, const Uid &persona);
// The first palette colour no persona has yet (the least used one when all are taken).
QString next(const Workspace &workspace);
// Black or white, whichever reads better on the colour (initials on an avatar).
QString inkOn(const QString &color);

} // namespace PersonaPalette
} // namespace cx

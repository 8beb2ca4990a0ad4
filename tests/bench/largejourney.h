// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cx::bench {

// A Mermaid journey diagram as a team would write it, only long: `sections` sections of
// `tasksPerSection` tasks each, with real-sounding stage and task titles, 1–5 scores and two
// or three actors a task (three personas in all). Nothing links it to any architecture, so it
// is what `cxatlas import j.mmd` makes of a journey drawn in Mermaid. The same arguments
// always give the same text.
QByteArray largeMermaidJourney(int sections = 100, int tasksPerSection = 10);

} // namespace cx::bench

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace cx::test {

// A dark system palette, as a desktop in dark mode gives: the Theme reads its window colour to
// choose dark, so screenshot tests set this to render the dark theme offscreen.
QPalette darkPalette();

} // namespace cx::test

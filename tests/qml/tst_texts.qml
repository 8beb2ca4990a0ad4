// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas

// Texts.format: placeholders filled in one pass, so what a user typed is shown as typed.
TestCase {
    name: "Texts"

    function test_format() {
        // Chained arg() would give "50Docs off (Docs)"
        compare(Texts.format("%1 (%2)", ["50%2 off", "Docs"]), "50%2 off (Docs)");
        compare(Texts.format("Open %1 from %2", ["a %1 b", "/tmp/%2"]), "Open a %1 b from /tmp/%2");
        compare(Texts.format("%2, then %1", ["first", "second"]), "second, then first");
        compare(Texts.format("%1, score %2", ["Card", 3.5]), "Card, score 3.5");
        // A placeholder without a value stays, as arg() leaves it
        compare(Texts.format("%1 and %3", ["a"]), "a and %3");
        compare(Texts.format("", []), "");
    }
}

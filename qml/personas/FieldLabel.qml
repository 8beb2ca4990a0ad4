// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// The heading of one field of the persona editor.
Label {
    textFormat: Text.PlainText
    Layout.fillWidth: true
    Layout.topMargin: Theme.smallSpacing
    color: Theme.mutedText
    font.pixelSize: Theme.smallSize
    font.bold: true
    font.capitalization: Font.AllUppercase
    elide: Text.ElideRight
}

// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas
import CxAtlas.App

// The workshop's keys on the journey view. P parks a note whenever the view is on screen; while a
// round runs and the map has the keyboard, + and − give and take back the current participant's
// dot on the selected card, 0–9 set how many dots it has there, and Tab and Shift+Tab move along
// the participants. Text fields keep their keys: a Shortcut does not fire while one is typing.
Item {
    id: root

    required property VotingController voting
    required property JourneyCanvas canvas
    required property CanvasView view
    signal parkRequested()

    readonly property bool voteKeys: voting.running && view.activeFocus && view.editing === "" && view.visible

    function dot(delta: int) {
        if (canvas.current !== "")
            voting.castDot(canvas.current, delta)
    }

    Shortcut {
        sequence: "P"
        enabled: root.view.visible && root.canvas.journey !== ""
        onActivated: root.parkRequested()
    }
    // The vote keys are made when a round starts: the journey view opens without them.
    Loader {
        active: root.voting.running
        sourceComponent: Item {
            Shortcut {
                sequences: ["+", "="]
                enabled: root.voteKeys
                onActivated: root.dot(1)
            }
            Shortcut {
                sequences: ["-", "_"]
                enabled: root.voteKeys
                onActivated: root.dot(-1)
            }
            Shortcut {
                sequence: "Tab"
                enabled: root.voteKeys
                onActivated: root.voting.nextParticipant(1)
            }
            Shortcut {
                sequence: "Shift+Tab"
                enabled: root.voteKeys
                onActivated: root.voting.nextParticipant(-1)
            }
            Repeater {
                model: 10
                delegate: Item {
                    id: digit
                    required property int index
                    Shortcut {
                        sequence: String(digit.index)
                        enabled: root.voteKeys
                        onActivated: if (root.canvas.current !== "") root.voting.setDots(root.canvas.current, digit.index)
                    }
                }
            }
        }
    }
}

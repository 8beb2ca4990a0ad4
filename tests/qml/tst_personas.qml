// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// The Personas view driven as a designer drives it: buttons, typing and the keyboard, then
// the workspace checked, then undo. The sample holds "Busy switcher" (validated, with two
// old revisions) and "Cautious first-timer" (a hypothesis).
TestCase {
    id: testCase

    name: "Personas"
    visible: true
    when: windowShown
    width: 1100
    height: 900

    Component {
        id: pageComponent
        PersonasPage {
            width: testCase.width
            height: testCase.height
        }
    }

    property var workspace
    property var page

    function init() {
        workspace = Fixture.openSample()
        page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        verify(page)
        compare(page.gallery.total, 2)
        wait(20)
    }

    function card(personaName) {
        const grid = findChild(page, "personaGrid")
        waitForItemPolished(grid)
        const items = grid.contentItem.children
        for (let i = 0; i < items.length; ++i) {
            if (items[i].name === personaName)
                return items[i]
        }
        return null
    }
    // Scrolls the editor so that item is in the window, and returns it.
    function reveal(item) {
        const flick = page.editorView.scrollView.contentItem
        const at = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(at.y - 100, flick.contentHeight - flick.height))
        waitForRendering(page)
        return item
    }
    function type(text) {
        for (const c of text)
            keyClick(c)
    }
    function selectAllAndType(item, text) {
        mouseClick(item)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type(text)
    }

    function test_newPersonaOpensInTheEditorAndUndoTakesItAway() {
        mouseClick(findChild(page, "newPersona"))
        compare(page.gallery.total, 3)
        verify(page.current !== "")
        compare(page.editor.fields.name, "New persona")
        compare(Fixture.undoCount(workspace), 1)
        workspace.undo()
        compare(page.gallery.total, 2)
        compare(page.current, "", "the editor closes when its persona goes")
    }

    function test_duplicateAndDeleteFromTheCards() {
        tryVerify(() => card("Busy switcher") !== null)
        mouseClick(findChild(card("Busy switcher"), "duplicate"))
        compare(page.gallery.total, 3)
        tryVerify(() => card("Busy switcher (copy)") !== null)
        mouseClick(findChild(card("Cautious first-timer"), "delete"))
        compare(page.gallery.total, 2)
        verify(card("Cautious first-timer") === null)
        compare(Fixture.undoCount(workspace), 2)
        workspace.undo()
        compare(page.gallery.total, 3)
        tryVerify(() => card("Cautious first-timer") !== null)
    }

    function test_filterByTextAndStatus() {
        const filter = findChild(page, "filterField")
        mouseClick(filter)
        type("hassle")
        compare(page.gallery.model.count, 1)
        tryVerify(() => card("Busy switcher") !== null && card("Busy switcher").visible)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Backspace)
        compare(page.gallery.model.count, 2)
        const status = findChild(page, "statusFilter")
        status.currentIndex = 1 // hypotheses
        status.activated(1)
        compare(page.gallery.model.count, 1)
        verify(page.gallery.create("Another") !== "")
        compare(page.gallery.model.count, 2, "a new persona is a hypothesis")
    }

    function test_editFieldsAddGoalRecordAndRestore() {
        // Given Busy switcher open in the editor
        tryVerify(() => card("Busy switcher") !== null)
        mouseClick(card("Busy switcher"), 40, 40)
        compare(page.current, Fixture.id("persona"))
        wait(20)

        // When its name is typed over: saved as typed, one undo step
        selectAllAndType(findChild(page, "nameField"), "Busy mover")
        compare(page.editor.fields.name, "Busy mover")
        compare(Fixture.undoCount(workspace), 1)

        // And a goal is added with Enter
        const goal = findChild(page, "goalsNew")
        mouseClick(goal)
        type("Save")
        keyClick(Qt.Key_Return)
        const goals = page.editor.fields.goals
        compare(goals[goals.length - 1], "Save")
        compare(Fixture.undoCount(workspace), 2)

        // And a revision is recorded
        const before = page.editor.revisions.length
        mouseClick(findChild(page, "revisionSummary"))
        type("Renamed")
        mouseClick(findChild(page, "recordRevision"))
        compare(page.editor.revisions.length, before + 1)
        compare(page.editor.revisions[before].summary, "Renamed")

        // Then after another edit, Restore on the newest revision brings its fields back
        selectAllAndType(findChild(page, "quoteArea"), "Changed")
        compare(page.editor.fields.quote, "Changed")
        tryVerify(() => findChild(page, "restore0") !== null)
        mouseClick(findChild(page, "restore0"))
        compare(page.editor.fields.quote, "If it takes more than ten minutes, I’m out.")
        compare(page.editor.fields.name, "Busy mover")
        verify(page.editor.fields.goals.indexOf("Save") >= 0)

        // And undo takes the restore back
        workspace.undo()
        compare(page.editor.fields.quote, "Changed")
    }

    function test_keyboardOpensAndDeletesTheCurrentCard() {
        const grid = findChild(page, "personaGrid")
        grid.forceActiveFocus()
        grid.currentIndex = 1
        waitForItemPolished(grid)
        const second = page.gallery.model.uidAt(1)
        keyClick(Qt.Key_Return)
        compare(page.current, second)
        mouseClick(findChild(page, "backToGallery"))
        compare(page.current, "")
        grid.forceActiveFocus()
        grid.currentIndex = 1
        keyClick(Qt.Key_Delete)
        compare(page.gallery.total, 1)
        verify(page.gallery.model.uidAt(0) !== second)
    }

    function test_reorderRemoveAndEvidence() {
        page.open(Fixture.id("persona"))
        wait(20)
        const goals = page.editor.fields.goals.slice()
        mouseClick(findChild(page, "goalsDown0"))
        compare(page.editor.fields.goals, [goals[1], goals[0]])
        mouseClick(findChild(page, "goalsRemove1"))
        compare(page.editor.fields.goals, [goals[1]])

        // A new source, named and dated by typing; a date is saved only once it is whole
        const count = page.editor.evidence.length
        mouseClick(reveal(findChild(page, "addEvidence")))
        compare(page.editor.evidence.length, count + 1)
        tryVerify(() => findChild(page, "evidenceLabel" + count) !== null)
        waitForRendering(page)
        mouseClick(reveal(findChild(page, "evidenceLabel" + count)))
        type("Panel")
        mouseClick(reveal(findChild(page, "evidenceDate" + count)))
        type("2025-06-3")
        compare(page.editor.evidence[count].date, "")
        type("0")
        compare(page.editor.evidence[count].label, "Panel")
        compare(page.editor.evidence[count].date, "2025-06-30")
        // Move, remove, add, and the typing into one source as one step
        compare(Fixture.undoCount(workspace), 4)
        for (let i = 0; i < 4; ++i)
            workspace.undo()
        compare(page.editor.fields.goals, goals)
        compare(page.editor.evidence.length, count)
    }

    function test_compareShowsTheDifferences() {
        page.open(Fixture.id("persona"))
        const revision = page.editor.recordRevision("Baseline", "")
        page.editor.setField("needState", "Something else")
        const dialog = page.editorView.compareDialog
        dialog.show(revision, "")
        tryCompare(dialog, "opened", true)
        compare(dialog.changedCount, 1)
        const row = dialog.rows.find(r => r.changed)
        compare(row.label, "Need state")
        compare(row.onlyAfter, ["Something else"])

        // The left picker chooses another version: the persona now against itself
        const picker = findChild(dialog.contentItem, "beforePicker")
        verify(picker)
        picker.currentIndex = 0 // "Now"
        picker.activated(0)
        compare(dialog.before, "")
        compare(dialog.changedCount, 0)
        dialog.close()
    }
}

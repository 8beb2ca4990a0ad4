#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end scenarios: the real cxatlas window under Xvfb, driven with real key presses and
mouse gestures (xdotool), checked through the file (cxatlas export). Run one with
  xvfb-run -a dbus-run-session -- tests/e2e/scenarios.py --binary B --workspace W --out DIR NAME
(ctest does: tests/e2e/CMakeLists.txt)."""

import sys

import cxdriver

# Top-level parts of the workspace JSON that each view edits; every other part must stay as it
# was while that view has the keyboard.
VIEW_RECORDS = {
    "journeys": {"journeys", "votes"},
    "personas": set(),
    "architecture": set(),
    "metrics": set(),
}
VIEW_KEYS = {"journeys": "ctrl+1", "personas": "ctrl+2", "architecture": "ctrl+3", "metrics": "ctrl+4"}
# Every key with no modifier, and the Ctrl shortcuts that edit. Left out: Ctrl+N/O/W/Q and
# Ctrl+Shift+S (they replace or close the workspace), Ctrl+1…4 (they change the view) and
# Ctrl+Z/Y (the undo history is the workspace's, whichever view is shown).
SINGLE_KEYS = ([chr(c) for c in range(ord("a"), ord("z") + 1)] + [str(d) for d in range(10)]
               + ["space", "Delete", "BackSpace", "Return", "plus", "minus", "equal",
                  "Left", "Right", "Up", "Down", "Escape"])
CTRL_KEYS = ["ctrl+d", "ctrl+x", "ctrl+c", "ctrl+v", "ctrl+a", "ctrl+plus", "ctrl+minus", "ctrl+0",
             "ctrl+9"]


def show(s, view):
    """Switches views with the keyboard and waits until the sidebar marks the view as current."""
    s.key(VIEW_KEYS[view])
    s.until(lambda: any(tab.getState().contains(cxdriver.pyatspi.STATE_SELECTED)
                        for tab in s.find_all(name=view.capitalize(), role="list item")),
            f"the {view} view is not the current one")


def journey_of(state, title):
    return next(j for j in state["journeys"] if j["title"] == title)


def moments(state):
    return [m for j in state["journeys"] for m in j["moments"]]


def moment_titled(state, title):
    return next((m for m in moments(state) if m["title"] == title), None)


def others_equal(before, after, view):
    return {k: v for k, v in before.items() if k not in VIEW_RECORDS[view]} == \
        {k: v for k, v in after.items() if k not in VIEW_RECORDS[view]}


def shortcuts_stay_in_their_view(s):
    """Every single key and Ctrl shortcut, pressed in each view, changes only that view's
    records (N in Personas or Metrics used to add a moment nobody saw)."""
    for view in ["personas", "architecture", "metrics", "journeys"]:
        s.step(f"show {view}")
        show(s, view)
        before = s.export()
        s.step(f"every key in {view}")
        for k in SINGLE_KEYS + CTRL_KEYS:
            s.key(k)
            if k == "Return" and view == "journeys":
                s.key("Escape")
        s.key("Escape")
        # Ctrl+F and Ctrl+E open the find bar and the export dialog: nothing may change either.
        s.key("ctrl+f", "Escape", "ctrl+e")
        s.wait_object("export dialog", name="Export…", role="push button")
        s.key("Escape")
        s.screenshot(view)
        after = s.export()
        if not others_equal(before, after, view):
            changed = sorted(k for k in before if before.get(k) != after.get(k))
            s.fail(f"keys pressed in {view} changed {', '.join(changed)}")
        if view != "journeys" and before != after:
            s.fail(f"keys pressed in {view} changed the workspace")


def build_a_journey(s):
    """A journey made by hand, then every step undone and redone: the file after each undo is
    the file as it was before that step."""
    history = [s.export()]

    def record(step, predicate, what):
        s.step(step)
        history.append(s.wait_state(predicate, what))

    show(s, "journeys")
    s.click_object("New journey button", name="New journey", role="push button")
    record("new journey", lambda st: len(st["journeys"]) == 4, "no fourth journey")
    s.click_object("+ Stage button", name="+ Stage", role="push button")
    record("add a stage", lambda st: len(journey_of(st, "New journey")["stages"]) == 2, "no second stage")
    s.click_object("+ Lane button", name="+ Lane", role="push button")
    record("add a lane", lambda st: len(journey_of(st, "New journey")["lanes"]) == 2, "no second lane")

    # Three moments, each from the keyboard: N adds one after the current, type, Enter.
    s.click_object("the map", role="panel", contains="Journey map")
    titles = ["Finds the branch", "Waits in the queue", "Talks to an adviser"]
    for n, title in enumerate(titles, 1):
        s.key("n")
        record(f"moment {n}: N", lambda st, n=n: len(journey_of(st, "New journey")["moments"]) == n,
               f"no moment {n}")
        s.type(title)
        s.key("Return")
        record(f"moment {n}: title", lambda st, t=title: moment_titled(st, t), f"no moment '{title}'")
    s.screenshot("three-moments")

    s.step("rename in place")
    s.click_object("card", name="Waits in the queue", role="list item")
    s.key("Return", "ctrl+a")
    s.type("Waits on hold")
    s.key("Return")
    record("rename in place", lambda st: moment_titled(st, "Waits on hold"), "the rename is not in the file")

    s.step("drag to another stage")
    card = s.wait_object("card", name="Talks to an adviser", role="list item")
    stage2 = s.wait_object("second stage", name="Stage New stage", role="table column header")
    cx, cy = s.center(card)
    sx, _ = s.center(stage2)
    s.drag(cx, cy, sx, cy + 10)
    stage2_id = None

    def moved(st):
        j = journey_of(st, "New journey")
        m = moment_titled(st, "Talks to an adviser")
        return m and m["stage"] == j["stages"][1]["id"]
    record("drag to another stage", moved, "the moment did not move to the second stage")

    s.step("score the moment")
    s.click_object("card", name="Finds the branch", role="list item")
    s.click_object("Scored check box", name="Scored", role="check box")
    record("score the moment", lambda st: moment_titled(st, "Finds the branch").get("emotion") == 0,
           "the moment has no score")
    point = s.wait_object("curve point", contains="Emotion of Finds the branch", role="slider")
    px, py = s.center(point)
    s.drag(px, py, px, py - 120)
    record("drag the curve point up", lambda st: moment_titled(st, "Finds the branch").get("emotion") == 2,
           "dragging the point did not set the emotion to +2")
    s.screenshot("built")
    del stage2_id

    # Undo everything, step by step, then redo it.
    for k in range(len(history) - 1, 0, -1):
        s.step(f"undo step {k}")
        s.key("ctrl+z")
        s.wait_state(lambda st, k=k: st == history[k - 1], f"the file is not as before step {k}")
    s.screenshot("all-undone")
    for k in range(1, len(history)):
        s.step(f"redo step {k}")
        s.key("ctrl+shift+z")
        s.wait_state(lambda st, k=k: st == history[k], f"the file is not as after step {k}")
    s.screenshot("all-redone")


def title_editor(s):
    """Enter saves and closes the editor, Escape closes it unchanged, Ctrl+Z undoes typing in
    the field while there is some and the document's last edit otherwise; the card and the
    inspector always show what the file holds."""
    show(s, "journeys")
    start = s.export()
    s.step("select a card and press N")
    s.click_object("card", name="Card declined at the till", role="list item")
    count = len(moments(start))
    s.key("n")
    s.wait_state(lambda st: len(moments(st)) == count + 1, "N added no moment")
    s.type("Waits on hold")
    s.key("Return")
    s.step("Enter saves and closes")
    s.wait_state(lambda st: moment_titled(st, "Waits on hold"), "the title is not in the file")
    s.until(lambda: not s.find_all(name="Moment title"), "the title editor stayed open after Enter")
    s.wait_object("card", name="Waits on hold", role="list item")

    s.step("Ctrl+Z outside a field undoes the rename")
    s.key("ctrl+z")
    s.wait_state(lambda st: moment_titled(st, "New moment") and not moment_titled(st, "Waits on hold"),
                 "Ctrl+Z did not undo the rename in the file")
    s.wait_object("card", name="New moment", role="list item")
    s.until(lambda: inspector_title(s) == "New moment", "the inspector does not show the undone title")

    s.step("Escape drops the typing")
    s.key("Return")
    s.wait_object("title editor", name="Moment title")
    s.type("Something else")
    s.key("Escape")
    s.until(lambda: not s.find_all(name="Moment title"), "Escape left the title editor open")
    state = s.export()
    if moment_titled(state, "Something else") or not moment_titled(state, "New moment"):
        s.fail("Escape changed the title")

    s.step("Ctrl+Z in a field with typing undoes the typing")
    s.key("Return")
    editor = s.wait_object("title editor", name="Moment title")
    s.key("End")
    s.type(" typed")
    s.key("ctrl+z")
    s.until(lambda: field_text(editor) == "New moment", "Ctrl+Z did not undo the typing in the field")
    if not moment_titled(s.export(), "New moment"):
        s.fail("Ctrl+Z in the field changed the file")

    s.step("Ctrl+Z in a field without typing undoes the document's last edit")
    s.key("ctrl+z")
    s.wait_state(lambda st: len(moments(st)) == count, "Ctrl+Z did not undo adding the moment")
    s.until(lambda: not s.find_all(name="Moment title"), "the editor stayed open on a moment undone away")

    s.step("redo both")
    s.key("ctrl+shift+z")
    s.wait_state(lambda st: moment_titled(st, "New moment"), "Ctrl+Shift+Z did not redo the moment")
    s.key("ctrl+y")
    s.wait_state(lambda st: moment_titled(st, "Waits on hold"), "Ctrl+Y did not redo the rename")
    s.wait_object("card", name="Waits on hold", role="list item")
    s.click_object("card", name="Waits on hold", role="list item")
    s.until(lambda: inspector_title(s) == "Waits on hold", "the inspector does not show the redone title")

    s.step("stage rename: Enter does not open a card's editor")
    s.click_object("stage", name="Stage Notice problem", role="table column header", double=True)
    field = s.wait_object("stage name field", name="Stage name")
    s.key("ctrl+a")
    s.type("Spot a problem")
    s.key("Return")
    s.wait_state(lambda st: any(x["title"] == "Spot a problem" for j in st["journeys"] for x in j["stages"]),
                 "the stage was not renamed")
    s.until(lambda: not s.find_all(name="Moment title") and not s.find_all(name="Stage name"),
            "an editor is open after renaming the stage")
    del field


def persona_fields(s):
    """Typing into three fields of a persona, each undone in turn; a revision restored."""
    show(s, "personas")
    start = s.export()
    s.step("open a persona")
    s.click_object("persona card", contains="Persona Busy switcher", role="push button")
    name = s.wait_object("name field", name="Name", role="text")
    fields = [("Name", "name", " (draft)"), ("Quote", "quote", " Really."),
              ("Need state", "needState", " Two children.")]
    states = [start]
    for label, key, extra in fields:
        s.step(f"type into {label}")
        field = s.wait_object(f"{label} field", name=label, role="text")
        x, y = s.center(field)
        s.click(x, y)
        s.key("ctrl+End")
        s.type(extra)
        states.append(s.wait_state(
            lambda st, key=key, extra=extra: persona(st, start)[key].endswith(extra),
            f"{label} typing not in the file"))
    s.screenshot("typed")
    for i in range(len(fields), 0, -1):
        label, key, extra = fields[i - 1]
        s.step(f"undo {label}")
        s.key("ctrl+z")
        s.wait_state(lambda st, i=i: st == states[i - 1], f"Ctrl+Z did not undo the typing in {label}")
        field = s.wait_object(f"{label} field", name=label, role="text")
        s.until(lambda f=field, v=persona(start, start)[key]: field_text(f) == v,
                f"the {label} field does not show the undone value")
    del name

    s.step("restore a revision")
    revision = persona(start, start)["revisions"][0]
    button = s.wait_object("restore button", name=f"Restore revision “{revision['summary']}”",
                           role="push button")
    x, y = s.center(button)
    s.click(x, y)
    restored = s.wait_state(lambda st: persona(st, start)["needState"] == revision["snapshot"]["needState"],
                            "restoring the revision did not bring its need state back")
    s.screenshot("restored")
    s.key("ctrl+z")
    s.wait_state(lambda st: st == start, "Ctrl+Z did not undo the restore")
    del restored


def persona(state, start):
    uid = next(p["id"] for p in start["personas"] if p["name"].startswith("Busy switcher"))
    return next(p for p in state["personas"] if p["id"] == uid)


def architecture_link(s):
    """Dragging one box onto another links them; Ctrl+Z takes the link away."""
    show(s, "architecture")
    start = s.export()
    titles = {e["title"]: e for e in start["elements"]}
    s.step("find two boxes to link")
    story = s.wait_object("story box", name="A real person when it matters", role="list item")
    service = s.wait_object("service box", name="Card freeze and replacement", role="list item")
    x1, y1 = s.inside(story)
    x2, y2 = s.inside(service)
    s.step("drag the story onto the service")
    s.drag(x1, y1, x2, y2, steps=20)
    service_id = titles["Card freeze and replacement"]["id"]
    linked = s.wait_state(
        lambda st: service_id in next(e for e in st["elements"]
                                      if e["title"] == "A real person when it matters").get("dependsOn", []),
        "the drag made no link")
    s.screenshot("linked")
    s.step("undo the link")
    s.key("ctrl+z")
    s.wait_state(lambda st: st == start, "Ctrl+Z did not take the link away")
    del linked


def inspector_title(s):
    fields = s.find_all(name="Title", role="text")
    return field_text(fields[0]) if fields else None


def field_text(obj):
    try:
        return obj.queryText().getText(0, -1)
    except Exception:
        return None


def workshop(s):
    """A workshop on the map with real keys and clicks: P parks a note, a voting round started
    from the Workshop menu takes the participants' dots on click and +, with Tab to the next
    participant; each is in the file at once and undoes."""
    show(s, "journeys")
    title = "Get help with a card problem"
    s.click_object("card", name="Card declined at the till", role="list item")

    s.step("P, type, Enter parks a note")
    s.key("p")
    s.wait_object("capture field", name="Park an idea or a question", role="text")
    s.type("Offer a callback")
    s.key("Return")
    s.wait_state(lambda st: any(n["title"] == "Offer a callback"
                                for n in journey_of(st, title).get("parkingLot", [])),
                 "the note is not in the file")

    s.step("start a round from the Workshop menu")
    s.click_object("Workshop menu", name="Workshop ▾", role="push button")
    s.click_object("menu item", name="Start a voting round…", role="menu item")
    s.click_object("participants field", name="Participants, one per line", role="text")
    s.type("Ana")
    s.key("Return")
    s.type("Ben")
    s.click_object("Start voting button", name="Start voting", role="push button")

    def running(st):
        return next((r for r in journey_of(st, title).get("votingRounds", []) if "ended" not in r), None)
    round_ = s.wait_state(running, "no running round in the file")
    round_id = running(round_)["id"]

    def dots(st, who):
        m = moment_titled(st, "Card declined at the till")
        return sum(v["dots"] for v in st.get("votes", [])
                   if v.get("round") == round_id and v["moment"] == m["id"] and v["participant"] == who)

    s.step("a click gives Ana's dot")
    s.click_object("card", name="Card declined at the till", role="list item")
    s.wait_state(lambda st: dots(st, "Ana") == 1, "Ana's dot is not in the file")
    s.step("Tab to Ben, + gives his dot")
    s.key("Tab", "plus")
    s.wait_state(lambda st: dots(st, "Ben") == 1, "Ben's dot is not in the file")
    s.screenshot("voting")
    s.step("Ctrl+Z takes Ben's dot back")
    s.key("ctrl+z")
    s.wait_state(lambda st: dots(st, "Ben") == 0 and dots(st, "Ana") == 1, "undo did not take Ben's dot back")


def window_named(part):
    out = cxdriver.subprocess.run(["xdotool", "search", "--onlyvisible", "--name", part],
                                  capture_output=True, text=True).stdout.split()
    return out[-1] if out else None


def window_name(window):
    return cxdriver.xdo("getwindowname", window).strip()


def present(s):
    """F5 shows the journey full screen (the window's title names the stage on screen);
    Right and Page Down step stage by stage, as a presentation clicker does; Esc comes back to
    the main window, as it was, with the keyboard; nothing in the file changes."""
    before = s.export()
    s.step("F5")
    s.key("F5")
    shown = s.until(lambda: window_named("presentation"), "F5 showed no presentation window")
    # The canvas opens the first journey by title: "Get help with a card problem".
    s.until(lambda: "Notice problem" in window_name(shown), "the presentation does not start at the first stage")
    xdo_focus = cxdriver.xdo("getwindowfocus").strip()
    # Drawn: the stage's heading is in the accessibility tree of the projected window.
    s.until(lambda: s.find_all(name="Notice problem", role="heading"), "the spotlight shows no stage heading")
    cxdriver.time.sleep(0.3)  # the first frame on screen, for the picture only
    s.screenshot("presenting")
    s.step("Right")
    s.key("Right")
    s.until(lambda: "Search for help" in window_name(shown), "Right did not show the second stage")
    cxdriver.time.sleep(0.5)  # the camera's move (350 ms) over, for the picture only
    s.screenshot("second-stage")
    s.step("Page Down")
    s.key("Next")
    s.until(lambda: "Contact bank" in window_name(shown), "Page Down did not show the third stage")
    s.step("Page Up")
    s.key("Prior")
    s.until(lambda: "Search for help" in window_name(shown), "Page Up did not go back a stage")
    s.step("Escape")
    s.key("Escape")
    s.until(lambda: window_named("presentation") is None, "Esc did not close the presentation")
    s.until(lambda: s._window_size() == (cxdriver.WINDOW_WIDTH, cxdriver.WINDOW_HEIGHT),
            "the main window did not keep its size")
    s.until(lambda: cxdriver.xdo("getwindowfocus").strip() != xdo_focus,
            "the keyboard stayed with the closed presentation")
    if s.export() != before:
        s.fail("presenting changed the workspace")


def focused(s):
    """The name of the accessible object that has the keyboard, or None."""
    objs = [o for o in s.find_all() if o.getState().contains(cxdriver.pyatspi.STATE_FOCUSED)]
    return objs[-1].name if objs else None


def http_status(url):
    """The HTTP status of GET url, or None when nothing answers there."""
    import urllib.error
    import urllib.request
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def invite(s):
    """Workshop > Invite Participants… with the keyboard from the opened menu: the dialog
    starts nothing until Start; on this computer the join address answers (and a wrong token
    is refused); Stop Session, by Tab and Space, takes the address away."""
    show(s, "journeys")
    s.step("Workshop menu, Down to Invite Participants…, Return")
    s.click_object("Workshop menu", name="Workshop ▾", role="push button")
    s.wait_object("menu item", name="Invite Participants…", role="menu item")
    for _ in range(8):
        if focused(s) == "Invite Participants…":
            break
        s.key("Down")
        cxdriver.time.sleep(0.15)
    else:
        s.fail("Down never reached Invite Participants… in the Workshop menu")
    s.key("Return")
    s.wait_object("network choice", name="Network participants are on", role="combo box")
    s.screenshot("invite")
    if s.find_all(name="Join address", role="text"):
        s.fail("a session runs before Start")

    s.step("this computer (the last network), Tab to Start, Space")
    s.until(lambda: focused(s) == "Network participants are on", "the network choice does not have the keyboard")
    for _ in range(12):
        s.key("Down")  # the list ends with "This computer only (for a trial)"
    s.key("Tab")
    s.until(lambda: focused(s) == "Start", "Tab did not reach Start")
    s.key("space")
    field = s.wait_object("join address", name="Join address", role="text")
    url = s.until(lambda: field_text(field), "the join address is empty")
    if not url.startswith("http://127.0.0.1:"):
        s.fail(f"the join address {url!r} is not on this computer")
    s.screenshot("invite-running")
    s.until(lambda: http_status(url) == 200, f"the participants' page is not served at {url}")
    token = url.rstrip("/").rsplit("/", 1)[1]
    wrong = url.replace(token, "x" * len(token))
    if http_status(wrong) != 403:
        s.fail("a wrong token is not refused")

    s.step("Tab to Stop Session, Space")
    for _ in range(8):
        if focused(s) == "Stop Session":
            break
        s.key("Tab")
        cxdriver.time.sleep(0.1)
    else:
        s.fail("Tab never reached Stop Session")
    s.key("space")
    s.until(lambda: http_status(url) is None, "the join address still answers after Stop Session")
    s.wait_object("Start button", name="Start", role="push button")
    s.key("Escape")


SCENARIOS = {
    "invite": invite,
    "present": present,
    "shortcuts": shortcuts_stay_in_their_view,
    "journey": build_a_journey,
    "titleeditor": title_editor,
    "persona": persona_fields,
    "architecture": architecture_link,
    "workshop": workshop,
}

if __name__ == "__main__":
    sys.exit(cxdriver.run(SCENARIOS, sys.argv))

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accessibility end to end (issue 14): the real window under Xvfb, read through AT-SPI as a
screen reader (Orca) reads it, and used with the keyboard alone. Run one with
  xvfb-run -a dbus-run-session -- tests/e2e/a11yscenarios.py --binary B --workspace W --out DIR NAME
(ctest does: tests/e2e/CMakeLists.txt, tests a11y_*)."""

import os
import subprocess
import sys
import time

import cxdriver
from cxdriver import pyatspi
from scenarios import field_text, journey_of, moment_titled, show

# Roles a person acts on: each must say what it is.
ACTIONABLE = {"push button", "toggle button", "check box", "radio button", "text", "password text",
              "combo box", "menu item", "check menu item", "radio menu item", "slider",
              "spin button", "page tab", "list item", "table column header", "table row header",
              "row header", "column header", "link", "menu"}


def walk(obj, visit, depth=0, showing_only=True):
    """Every object under obj, depth first, as a screen reader's review walks it: only what is
    showing (a closed menu or a hidden page is not there for Orca either)."""
    if obj is None or depth > 80:
        return
    try:
        states = obj.getState()
        if showing_only and depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
            return
        visit(obj, states)
        for i in range(obj.childCount):
            walk(obj.getChildAtIndex(i), visit, depth + 1, showing_only)
    except Exception:  # an object that went away while we looked
        return


def tree_report(s, label):
    """Walks the whole tree; fails on an actionable object without a name."""
    seen, named, nameless = [], [], []

    def visit(obj, states):
        role, name = obj.getRoleName(), (obj.name or "").strip()
        seen.append(obj)
        if name:
            named.append(obj)
        elif role in ACTIONABLE and states.contains(pyatspi.STATE_VISIBLE) and not (
                # A combo box's own value display (Qt Quick's ComboBox draws it with a read-only
                # field): the combo box names it, and a screen reader says the two together.
                role == "text" and obj.parent is not None and obj.parent.getRoleName() == "combo box"):
            x, y, w, h = s.extents(obj)
            nameless.append(f"{role} at {x},{y} {w}x{h} (parent: {obj.parent.getRoleName()} "
                            f"'{obj.parent.name}')")
    walk(s.app, visit)
    print(f"{label}: {len(seen)} objects, {len(named)} named, {len(nameless)} actionable without a name")
    if nameless:
        s.fail(f"{label}: actionable objects without an accessible name: " + "; ".join(nameless[:12]))
    return seen


def focused(s):
    found = []
    walk(s.app, lambda o, st: found.append(o) if st.contains(pyatspi.STATE_FOCUSED) else None)
    return found[-1] if found else None


def focused_name(s):
    obj = focused(s)
    return obj.name if obj is not None else None


def current_journey(s):
    pane = s.wait_object("the map", role="panel", contains="Journey map ")
    return pane.name[len("Journey map "):]


def selected_card(s):
    cards = [c for c in s.find_all(role="list item") if c.getState().contains(pyatspi.STATE_SELECTED)
             and c.parent is not None and c.parent.getRoleName() != "page tab list"]
    names = [c.name for c in cards if c.name not in ("Journeys", "Personas", "Architecture", "Metrics")]
    return names[0] if len(names) == 1 else None


def screen_reader_walk(s):
    """Orca's view of the window: every actionable object named; the example journey's cards
    found by the titles the file gives them; the menus' items; the inspector's fields; a button
    pressed through the Action interface, its effect in the file."""
    show(s, "journeys")
    start = s.export()
    title = current_journey(s)
    moments = [m["title"] for m in journey_of(start, title)["moments"]]
    s.step("fit the map so every card has a delegate")
    s.key("ctrl+9")
    s.until(lambda: len(s.find_all(role="list item")) >= len(moments), "the cards did not all come on screen")

    s.step("walk the whole tree")
    tree_report(s, "journeys view")
    cards = {c.name: c for c in s.find_all(role="list item")}
    missing = [m for m in moments if m not in cards]
    if missing:
        s.fail(f"cards not found by name: {missing}")
    card = cards[moments[0]]
    description = card.description or ""
    m0 = journey_of(start, title)["moments"][0]
    stage = next(x["title"] for x in journey_of(start, title)["stages"] if x["id"] == m0["stage"])
    if stage not in description or "emotion" not in description:
        s.fail(f"the card '{card.name}' does not describe its stage and emotion: '{description}'")
    for kind, role, prefix in (("stages", "table column header", "Stage "),
                               ("lanes", "table row header", "Lane ")):
        for x in journey_of(start, title)[kind]:
            if not s.find_all(role=role, contains=prefix + x["title"]):
                s.fail(f"no {role} named after the {kind[:-1]} '{x['title']}'")
    points = s.find_all(role="slider", contains="Emotion of ")
    if not points:
        s.fail("no emotion curve point in the tree")
    print(f"{len(cards)} cards, {len(points)} curve points; e.g. '{points[0].name}'")

    s.step("the menus' items, as Orca finds them once a menu opens")
    for menu, items in (("File", ["New", "Open…", "Export…"]), ("Edit", ["Undo", "Redo", "Find…"])):
        # The menu bar's entries (Qt 6.4 gives them the role "menu bar" itself).
        entry = s.until(lambda m=menu: next((o for o in s.find_all(name=m)
                                             if o.getRoleName() in ("menu bar", "menu item", "menu")), None),
                        f"no {menu} menu")
        # As a screen reader's user opens it: the mnemonic, Alt and the underlined letter.
        s.key("alt+" + menu[0].lower())
        if not s.find_all(role="menu item", contains=items[0]):
            s.press(entry)
        for item in items:
            s.until(lambda i=item: any(o.name.replace("&", "").split("\t")[0] == i
                                       for o in s.find_all(role="menu item")),
                    f"no '{item}' item in the {menu} menu")
        tree_report(s, f"{menu} menu open")
        s.screenshot(f"menu-{menu.lower()}")
        s.key("Escape")
        s.until(lambda i=items[0]: not any(o.name.replace("&", "").split("\t")[0] == i
                                           for o in s.find_all(role="menu item")),
                f"the {menu} menu did not close")

    s.step("the inspector's fields, once a card is selected")
    s.key("Right")  # the first card becomes current, and the inspector follows the selection
    s.until(lambda: s.find_all(name="Moment details"), "the inspector did not open")
    s.until(lambda: s.find_all(name="Title", role="text"), "the inspector shows no Title field")
    fields = {}
    for name, role in (("Title", "text"), ("Notes", "text"), ("Channel", "text"), ("Owner", "text"),
                       ("Scored", "check box"), ("Emotion score", "slider"), ("Importance", "spin button"),
                       ("Evidence level", "combo box"), ("Moment that matters", "check box"),
                       ("Tags", "text"), ("Search for something to link to", "text")):
        # Its label is named the same; the field is the one with the field's role. Fields below
        # the inspector's fold are in the tree but not showing until Tab scrolls to them.
        everything = []
        walk(s.app, lambda o, st: everything.append(o) if o.name == name and o.getRoleName() == role else None,
             showing_only=False)
        if not everything:
            s.fail(f"no inspector field named '{name}' with the role '{role}'")
        fields[name] = everything[0]
    current = selected_card(s)
    if field_text(fields["Title"]) != current:
        s.fail(f"the inspector's Title says '{field_text(fields['Title'])}', the selected card '{current}'")
    tree_report(s, "inspector open")

    s.step("press + Stage through the Action interface")
    before = len(journey_of(s.export(), title)["stages"])
    s.press(s.wait_object("+ Stage button", name="+ Stage", role="push button"))
    s.wait_state(lambda st: len(journey_of(st, title)["stages"]) == before + 1,
                 "pressing + Stage through AT-SPI added no stage to the file")
    s.until(lambda: s.find_all(role="table column header", contains="Stage New stage"),
            "the new stage's header is not in the tree")
    s.step("press Scored through the Action interface")
    scored = s.wait_object("Scored check box", name="Scored")
    m = moment_titled(s.export(), current)
    had = m.get("emotion") is not None
    s.press(scored)
    s.wait_state(lambda st: (moment_titled(st, current).get("emotion") is not None) != had,
                 "pressing Scored through AT-SPI did not change the moment's score")
    s.screenshot("pressed")


def press(s, obj):
    """The object's first action (press, toggle, click…) through AT-SPI's Action interface."""
    action = obj.queryAction()
    if action.nActions == 0:
        s.fail(f"'{obj.name}' ({obj.getRoleName()}) has no action")
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("press", "Press", "click", "toggle", "Toggle"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    action.doAction(0)


cxdriver.Session.press = press


def keyboard_only(s):
    """The map with the keyboard alone: walk the cards, open the inspector, edit a field, move
    the card to the next cell, link it, undo all of it; the focus ring visible throughout."""
    show(s, "journeys")
    title = current_journey(s)
    states = [s.export()]
    s.step("walk the cards with the arrows")
    s.key("Right")
    first = s.until(lambda: selected_card(s), "Right selected no card")
    s.key("Down")
    second = s.until(lambda: (lambda c: c if c and c != first else None)(selected_card(s)),
                     "Down did not walk to another card")
    s.key("Up")
    s.until(lambda: selected_card(s) == first, "Up did not walk back")
    ring(s, first, "light")

    s.step("Ctrl+I opens the inspector with the keyboard in its Title field")
    s.key("ctrl+i")
    s.until(lambda: focused_name(s) == "Title", "Ctrl+I did not put the keyboard in the Title field")
    s.key("End")
    s.type(" (keyboard)")
    s.key("Tab")
    edited = first + " (keyboard)"
    states.append(s.wait_state(lambda st: moment_titled(st, edited), "the edited title is not in the file"))
    s.screenshot("edited")

    s.step("Escape: back to the map; Alt+Right moves the card to the next stage")
    s.key("Escape")
    # The map has the keyboard again: no field has it, and the ring (drawn only while the map
    # has the keyboard) is back around the card.
    s.until(lambda: focused_name(s) not in ("Title", "Notes"), "Escape left the keyboard in the inspector")
    ring(s, edited, "back-on-map")
    j = journey_of(states[-1], title)
    old_stage = moment_titled(states[-1], edited)["stage"]
    order = [x["id"] for x in j["stages"]]
    s.key("alt+Right")
    states.append(s.wait_state(
        lambda st: moment_titled(st, edited)["stage"] == order[order.index(old_stage) + 1],
        "Alt+Right did not move the card to the next stage"))
    s.until(lambda: selected_card(s) == edited, "the moved card is not the current one")
    ring(s, edited, "moved")

    s.step("link it to an element, from the inspector's search, with the keyboard")
    uses = set(moment_titled(states[-1], edited).get("uses", []))
    element = next(e for e in states[-1]["elements"] if e["id"] not in uses)
    s.key("ctrl+i")
    s.until(lambda: focused_name(s) == "Title", "Ctrl+I did not reach the inspector again")
    walked = []
    for _ in range(40):
        walked.append(focused_name(s))
        if walked[-1] == "Search for something to link to":
            break
        s.key("Tab")
        time.sleep(0.1)
    if walked[-1] != "Search for something to link to":
        s.fail(f"Tab never reached the link search field (it went {walked})")
    s.type(element["title"])
    s.until(lambda: s.find_all(contains=element["title"], role="list item")
            or s.find_all(contains="Link: ", role="push button"),
            "the search found no match")
    s.key("Return")
    states.append(s.wait_state(lambda st: element["id"] in moment_titled(st, edited).get("uses", []),
                               "Return in the search did not link the moment"))
    s.screenshot("linked")

    s.step("undo all three with Ctrl+Z, from the map")
    s.key("Escape")
    s.until(lambda: focused_name(s) != "Search for something to link to", "Escape left the keyboard in the search")
    ring(s, edited, "before-undo")
    for k in range(len(states) - 1, 0, -1):
        s.key("ctrl+z")
        s.wait_state(lambda st, k=k: st == states[k - 1], f"Ctrl+Z did not take back step {k}")
    del second


def ring(s, card_name, label, timeout=10):
    """The focus ring around the current card is on screen: pixels of the theme's focus colour
    in the band just outside the card's top edge, where nothing else is drawn in that colour
    (the selection's border is inside the card). Polled: the ring is drawn a frame later."""
    card = s.wait_object("current card", name=card_name, role="list item")
    accent = (0x7a, 0xa7, 0xff) if os.environ.get("CX_COLOR_SCHEME") == "dark" else (0x2f, 0x5f, 0xd0)
    result = {}

    def probe():
        x, y, w, h = s.extents(card)
        shot = s.screenshot(f"focus-ring-{label}")
        # 8 rows above the card (the ring is 3 px wide, 5 px out).
        out = subprocess.run(["convert", shot, "-crop", f"{max(8, w - 16)}x8+{x + 8}+{y - 9}", "txt:-"],
                             capture_output=True, text=True).stdout
        hits = 0
        for line in out.splitlines()[1:]:
            try:
                r, g, b = (int(float(v)) for v in line.split("(")[1].split(")")[0].split(",")[:3])
            except (IndexError, ValueError):
                continue
            if abs(r - accent[0]) < 40 and abs(g - accent[1]) < 40 and abs(b - accent[2]) < 40:
                hits += 1
        result.update(hits=hits, shot=shot, need=max(20, (w - 16) // 2))
        return hits >= result["need"]
    s.until(probe, f"no focus ring above '{card_name}' ({label})", timeout=timeout, interval=0.5)
    print(f"focus ring ({label}): {result['hits']} pixels of the focus colour above '{card_name}' ({result['shot']})")


def keyboard_dark(s):
    """The same walk in the dark theme (CX_COLOR_SCHEME=dark): the ring must show there too."""
    show(s, "journeys")
    s.key("Right")
    first = s.until(lambda: selected_card(s), "Right selected no card")
    ring(s, first, "dark")


def large_font(s):
    """A larger system font grows the window's text: the desktop's font set to 14 pt instead of
    Qt's default 9 pt, the way GNOME gives it (gtk-font-name, read by Qt's GTK platform theme),
    makes the same controls taller than with the default font."""
    show(s, "journeys")
    normal = measure(s)
    s.screenshot("font-default")
    s.stop()
    # The registry can list the program that just quit for a moment; the second one must not be
    # taken for it.
    deadline = time.monotonic() + 20
    while s._find_accessible_app() is not None and time.monotonic() < deadline:
        time.sleep(0.2)
    big = cxdriver.Session(s.binary, s.workspace, s.outdir, s.scenario + "-large")
    gtk = os.path.join(big.tmp, "home", ".config", "gtk-3.0")
    os.makedirs(gtk, exist_ok=True)
    with open(os.path.join(gtk, "settings.ini"), "w", encoding="utf-8") as f:
        f.write("[Settings]\ngtk-font-name=DejaVu Sans 14\n")
    os.environ["QT_QPA_PLATFORMTHEME"] = "gtk3"
    # GTK, which the theme starts, would put a second, empty "cxatlas" on the accessibility bus.
    os.environ["NO_AT_BRIDGE"] = "1"
    try:
        big.start()
        show(big, "journeys")
        large = measure(big)
        shot = big.screenshot("font-large")
        print(f"with the default font {normal}, with a 14 pt system font {large} ({shot})")
        for what in normal:
            if large[what] < normal[what] * 1.2:
                big.fail(f"{what} did not grow with the system font ({normal[what]} → {large[what]} px)")
    finally:
        big.stop()


def measure(s):
    """Sizes that follow the text: a toolbar button's width (its height has a floor) and the
    zoom label's height."""
    button = s.wait_object("New journey button", name="New journey", role="push button")
    zoom = s.until(lambda: next((o for o in s.find_all(contains="Zoom ") if o.name.endswith(" percent")), None),
                   "no zoom label")
    return {"the New journey button's width": s.extents(button)[2],
            "the zoom label's height": s.extents(zoom)[3]}


SCENARIOS = {
    "tree": screen_reader_walk,
    "keyboard": keyboard_only,
    "dark": keyboard_dark,
    "largefont": large_font,
}

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[-1] == "dark":
        os.environ["CX_COLOR_SCHEME"] = "dark"
    sys.exit(cxdriver.run(SCENARIOS, sys.argv))

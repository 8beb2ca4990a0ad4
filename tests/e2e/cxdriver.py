# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real cxatlas binary as a person would: a real X server (Xvfb), real key presses,
typing and mouse gestures through XTEST (xdotool), items found by their accessible names
through AT-SPI (the interface screen readers use), and the workspace read back after each step
through the command line (`cxatlas export --format json`), never through the program's
internals. Each wait polls the file or the accessibility tree with a deadline, never a fixed
sleep, so a busy machine makes a scenario slower, not flaky."""

import json
import os
import shutil
import subprocess
import tempfile
import time

import pyatspi

WINDOW_WIDTH = 1400
WINDOW_HEIGHT = 900


class StepFailed(Exception):
    pass


class Session:
    def __init__(self, binary, workspace, outdir, scenario):
        self.binary = binary
        self.workspace = workspace
        self.outdir = outdir
        self.scenario = scenario
        self.step_name = "start"
        self.shots = 0
        self.tmp = tempfile.mkdtemp(prefix="cxatlas-e2e-")
        self.file = os.path.join(self.tmp, "workspace.cxatlas")
        shutil.copyfile(workspace, self.file)
        self.process = None
        self.window = None
        self.app = None
        os.makedirs(outdir, exist_ok=True)

    # -- life cycle ----------------------------------------------------------------------

    def start(self):
        env = dict(os.environ)
        home = os.path.join(self.tmp, "home")
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local/share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        })
        env.pop("QT_SCALE_FACTOR", None)
        self.log = open(os.path.join(self.outdir, self.scenario + ".log"), "w")
        self.process = subprocess.Popen([self.binary, self.file], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.step("window appears")
        self.window = self.until(self._find_window, "no CX Atlas window", timeout=60)
        xdo("windowmove", self.window, "0", "0")
        xdo("windowsize", self.window, str(WINDOW_WIDTH), str(WINDOW_HEIGHT))
        self.until(lambda: self._window_size() == (WINDOW_WIDTH, WINDOW_HEIGHT),
                   "the window did not take its size")
        xdo("windowfocus", "--sync", self.window)
        self.app = self.until(self._find_accessible_app, "the program is not on the accessibility bus",
                              timeout=60)
        # The first frame is drawn when the map's cards are in the tree.
        self.until(lambda: self.find_all(role="list item"), "no moment card became accessible",
                   timeout=60)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _find_window(self):
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "CX Atlas"],
                             capture_output=True, text=True).stdout.split()
        return out[-1] if out else None

    def _window_size(self):
        out = subprocess.run(["xdotool", "getwindowgeometry", self.window], capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            if "Geometry:" in line:
                w, h = line.split()[-1].split("x")
                return int(w), int(h)
        return None

    def _find_accessible_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name in ("cxatlas", "CX Atlas"):
                return app
        return None

    # -- steps, waits and evidence -------------------------------------------------------

    def step(self, name):
        """Names what the scenario does next; a failure names it."""
        self.step_name = name
        self.check_alive()

    def check_alive(self):
        if self.process and self.process.poll() is not None:
            raise StepFailed(f"{self.scenario}: step '{self.step_name}': cxatlas exited with "
                             f"status {self.process.returncode} (log: {self.log.name})")

    def until(self, probe, what, timeout=20, interval=0.1):
        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            value = probe()
            if value:
                return value
            if time.monotonic() > deadline:
                self.fail(what)
            time.sleep(interval)

    def fail(self, what):
        shot = self.screenshot("failed")
        raise StepFailed(f"{self.scenario}: step '{self.step_name}': {what} (screenshot: {shot})")

    def screenshot(self, label):
        self.shots += 1
        path = os.path.join(self.outdir, f"{self.scenario}-{self.shots:02d}-{label}.png")
        subprocess.run(["import", "-window", "root", "-crop",
                        f"{WINDOW_WIDTH}x{WINDOW_HEIGHT}+0+0", path], capture_output=True)
        return path

    # -- the workspace, read back as a user could -------------------------------------------

    def export(self):
        out = os.path.join(self.tmp, "state.json")
        result = subprocess.run([self.binary, "export", self.file, "--format", "json", "-o", out],
                                capture_output=True, text=True,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        if result.returncode != 0:
            raise StepFailed(f"{self.scenario}: step '{self.step_name}': cxatlas export failed: "
                             f"{result.stderr.strip()}")
        with open(out, encoding="utf-8") as f:
            return json.load(f)

    def wait_state(self, predicate, what, timeout=20):
        """Polls the file until predicate(state) holds; returns that state."""
        holder = {}

        def probe():
            state = self.export()
            if predicate(state):
                holder["state"] = state
                return True
            holder["last"] = state
            return False
        self.until(probe, what, timeout=timeout, interval=0.2)
        return holder["state"]

    # -- input --------------------------------------------------------------------------

    def key(self, *keys):
        for k in keys:
            xdo("key", "--clearmodifiers", k)

    def type(self, text):
        xdo("type", "--delay", "20", text)

    def click(self, x, y, button=1, double=False):
        xdo("mousemove", "--sync", str(int(x)), str(int(y)))
        xdo("click", "--repeat", "2" if double else "1", "--delay", "80", str(button))

    def drag(self, x1, y1, x2, y2, steps=12):
        xdo("mousemove", "--sync", str(int(x1)), str(int(y1)))
        xdo("mousedown", "1")
        for i in range(1, steps + 1):
            x = x1 + (x2 - x1) * i / steps
            y = y1 + (y2 - y1) * i / steps
            xdo("mousemove", "--sync", str(int(x)), str(int(y)))
            time.sleep(0.02)
        xdo("mouseup", "1")

    # -- the accessibility tree ---------------------------------------------------------

    def find_all(self, name=None, role=None, contains=None):
        """Showing accessible objects of the window, matched by exact name, role name
        ("list item", "push button", "text"…) or a part of the name."""
        found = []

        def walk(obj, depth):
            if obj is None or depth > 60:
                return
            try:
                state = obj.getState()
                if not state.contains(pyatspi.STATE_SHOWING) and depth > 1:
                    return
                n = obj.name or ""
                if ((name is None or n == name) and (role is None or obj.getRoleName() == role)
                        and (contains is None or contains in n)):
                    found.append(obj)
                for i in range(obj.childCount):
                    walk(obj.getChildAtIndex(i), depth + 1)
            except Exception:  # an object that went away while we looked
                return
        if self.app is not None:
            walk(self.app, 0)
        return found

    def center(self, obj):
        x, y, w, h = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return x + w / 2, y + h / 2

    def inside(self, obj, dx=12, dy=10):
        """A point just inside the object's top-left corner. Qt 6.4 reports an item's position
        on screen through the scene's transforms but its size unscaled, so under a zoomed map
        the centre of the reported rectangle can lie outside the item."""
        x, y, _, _ = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return x + dx, y + dy

    def extents(self, obj):
        return obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)

    def wait_object(self, what, timeout=20, **match):
        return self.until(lambda: (self.find_all(**match) or [None])[0], f"no {what} on screen",
                          timeout=timeout)

    def click_object(self, what, double=False, **match):
        obj = self.wait_object(what, **match)
        x, y = self.center(obj)
        self.click(x, y, double=double)
        return obj

    def press_action(self, what, **match):
        """Presses a control through its accessible action, as a screen reader user would."""
        obj = self.wait_object(what, **match)
        action = obj.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("press", "click", "Press"):
                action.doAction(i)
                return obj
        action.doAction(0)
        return obj


def xdo(*args):
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise StepFailed(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def wait_for_display():
    """xvfb-run can start its command before Xvfb takes connections (its readiness signal
    races with the shell's wait); a program started then cannot open the display."""
    deadline = time.monotonic() + 30
    while subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            raise StepFailed(f"the X server {os.environ.get('DISPLAY')} does not answer")
        time.sleep(0.1)


def start_accessibility_bus():
    """The accessibility bus, as a desktop session starts it. A program started before the
    bus answers can fail to reach the X server (the launcher holds it while it sets itself
    up), so wait until it gives its address."""
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        answer = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"], capture_output=True)
        if answer.returncode == 0:
            return bus
        time.sleep(0.1)
    raise StepFailed("the accessibility bus did not start (at-spi-bus-launcher)")


def run(scenarios, argv):
    """Entry point: cxdriver.run({name: function(session)}, sys.argv)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("scenario", choices=sorted(scenarios))
    args = parser.parse_args(argv[1:])
    wait_for_display()
    bus = start_accessibility_bus()
    session = Session(args.binary, args.workspace, args.out, args.scenario)
    started = time.monotonic()
    try:
        session.start()
        scenarios[args.scenario](session)
        shot = session.screenshot("end")
        print(f"{args.scenario}: passed in {time.monotonic() - started:.1f} s (screenshot: {shot})")
        return 0
    except StepFailed as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        session.stop()
        bus.terminate()

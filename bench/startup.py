"""How long PR Studio takes to show its window, against a bare PySide6 window, in one run.

Prints, as medians over several fresh processes (the first run of each is a warm-up):

- whole process, start to first paint: ``python`` showing a bare ``QWidget`` vs PR Studio's main window
  (its frame: navigation, the home heading, the status bar; the data loads right after);
- whole process, start to "home ready": the workflow cards painted, the window fully usable;
- in-process, from the first line of the program's own work (after Python and Qt are loaded) to
  first paint: a bare ``QWidget`` vs ``prstudio`` opening its window (importing PR Studio included);
- ``prstudio --help`` against a bare ``python -c pass``;
- and the ratios. The target is main window ≤ 2× the bare window.

Run: ``QT_QPA_PLATFORM=offscreen uv run python bench/startup.py [runs]``. Each child gets a fresh
PRSTUDIO_HOME with settings already saved, so the first-run welcome does not open.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both children print "<seconds in-process>" when the window is first painted, and again when the
# content is ready (for PR Studio: the first workflow card painted), then quit.
PAINT_WATCH = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, started, kind, ready):
        super().__init__()
        self.started, self.kind, self.ready, self.painted = started, kind, ready, False

    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.painted and type(obj).__name__ == self.kind:
            self.painted = True
            print(f"{time.perf_counter() - self.started:.4f}", flush=True)
        if self.painted and self.ready in (type(obj).__name__, obj.objectName()):
            print(f"{time.perf_counter() - self.started:.4f}", flush=True)
            self.ready = "-"
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
"""

BARE = (
    PAINT_WATCH
    + """
app = QApplication([])
started = time.perf_counter()
from PySide6.QtWidgets import QLabel, QWidget, QVBoxLayout
watch = FirstPaint(started, "QWidget", "QLabel")
app.installEventFilter(watch)
window = QWidget()
QVBoxLayout(window).addWidget(QLabel("홍보 스튜디오"))
window.resize(1180, 800)
window.show()
app.exec()
"""
)

PRSTUDIO = (
    PAINT_WATCH
    + """
app = QApplication([])
started = time.perf_counter()
watch = FirstPaint(started, "MainWindow", "workflowCard")
app.installEventFilter(watch)
from desktop.cli import main  # the `prstudio` command with no arguments
main([])
"""
)


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PRSTUDIO_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT)
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """Whole-process seconds to first paint and to ready, and the in-process seconds the child printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    painted = process.stdout.readline()
    whole_painted = time.perf_counter() - started
    ready = process.stdout.readline()
    whole_ready = time.perf_counter() - started
    process.communicate(timeout=60)
    return whole_painted, whole_ready, float(painted.strip() or "nan"), float(ready.strip() or "nan")


def help_seconds(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", "--help"], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def python_seconds(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    return time.perf_counter() - started


def median_of(runs: int, measure) -> list[float]:  # type: ignore[no-untyped-def]
    measure()  # warm-up: disk caches, compiled bytecode
    samples = [measure() for _ in range(runs)]
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory(prefix="prstudio-startup-") as folder:
        home = Path(folder)
        env = child_env(home)
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from desktop.core.settings import Settings, save_settings; save_settings(Settings())",
            ],
            env=env,
            check=True,
        )
        bare_whole, _, bare_inside, _ = median_of(runs, lambda: timed([sys.executable, "-c", BARE], env))
        app_whole, app_ready, app_inside, app_inside_ready = median_of(
            runs, lambda: timed([sys.executable, "-c", PRSTUDIO], env)
        )
        [cli_help] = median_of(runs, lambda: (help_seconds(env),))
        [python] = median_of(runs, lambda: (python_seconds(env),))
    print(f"median of {runs} runs after a warm-up, {os.cpu_count()} CPUs")
    print(f"{'':38} {'bare PySide6':>13} {'PR Studio':>10} {'ratio':>6}")
    print(
        f"{'whole process, start to first paint':38} {bare_whole:12.3f}s {app_whole:9.3f}s {app_whole / bare_whole:5.1f}x"
    )
    print(
        f"{'whole process, start to home ready':38} {bare_whole:12.3f}s {app_ready:9.3f}s {app_ready / bare_whole:5.1f}x"
    )
    print(f"{'in-process, to first paint':38} {bare_inside:12.3f}s {app_inside:9.3f}s {app_inside / bare_inside:5.1f}x")
    print(f"{'in-process, to home ready':38} {bare_inside:12.3f}s {app_inside_ready:9.3f}s")
    print(f"{'prstudio --help vs python -c pass':38} {python:12.3f}s {cli_help:9.3f}s {cli_help / python:5.1f}x")
    print("target: main window to first paint within 2x a bare PySide6 window (whole process)")


if __name__ == "__main__":
    main()

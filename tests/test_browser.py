"""Real-browser test: JupyterLab + Debian chromium driven by playwright.

Opens notebooks/01_country_coverage.ipynb in JupyterLab, runs all cells, waits for the
CoverageExplorer to render, changes the period in the browser and checks that the figure
changes; screenshots go to test-artifacts/ (git-ignored).

Skips when chromium or playwright is missing, except under ``CI`` where that is a failure.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("MEDIAKIT_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
NOTEBOOK = ROOT / "notebooks" / "01_country_coverage.ipynb"
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-gpu",
    "--no-sandbox",
]


def _require_browser():
    reason = None
    if not CHROMIUM.exists():
        reason = (f"chromium not found at {CHROMIUM}: apt-get install -y chromium "
                  "(never `playwright install`)")
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright Python package is not installed (pip install playwright)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} - CI is set, so the browser test must run")
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_settings(settings: Path) -> None:
    for rel, value in {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
            {"fetchNews": "false", "checkForUpdates": False},
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }.items():
        path = settings / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))


def _get(url: str, token: str, method: str = "GET"):
    req = urllib.request.Request(url, method=method,
                                 headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server on a free loopback port, serving a copy of notebook 01."""
    _require_browser()
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    settings = tmp_path / "lab-settings"
    _write_settings(settings)
    port, token = _free_port(), os.urandom(16).hex()
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = open(tmp_path / "lab.log", "wb")  # noqa: SIM115 - closed in the teardown
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
         "--ServerApp.port_retries=0", f"--ServerApp.token={token}",
         "--ServerApp.ip=127.0.0.1", "--allow-root", f"--ServerApp.root_dir={root}"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail("jupyterlab exited:\n" + (tmp_path / "lab.log").read_text()[-3000:])
            try:
                if _get(f"{url}/api/status", token) == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("jupyterlab did not answer /api/status within 60 s")
            time.sleep(0.3)
        yield {"url": url, "token": token, "root": root, "log": tmp_path / "lab.log"}
    finally:
        try:
            _get(f"{url}/api/shutdown", token, method="POST")  # also stops its kernels
            proc.wait(timeout=15)
        except Exception:
            proc.terminate()
            proc.wait(timeout=10)
        log.close()


def _image_bytes(page, selector: str) -> bytes:
    """The bytes behind an <img> (blob: or data: URL) as the browser has them."""
    b64 = page.eval_on_selector(selector, """async (img) => {
        const r = await fetch(img.src); const buf = new Uint8Array(await r.arrayBuffer());
        let s = ''; for (const b of buf) s += String.fromCharCode(b); return btoa(s); }""")
    return base64.b64decode(b64)


def test_coverage_explorer_in_jupyterlab(lab):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    explorer = ".mk-coverage-explorer"
    img = f"{explorer} img.widget-image"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(f"{lab['url']}/lab/tree/{NOTEBOOK.name}?token={lab['token']}")
            # a kernel exists and is idle (the toolbar indicator reads idle before that)
            page.wait_for_function(
                """() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
                     .some(e => /\\| Idle/.test(e.textContent))""", timeout=60_000)
            page.locator(".lm-MenuBar-item", has_text="Run").first.click()
            page.locator(".lm-Menu-item", has_text="Run All Cells").first.click()
            # all cells done (every prompt numbered) - or one failed (the rest never run)
            page.wait_for_function(
                """() => { const p = [...document.querySelectorAll(
                        '.jp-CodeCell .jp-InputPrompt')];
                      const failed = [...document.querySelectorAll(ERR)]
                          .some(e => e.textContent.includes('Traceback'));
                      return failed || (p.length > 0 &&
                             p.every(e => /\\[\\d+\\]:/.test(e.textContent))); }"""
                .replace("ERR", repr(ERROR_OUTPUT)), timeout=90_000)
            errors = page.locator(ERROR_OUTPUT, has_text="Traceback")
            assert errors.count() == 0, "a cell failed:\n" + errors.first.inner_text()
            page.wait_for_selector(img, timeout=30_000)
            page.locator(explorer).scroll_into_view_if_needed()
            before = _image_bytes(page, img)
            assert before[:4] == b"\x89PNG"
            marks = page.locator(f"{explorer} .mk-list mark")
            assert marks.count() > 0, "no highlighted country mention in the headline list"
            page.screenshot(path=str(ARTIFACTS / "browser_coverage_before.png"))

            old_src = page.get_attribute(img, "src")
            page.select_option(f"{explorer} .widget-dropdown select", label="month")
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).src !== old",
                arg=[img, old_src], timeout=10_000)
            after = _image_bytes(page, img)
            assert after[:4] == b"\x89PNG" and after != before, "figure did not change"
            page.locator(explorer).screenshot(path=str(ARTIFACTS / "browser_coverage_explorer.png"))
            page.screenshot(path=str(ARTIFACTS / "browser_coverage_after.png"))
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "browser_coverage_failure.png"))
            raise
        finally:
            browser.close()


@pytest.fixture
def voila_app(tmp_path):
    """``voila notebooks/dashboard.ipynb`` (what ``make app`` runs) on a free loopback port."""
    _require_browser()
    if shutil.which("voila", path=str(Path(sys.executable).parent)) is None:
        reason = "voila is not installed (pip install voila)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(ROOT / "notebooks" / "dashboard.ipynb", root / "dashboard.ipynb")
    port = _free_port()
    log = open(tmp_path / "voila.log", "wb")  # noqa: SIM115 - closed in the teardown
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "voila"), "dashboard.ipynb", "--no-browser",
         f"--port={port}", "--Voila.ip=127.0.0.1"],
        stdout=log, stderr=subprocess.STDOUT, cwd=root,
        env=dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime")),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail("voila exited:\n" + (tmp_path / "voila.log").read_text()[-3000:])
            try:
                if _get(f"{url}/voila/static/voila.js", "") == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("voila did not answer within 60 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()


def test_voila_dashboard(voila_app):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    explorer = ".mk-coverage-explorer"
    img = f"{explorer} img.widget-image"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            page.goto(voila_app)
            page.wait_for_selector(img, timeout=90_000)
            before = _image_bytes(page, img)
            old_src = page.get_attribute(img, "src")
            page.select_option(f"{explorer} .widget-dropdown select", label="day")
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).src !== old",
                arg=[img, old_src], timeout=10_000)
            after = _image_bytes(page, img)
            assert after[:4] == b"\x89PNG" and after != before
            assert page.locator(f"{explorer} .mk-list mark").count() > 0
            assert page.locator(f"{explorer} button", has_text="Save CSV").count() == 1
            page.screenshot(path=str(ARTIFACTS / "voila_dashboard.png"))
            # second tab: who accuses whom, with the sentences behind the numbers
            page.locator(".lm-TabBar-tab", has_text="Accusations").click()
            acc = ".mk-accusation-explorer"
            page.wait_for_selector(f"{acc} img.widget-image", state="visible", timeout=10_000)
            assert page.locator(f"{acc} mark.mk-cue").count() > 0
            page.screenshot(path=str(ARTIFACTS / "voila_dashboard_accusations.png"))
        finally:
            browser.close()

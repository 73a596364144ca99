"""Fixtures for the report tests: the seed graph, its report, an empty graph's report, and a headless Chromium."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main
from kg.query import open_data
from kg.report.data import collect

CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000")


@pytest.fixture(scope="session")
def seeds_graph(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("report-graph") / "seeds.ttl"
    code = main(["build", str(seeds_dir), "--out", str(out), "-q"])
    assert code in (0, 3) and out.exists(), f"kg build failed with exit code {code}"
    return out


@pytest.fixture(scope="session")
def seeds_data(seeds_graph: Path) -> dict:
    """What the report embeds: the rows of the queries, run here independently of the page."""
    return collect(open_data(seeds_graph))


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory: pytest.TempPathFactory, seeds_graph: Path) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--data", str(seeds_graph), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def empty_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-empty")
    graph = folder / "empty.ttl"
    graph.write_text("", encoding="utf-8")
    out = folder / "report.html"
    assert main(["report", "--data", str(graph), "-o", str(out)]) == 0
    return out


def _chromium() -> tuple[str | None, str | None]:
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
    return browser, shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """A headless Debian Chromium driven by selenium through the system chromedriver (never downloaded)."""
    binary, driver_path = _chromium()
    if binary is None or driver_path is None:
        pytest.skip("Chromium is absent: apt-get install -y chromium chromium-driver (Debian) to run the browser tests")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # Chromium is here, so a missing selenium is a set-up error, not a reason to skip
        pytest.fail("selenium is not installed: it belongs to kg's [test] extra (pip install -e '.[test]')")
    profile = tempfile.mkdtemp(prefix="kg-report-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)

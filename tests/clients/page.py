"""The endpoint's page at / in headless Chromium (Debian's chromium and chromium-driver),
driven by Selenium: pick a canned query, run it, read the table, follow the CSV link.

Run by tests/endpoint.rs with the endpoint's base URL as the only argument.
"""

import io
import shutil
from csv import reader as csv_reader
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = sys.argv[1].rstrip("/")


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver), options=options)


def main():
    page = browser()
    try:
        page.get(BASE + "/")
        canned = Select(page.find_element(By.ID, "canned"))
        names = [o.get_attribute("value") for o in canned.options]
        assert "claim-origins" in names and "attributions" in names, names
        canned.select_by_value("attributions")
        assert "cg:Attribution" in page.find_element(By.ID, "query").get_attribute("value")
        page.find_element(By.ID, "run").click()
        WebDriverWait(page, 20).until(ready.presence_of_element_located((By.ID, "table")))
        headers = [th.text for th in page.find_elements(By.CSS_SELECTOR, "#table th")]
        assert headers[:2] == ["doc", "source"], headers
        rows = page.find_elements(By.CSS_SELECTOR, "#table tbody tr")
        assert len(rows) >= 40, len(rows)
        assert "Ned Price" in page.find_element(By.ID, "table").text
        assert page.find_element(By.ID, "status").text == f"{len(rows)} rows"
        # The CSV link carries the same query.
        href = page.find_element(By.ID, "csv").get_attribute("href")
        with urllib.request.urlopen(href) as response:
            csv = response.read().decode()
        records = list(csv_reader(io.StringIO(csv)))
        assert records[0][:2] == ["doc", "source"], records[0]
        assert len(records) == len(rows) + 1, (len(records), len(rows))
        # A query error is shown, not swallowed.
        box = page.find_element(By.ID, "query")
        box.clear()
        box.send_keys("SELECT ?x WHERE { ?x ")
        page.find_element(By.ID, "run").click()
        WebDriverWait(page, 20).until(
            lambda p: "error" in (p.find_element(By.ID, "status").get_attribute("class") or "")
        )
        assert page.find_element(By.ID, "status").text.startswith("400"), page.find_element(By.ID, "status").text
    finally:
        page.quit()
    print(f"page: canned query ran in Chromium, {len(rows)} rows, CSV link agrees")


if __name__ == "__main__":
    main()

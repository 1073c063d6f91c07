"""The README's headline numbers come from the data: if the analysis changes, this test says which
sentence of the README to update."""

import csv

from newsfigures.compare import sum_reading
from newsfigures.reference import load
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
REF = load(ROOT / "data" / "reference")


def _verdicts():
    with open(ROOT / "data" / "processed" / "verdicts.csv", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["check"] == "reference"]


def test_the_verdict_counts_in_the_readme_are_those_of_verdicts_csv():
    rows = _verdicts()
    measured = [r for r in rows if r["measure"]]
    n = {
        k: sum(r["verdict"] == k for r in measured)
        for k in ("consistent", "misleading", "inconsistent", "unverifiable")
    }
    assert f"Of the {len(measured)} claims" in README
    assert (
        f"**{n['consistent']} are consistent, {n['misleading']} misleading,\n{n['inconsistent']} inconsistent "
        f"and {n['unverifiable']} unverifiable**"
    ) in README
    assert f"the {len(rows) - len(measured)} other figures" in README


def test_the_numbers_of_the_findings_are_computed_from_the_reference_tables():
    stock, new = REF["unhcr.asylum_seekers.WORLD"], REF["unhcr.applications_new.WORLD"]
    cy = REF["usbp.encounters.southwest.monthly.calendar_year"]
    expected = [
        f"{sum_reading(stock, 2012, 2020).value:,.0f}",
        f"{sum_reading(stock, 2012, 2021).value:,.0f}",
        f"{sum_reading(new, 2012, 2020).value:,.0f}",
        f"{sum_reading(new, 2012, 2021).value:,.0f}",
        f"{REF['unhcr.asylum_seekers.USA'].value('2021'):,.0f}",
        f"{REF['unhcr.asylum_seekers.AUS'].value('2021'):,.0f}",
        f"{stock.value('2020') / stock.value('2012'):.2f} times",
        f"{stock.value('2020') / stock.value('2012') * 100:.0f}%",
        f"{(stock.value('2020') / stock.value('2012') - 1) * 100:.0f}%",
        f"end-2011: {stock.value('2011'):,.0f}",
        f"({stock.value('2021'):,.0f})",
        f"new applications: {new.value('2012'):,.0f} and {new.value('2021'):,.0f}",
        f"{REF['mpi.asian_immigrants_us'].value('2019') / 1e6:.1f} million immigrants *from Asia*",
        f"{REF['dhs.lpr.china'].value('FY2019'):,.0f} people born in China",
        f"{cy.value('2023'):,.0f} Chinese",
        f"{cy.value('2023') / cy.value('2022'):.1f} times the {cy.value('2022'):,.0f}",
    ]
    missing = [e for e in expected if e not in README]
    assert missing == []

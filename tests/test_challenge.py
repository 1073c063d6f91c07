"""The extractor on an independent challenge set: 171 sentences written for this project in the
style of wire news (migration and general topics), annotated without looking at the extractor.
It guards generalisation: the thresholds are what a fact-checker needs, not what the rules happen
to reach, and any miss is printed with its sentence."""

import csv
from collections import OrderedDict

import pytest

from newsfigures.extract import extract_text
from tests.conftest import TEST_DATA


def _cases():
    cases = OrderedDict()
    with open(TEST_DATA / "challenge_figures.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cases.setdefault(row["case"], []).append(row)
    return cases


def _score():
    tp = fp = fn = value_ok = hedge_ok = 0
    report = []
    for case, rows in _cases().items():
        sentence = rows[0]["sentence"]
        got = [f for f in extract_text(sentence) if f.kind != "vague"]
        used = set()
        for g in (r for r in rows if r["surface"] and r["kind"] != "vague"):
            gs = sentence.find(g["surface"])
            ge = gs + len(g["surface"])
            hit = next((i for i, f in enumerate(got) if f.start < ge and gs < f.end), None)
            if hit is None:
                fn += 1
                report.append(f"MISS {case} {g['surface']!r}: {sentence}")
                continue
            used.add(hit)
            tp += 1
            f = got[hit]
            want = float(g["value"])
            if f.kind == g["kind"] and abs(f.value - want) <= 1e-6 * max(1, abs(want)):
                value_ok += 1
            else:
                report.append(f"VALUE {case} {g['surface']!r}: {f.value} {f.kind}")
            hedge_ok += f.hedge == g["hedge"]
        for i, f in enumerate(got):
            if i not in used:
                fp += 1
                report.append(f"FALSE+ {case} {f.surface!r}: {sentence}")
    return tp, fp, fn, value_ok, hedge_ok, report


@pytest.fixture(scope="module")
def score():
    return _score()


def test_challenge_set_f1_is_at_least_0_98(score):
    tp, fp, fn, *_, report = score
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.98, "\n".join(report)


def test_challenge_set_values_and_hedges_are_right_for_98_percent_of_found_figures(score):
    tp, _, _, value_ok, hedge_ok, report = score
    assert value_ok / tp >= 0.98 and hedge_ok / tp >= 0.98, "\n".join(report)


def test_sentences_without_figures_yield_none():
    empty = [rows[0]["sentence"] for rows in _cases().values() if not rows[0]["surface"]]
    assert len(empty) >= 40
    noisy = [s for s in empty if [f for f in extract_text(s) if f.kind != "vague"]]
    assert noisy == []

"""Turn the way news writes a number into the number: "88,722", "12 000", "2.48", "twelve thousand",
"twenty-five", "a dozen", "half a million". Pure functions; the extractor decides *where* numbers are.

Values are computed with :class:`decimal.Decimal` so that "2.48 million" is 2480000 exactly, and
returned as ``float`` (or ``int`` when whole) only at the end.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales written after a numeral: "600K", "$2.7bn", "3m", "1.2 mln", "4tn".
SCALE_SUFFIXES = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "million": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "billion": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Multipliers written as one word.
FOLD_WORDS = {
    "twofold": 2,
    "threefold": 3,
    "fourfold": 4,
    "fivefold": 5,
    "sixfold": 6,
    "sevenfold": 7,
    "eightfold": 8,
    "ninefold": 9,
    "tenfold": 10,
    "twelvefold": 12,
    "twentyfold": 20,
    "hundredfold": 100,
    "thousandfold": 1000,
}
FRACTIONS = {
    "half": Decimal(1) / 2,
    "halves": Decimal(1) / 2,
    "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3,
    "quarter": Decimal(1) / 4,
    "quarters": Decimal(1) / 4,
    "fifth": Decimal(1) / 5,
    "fifths": Decimal(1) / 5,
    "tenth": Decimal(1) / 10,
    "tenths": Decimal(1) / 10,
}

_SPACES = "\u00a0\u2009\u202f "
_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[" + _SPACES + r"]\d{3})+|\d+)?(?:\.\d+)?$")


class NotANumber(ValueError):
    """The text is not a number this module reads."""


def parse_digits(text: str) -> Decimal:
    """'88,722' -> 88722; '12 000' (normal, no-break or thin space) -> 12000; '2.48' -> 2.48."""
    t = text.strip()
    if not t or not _DIGITS.match(t) or t == ".":
        raise NotANumber(text)
    try:
        return Decimal(re.sub("[," + _SPACES + "]", "", t))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise NotANumber(text) from None


def parse_words(text: str) -> Decimal:
    """'twelve thousand' -> 12000; 'one hundred and twenty' -> 120; 'a dozen' -> 12;
    'half a million' -> 500000; 'two dozen' -> 24; 'twenty-five' -> 25."""
    tokens = [t for t in re.split(r"[\s-]+", text.strip().lower()) if t and t != "and"]
    if not tokens:
        raise NotANumber(text)
    if tokens[0] == "half" and len(tokens) == 3 and tokens[1] == "a" and tokens[2] in SCALE_WORDS:
        return Decimal(SCALE_WORDS[tokens[2]]) / 2
    total, current, seen_number = Decimal(0), Decimal(0), False
    for i, tok in enumerate(tokens):
        if tok == "a" and i == 0 and len(tokens) > 1:
            current, seen_number = Decimal(1), True
        elif tok in UNITS:
            current += UNITS[tok]
            seen_number = True
        elif tok in TENS:
            current += TENS[tok]
            seen_number = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen_number = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif tok in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[tok]
            current = Decimal(0)
            seen_number = True
        else:
            raise NotANumber(text)
    if not seen_number:
        raise NotANumber(text)
    return total + current


def parse_number(text: str, scale: str | None = None) -> Decimal:
    """A numeral or number words, times an optional scale ('million', 'bn', 'K' ...)."""
    try:
        value = parse_digits(text)
    except NotANumber:
        value = parse_words(text)
    if scale:
        key = scale.strip().lower().rstrip(".")
        if key not in SCALE_SUFFIXES:
            raise NotANumber(f"{text} {scale}")
        value *= SCALE_SUFFIXES[key]
    return value


def as_plain(value: Decimal | float | int | None) -> float | int | None:
    """Decimal -> int when whole, else float (the form written to CSV)."""
    if value is None:
        return None
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def format_value(value: float | int | None) -> str:
    """Numbers as a reader writes them in a CSV: '600000', '17.6', '33.33', '' for none."""
    if value is None or value != value:  # NaN
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))

"""Turn the way news writes a number into the number: "88,722", "12 000", "1,50,000", "2.48",
"٨٨٬٧٢٢", "twelve thousand", "twenty-five", "a dozen", "half a million", "two and a half".
Pure functions and the vocabulary of units and currencies; the extractor decides *where* numbers are.

Values are computed with :class:`decimal.Decimal` so that "2.48 million" is 2480000 exactly, and
returned as ``float`` (or ``int`` when whole) only at the end.
"""

from __future__ import annotations

import re
import unicodedata
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
    "lakh": 100_000,  # South Asian news: 1 lakh = 100,000, 1 crore = 10,000,000
    "lakhs": 100_000,
    "lac": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
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
    "trn": 1_000_000_000_000,
    "cr": 10_000_000,  # crore, in Indian news: "Rs 500cr"
    "trillion": 1_000_000_000_000,
}
# Multipliers written as one word: "sixfold", "elevenfold", "twentyfold", "hundredfold".
FOLD_WORDS = {
    f"{word}fold": value
    for word, value in {**UNITS, **TENS, "hundred": 100, "thousand": 1000}.items()
    if value > 1
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
    "sixth": Decimal(1) / 6,
    "sixths": Decimal(1) / 6,
    "seventh": Decimal(1) / 7,
    "sevenths": Decimal(1) / 7,
    "eighth": Decimal(1) / 8,
    "eighths": Decimal(1) / 8,
    "ninth": Decimal(1) / 9,
    "ninths": Decimal(1) / 9,
    "tenth": Decimal(1) / 10,
    "tenths": Decimal(1) / 10,
    "hundredth": Decimal(1) / 100,
    "hundredths": Decimal(1) / 100,
    "thousandth": Decimal(1) / 1000,
    "thousandths": Decimal(1) / 1000,
    "millionth": Decimal(1) / 1_000_000,
    "millionths": Decimal(1) / 1_000_000,
}
# Fractions printed as one character: "½", "3¾ miles".
VULGAR_FRACTIONS = {
    "½": Decimal(1) / 2,
    "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3,
    "¼": Decimal(1) / 4,
    "¾": Decimal(3) / 4,
    "⅕": Decimal(1) / 5,
    "⅖": Decimal(2) / 5,
    "⅗": Decimal(3) / 5,
    "⅘": Decimal(4) / 5,
    "⅙": Decimal(1) / 6,
    "⅚": Decimal(5) / 6,
    "⅐": Decimal(1) / 7,
    "⅛": Decimal(1) / 8,
    "⅜": Decimal(3) / 8,
    "⅝": Decimal(5) / 8,
    "⅞": Decimal(7) / 8,
    "⅑": Decimal(1) / 9,
    "⅒": Decimal(1) / 10,
}

_SPACES = "\u00a0\u2009\u202f "
_DIGITS = re.compile(
    r"^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[" + _SPACES + r"]\d{3})+|\d+)?"
    r"(?:\.\d+)?$"
)
# Numerals longer than this are not quantities anyone reports; the extractor sets them aside.
MAX_DIGITS = 30


class NotANumber(ValueError):
    """The text is not a number this module reads."""


# --- digits from any script --------------------------------------------------------------------
# Characters that may sit inside a number without being seen: zero-width space, joiners, word
# joiner, byte-order mark, soft hyphen. The extractor reads "88\u200b722" as one number.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Separators and signs of other scripts, one character each (so offsets do not move): Arabic
# thousands and decimal separators and percent sign, full-width comma, stop, percent, plus, minus,
# dollar; the minus sign; the fraction slash.
_FOLDED_MARKS = {
    "\u066c": ",",
    "\u066b": ".",
    "\u066a": "%",
    "\uff0c": ",",
    "\uff0e": ".",
    "\uff05": "%",
    "\uff0b": "+",
    "\uff0d": "-",
    "\uff04": "$",
    "\u2212": "-",
}


def fold_digits(text: str) -> str:
    """The text with digits of every script as ASCII digits, and their separators as ',', '.'
    and '%': "٨٨٬٧٢٢" -> "88,722", "８８，７２２" -> "88,722". Same length, so offsets hold."""
    if text.isascii():
        return text
    table: dict[int, str] = {}  # built for this text's distinct characters only
    for ch in set(text):
        if ch in _FOLDED_MARKS:
            table[ord(ch)] = _FOLDED_MARKS[ch]
        elif ch.isdecimal() and not ch.isascii():
            table[ord(ch)] = str(unicodedata.decimal(ch))
    # most texts have only quotes and dashes outside ASCII, and are returned as they are
    return text.translate(table) if table else text


_DROP_INVISIBLE = {ord(c): None for c in INVISIBLE}
_DROP_SEPARATORS = {ord(c): None for c in "," + _SPACES}


def parse_digits(text: str) -> Decimal:
    """'88,722' -> 88722; '12 000' (normal, no-break or thin space) -> 12000; '2.48' -> 2.48;
    '1,50,000' (Indian grouping) -> 150000; '٨٨٬٧٢٢' -> 88722."""
    t = text.strip()
    if t.isascii():
        if t.isdigit():
            return Decimal(t)  # the common case, at once
    else:
        t = fold_digits(t).translate(_DROP_INVISIBLE)
    if not t or t == "." or not _DIGITS.match(t):
        raise NotANumber(text)
    try:
        return Decimal(t.translate(_DROP_SEPARATORS))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise NotANumber(text) from None


def parse_words(text: str) -> Decimal:
    """'twelve thousand' -> 12000; 'one hundred and twenty' -> 120; 'a dozen' -> 12;
    'half a million' -> 500000; 'two dozen' -> 24; 'twenty-five' -> 25;
    'a hundred thousand' -> 100000; 'two and a half million' -> 2500000; 'five crore' -> 50000000."""
    low = re.sub(r"[\s-]+and[\s-]+(?:a|one)[\s-]+half\b", " +half", text.strip().lower())
    tokens = [t for t in re.split(r"[\s-]+", low) if t and t != "and"]
    if not tokens:
        raise NotANumber(text)
    if tokens[0] == "half" and len(tokens) == 3 and tokens[1] == "a" and tokens[2] in SCALE_WORDS:
        return Decimal(SCALE_WORDS[tokens[2]]) / 2
    total, current, seen_number = Decimal(0), Decimal(0), False
    last_scale = 0
    for i, tok in enumerate(tokens):
        if tok == "a" and i == 0 and len(tokens) > 1:
            current, seen_number = Decimal(1), True
        elif tok == "+half" and seen_number:
            current += Decimal("0.5")
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
            scale = SCALE_WORDS[tok]
            if current == 0 and total and scale > last_scale:
                total *= scale  # "a thousand million": the scales multiply
            else:
                total += (current or 1) * scale
            current, last_scale = Decimal(0), scale
            seen_number = True
        else:
            raise NotANumber(text)
    if not seen_number:
        raise NotANumber(text)
    return total + current


def scale_value(words: str) -> Decimal:
    """The factor of scale words after a numeral, multiplied out: 'hundred thousand' -> 100000,
    'crore' -> 10000000, 'bn' -> 1000000000."""
    factor = Decimal(1)
    for w in re.split(r"[\s-]+", words.strip().lower()):
        if w:
            w = w.rstrip(".")
            if w not in SCALE_SUFFIXES and w not in SCALE_WORDS and w != "dozen":
                raise NotANumber(words)
            factor *= 12 if w == "dozen" else SCALE_SUFFIXES.get(w) or SCALE_WORDS[w]
    return factor


def parse_number(text: str, scale: str | None = None) -> Decimal:
    """A numeral or number words, times an optional scale ('million', 'bn', 'K', 'hundred thousand')."""
    try:
        value = parse_digits(text)
    except NotANumber:
        value = parse_words(text)
    if scale:
        value *= scale_value(scale)
    return value


def as_plain(value: Decimal | float | int | None) -> float | int | None:
    """Decimal -> int when whole, else float (the form written to CSV)."""
    if value is None:
        return None
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if d.is_finite() and d == d.to_integral_value():
        return int(d)
    return float(d)


def format_value(value: float | int | None) -> str:
    """Numbers as a reader writes them in a CSV: '600000', '17.6', '33.33', '' for none.
    Never raises, whatever the size: a 400-digit integer is written out in full."""
    if value is None or value != value:  # NaN
        return ""
    if isinstance(value, int):
        return format(Decimal(value), "f")  # str() refuses integers of more than 4,300 digits
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    if float(value).is_integer():
        return format(Decimal(value), "f")
    return repr(float(value))


# --- units a number is written with ------------------------------------------------------------
# Physical units, one row per unit: (symbol the extractor writes, what it measures, abbreviations as
# printed, case-sensitive, words, any case). Values stay in the unit written: "3,145km" is 3145 km.
# A one-letter abbreviation ("m", "g", "W", "C") is read only when it is printed onto the number.
MEASURE_UNITS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    ("mm", "length", ("mm",), ("millimetres", "millimetre", "millimeters", "millimeter")),
    ("cm", "length", ("cm",), ("centimetres", "centimetre", "centimeters", "centimeter")),
    ("m", "length", ("m",), ("metres", "metre", "meters", "meter")),
    (
        "km",
        "length",
        ("km", "Km", "KM", "kms"),
        ("kilometres", "kilometre", "kilometers", "kilometer"),
    ),
    ("in", "length", ("in",), ("inches", "inch")),
    ("ft", "length", ("ft",), ("feet", "foot")),
    ("yd", "length", ("yd", "yds"), ("yards", "yard")),
    ("mi", "length", ("mi",), ("miles", "mile")),
    ("nmi", "length", (), ("nautical miles", "nautical mile")),
    ("ly", "length", (), ("light years", "light-years", "light year", "light-year")),
    ("au", "length", (), ("astronomical units", "astronomical unit")),
    ("mg", "mass", ("mg",), ("milligrams", "milligram", "milligrammes")),
    ("g", "mass", ("g",), ("grams", "gram", "grammes", "gramme")),
    (
        "kg",
        "mass",
        ("kg", "Kg", "KG", "kgs"),
        ("kilograms", "kilogram", "kilogrammes", "kilos", "kilo"),
    ),
    ("t", "mass", (), ("tonnes", "tonne", "metric tons", "metric ton")),
    ("ton", "mass", (), ("tons", "ton")),
    ("lb", "mass", ("lb", "lbs"), ()),
    ("oz", "mass", ("oz",), ("ounces", "ounce")),
    ("st", "mass", ("st",), ("stone",)),
    ("ct", "mass", (), ("carats", "carat")),
    ("mph", "speed", ("mph", "MPH"), ("miles per hour", "miles an hour", "mile per hour")),
    (
        "km/h",
        "speed",
        ("km/h", "kph", "kmh", "km/hr", "kmph"),
        ("kilometres per hour", "kilometres an hour", "kilometers per hour", "kilometers an hour"),
    ),
    ("m/s", "speed", ("m/s",), ("metres per second", "meters per second", "metres a second")),
    ("kn", "speed", (), ("knots", "knot")),
    (
        "°C",
        "temperature",
        ("°C", "ºC", "° C", "C"),
        ("degrees Celsius", "degree Celsius", "degrees centigrade", "degrees C", "Celsius"),
    ),
    (
        "°F",
        "temperature",
        ("°F", "ºF", "° F", "F"),
        ("degrees Fahrenheit", "degrees F", "Fahrenheit"),
    ),
    ("°", "temperature", ("°", "º"), ("degrees", "degree")),
    ("B", "data", (), ("bytes",)),
    ("kB", "data", ("KB", "kB"), ("kilobytes", "kilobyte")),
    ("MB", "data", ("MB",), ("megabytes", "megabyte")),
    ("GB", "data", ("GB",), ("gigabytes", "gigabyte")),
    ("TB", "data", ("TB",), ("terabytes", "terabyte")),
    ("PB", "data", ("PB",), ("petabytes", "petabyte")),
    ("kbit/s", "data rate", ("kbps", "Kbps", "kbit/s", "kb/s"), ("kilobits per second",)),
    ("Mbit/s", "data rate", ("Mbps", "mbps", "Mbit/s", "Mb/s"), ("megabits per second",)),
    ("Gbit/s", "data rate", ("Gbps", "gbps", "Gbit/s", "Gb/s"), ("gigabits per second",)),
    ("Tbit/s", "data rate", ("Tbps", "Tbit/s", "Tb/s"), ("terabits per second",)),
    ("Mbit", "data", ("Mb", "Mbit"), ("megabits", "megabit")),
    ("Gbit", "data", ("Gb", "Gbit"), ("gigabits", "gigabit")),
    (
        "m²",
        "area",
        ("m²", "m2", "sq m", "sq. m", "sqm"),
        ("square metres", "square metre", "square meters", "square meter"),
    ),
    (
        "km²",
        "area",
        ("km²", "km2", "sq km", "sq. km", "sqkm"),
        (
            "square kilometres",
            "square kilometre",
            "square kilometers",
            "square kilometer",
            "square km",
        ),
    ),
    ("ft²", "area", ("sq ft", "sq. ft", "sqft", "ft²"), ("square feet", "square foot")),
    ("mi²", "area", ("sq mi", "sq. mi", "mi²"), ("square miles", "square mile")),
    ("ha", "area", ("ha",), ("hectares", "hectare")),
    ("acre", "area", (), ("acres", "acre")),
    ("ml", "volume", ("ml", "mL"), ("millilitres", "millilitre", "milliliters", "milliliter")),
    ("cl", "volume", ("cl",), ("centilitres", "centilitre")),
    ("l", "volume", ("l", "L"), ("litres", "litre", "liters", "liter")),
    (
        "m³",
        "volume",
        ("m³", "m3", "cu m"),
        ("cubic metres", "cubic metre", "cubic meters", "cubic meter"),
    ),
    ("ft³", "volume", ("cu ft",), ("cubic feet", "cubic foot")),
    ("bcm", "volume", ("bcm",), ()),
    ("gal", "volume", ("gal",), ("gallons", "gallon")),
    ("bbl", "volume", ("bbl",), ("barrels", "barrel")),
    ("bbl/d", "volume rate", ("bpd", "b/d"), ("barrels per day", "barrels a day")),
    ("pt", "volume", (), ("pints", "pint")),
    ("J", "energy", ("J",), ("joules", "joule")),
    ("kJ", "energy", ("kJ",), ("kilojoules", "kilojoule")),
    ("MJ", "energy", ("MJ",), ("megajoules", "megajoule")),
    (
        "kWh",
        "energy",
        ("kWh", "KWh", "kwh"),
        ("kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour"),
    ),
    (
        "MWh",
        "energy",
        ("MWh",),
        ("megawatt-hours", "megawatt hours", "megawatt-hour", "megawatt hour"),
    ),
    (
        "GWh",
        "energy",
        ("GWh",),
        ("gigawatt-hours", "gigawatt hours", "gigawatt-hour", "gigawatt hour"),
    ),
    (
        "TWh",
        "energy",
        ("TWh",),
        ("terawatt-hours", "terawatt hours", "terawatt-hour", "terawatt hour"),
    ),
    ("kcal", "energy", ("kcal",), ("kilocalories", "kilocalorie", "calories", "calorie")),
    ("Btu", "energy", ("Btu", "BTU"), ("British thermal units",)),
    ("W", "power", ("W",), ("watts", "watt")),
    ("kW", "power", ("kW", "KW"), ("kilowatts", "kilowatt")),
    ("MW", "power", ("MW",), ("megawatts", "megawatt")),
    ("GW", "power", ("GW",), ("gigawatts", "gigawatt")),
    ("TW", "power", ("TW",), ("terawatts", "terawatt")),
    ("hp", "power", ("hp", "bhp"), ("horsepower", "brake horsepower")),
    ("Hz", "frequency", ("Hz",), ("hertz",)),
    ("kHz", "frequency", ("kHz",), ("kilohertz",)),
    ("MHz", "frequency", ("MHz",), ("megahertz",)),
    ("GHz", "frequency", ("GHz",), ("gigahertz",)),
    ("V", "voltage", ("V",), ("volts", "volt")),
    ("kV", "voltage", ("kV",), ("kilovolts", "kilovolt")),
    ("psi", "pressure", ("psi",), ()),
    ("hPa", "pressure", ("hPa",), ("hectopascals", "hectopascal")),
    ("mbar", "pressure", ("mb", "mbar"), ("millibars", "millibar")),
    ("dB", "sound level", ("dB",), ("decibels", "decibel")),
    ("mAh", "electric charge", ("mAh",), ("milliamp hours", "milliamp-hours")),
    ("mmHg", "pressure", ("mmHg",), ("millimetres of mercury",)),
    ("µg", "mass", ("µg", "μg", "mcg"), ("micrograms", "microgram")),
    (
        "µg/m³",
        "concentration",
        ("µg/m3", "μg/m3", "µg/m³", "μg/m³"),
        ("micrograms per cubic metre",),
    ),
    ("ppm", "concentration", ("ppm",), ("parts per million",)),
    ("ppb", "concentration", ("ppb",), ("parts per billion",)),
    ("MP", "image resolution", ("MP",), ("megapixels", "megapixel")),
    ("GL", "volume", ("GL",), ("gigalitres", "gigalitre", "gigaliters")),
    ("ML", "volume", ("ML",), ("megalitres", "megalitre", "megaliters")),
    ("length", "horse-racing distance", (), ("lengths",)),
]
# Abbreviations read only when printed onto the number: every lone letter, and a few that are
# words or titles after a space ("3 in", "50 MP").
ATTACHED_ONLY_UNITS = {a for _, _, abbrs, _ in MEASURE_UNITS for a in abbrs if len(a) == 1} | {
    "in",
    "st",
    "MP",
    "ML",
}
# Durations are read separately (kind ``duration``); these are their abbreviations.
DURATION_ABBREVIATIONS = {
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "min": "minutes",
    "mins": "minutes",
    "sec": "seconds",
    "secs": "seconds",
    "yr": "years",
    "yrs": "years",
    "wk": "weeks",
    "wks": "weeks",
}

# --- currencies ----------------------------------------------------------------------------------
# ISO 4217 codes the extractor reads before or after a number ("USD4.5bn", "CHF 12m", "5m EUR").
# Codes that are also common words or names (ALL, CUP, TOP, PHP, MOP, and COP, the UN climate
# conference) are left out.
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY HKD AUD CAD NZD SGD CHF INR PKR BDT LKR NPR IDR MYR THB VND KRW TWD "
    "SAR AED QAR KWD BHD OMR ILS EGP NGN KES ZAR GHS ETB TND TRY RUB UAH PLN CZK HUF RON SEK "
    "NOK DKK ISK MXN BRL ARS CLP PEN XOF XAF IRR IQD LBP JOD DZD UGX TZS RSD BTC"
).split()
# Symbols and abbreviations printed before a number, and the ISO code each stands for.
CURRENCY_PREFIXES = {
    "US$": "USD",
    "U.S.$": "USD",
    "$US": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "$A": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "HK$": "HKD",
    "NT$": "TWD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "Mex$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",  # or CNY: the extractor decides from the words around it
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "₪": "ILS",
    "₫": "VND",
    "₴": "UAH",
    "₵": "GHS",
    "฿": "THB",
    "₿": "BTC",
    "RMB": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
    "Re": "INR",
    "Re.": "INR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "RM": "MYR",
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",
    "Tk": "BDT",
    "Dh": "AED",
    "Dhs": "AED",
    "R": "ZAR",  # only with a scale or thousands separator: "R5bn", "R1,500"
}
# Symbols printed after a number in continental style: "12 €", "500 zł".
CURRENCY_SUFFIX_SYMBOLS = {"€": "EUR", "zł": "PLN", "₽": "RUB", "₺": "TRY", "₴": "UAH", "Kč": "CZK"}
# Currency words, singular (the plural adds s unless listed), and the ISO code of the usual one.
CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupee": "INR",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "won": "KRW",
    "dong": "VND",
    "peso": "MXN",
    "real": "BRL",
    "reais": "BRL",
    "rand": "ZAR",
    "naira": "NGN",
    "cedi": "GHS",
    "shilling": "KES",
    "franc": "CHF",
    "dinar": "IQD",
    "dirham": "AED",
    "riyal": "SAR",
    "rial": "IRR",
    "lira": "TRY",
    "rouble": "RUB",
    "ruble": "RUB",
    "hryvnia": "UAH",
    "zloty": "PLN",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "forint": "HUF",
    "lei": "RON",
    "leu": "RON",
    "taka": "BDT",
    "kyat": "MMK",
    "birr": "ETB",
    "kwacha": "ZMW",
    "bitcoin": "BTC",
}
# Words that are currencies only after a scale or a nationality ("5bn won", not "they won").
CURRENCY_WORDS_NEEDING_SCALE = {"won", "dong", "real"}
# A nationality before a currency word that changes the code: "Australian dollars" -> AUD.
CURRENCY_QUALIFIERS = {
    ("dollar", "us"): "USD",
    ("dollar", "u.s."): "USD",
    ("dollar", "american"): "USD",
    ("dollar", "australian"): "AUD",
    ("dollar", "canadian"): "CAD",
    ("dollar", "hong kong"): "HKD",
    ("dollar", "hk"): "HKD",
    ("dollar", "singapore"): "SGD",
    ("dollar", "new zealand"): "NZD",
    ("dollar", "taiwan"): "TWD",
    ("dollar", "taiwanese"): "TWD",
    ("dollar", "jamaican"): "JMD",
    ("dollar", "zimbabwean"): "ZWL",
    ("pound", "egyptian"): "EGP",
    ("pound", "lebanese"): "LBP",
    ("pound", "syrian"): "SYP",
    ("pound", "sudanese"): "SDG",
    ("pound", "british"): "GBP",
    ("peso", "mexican"): "MXN",
    ("peso", "argentine"): "ARS",
    ("peso", "argentinian"): "ARS",
    ("peso", "chilean"): "CLP",
    ("peso", "colombian"): "COP",
    ("peso", "philippine"): "PHP",
    ("peso", "cuban"): "CUP",
    ("rupee", "indian"): "INR",
    ("rupee", "pakistani"): "PKR",
    ("rupee", "sri lankan"): "LKR",
    ("rupee", "nepalese"): "NPR",
    ("franc", "swiss"): "CHF",
    ("franc", "cfa"): "XOF",
    ("franc", "rwandan"): "RWF",
    ("franc", "congolese"): "CDF",
    ("dinar", "iraqi"): "IQD",
    ("dinar", "jordanian"): "JOD",
    ("dinar", "kuwaiti"): "KWD",
    ("dinar", "tunisian"): "TND",
    ("dinar", "algerian"): "DZD",
    ("dinar", "serbian"): "RSD",
    ("dinar", "libyan"): "LYD",
    ("dinar", "bahraini"): "BHD",
    ("dirham", "moroccan"): "MAD",
    ("dirham", "uae"): "AED",
    ("dirham", "emirati"): "AED",
    ("riyal", "saudi"): "SAR",
    ("riyal", "qatari"): "QAR",
    ("rial", "omani"): "OMR",
    ("rial", "iranian"): "IRR",
    ("shilling", "kenyan"): "KES",
    ("shilling", "ugandan"): "UGX",
    ("shilling", "tanzanian"): "TZS",
    ("krone", "norwegian"): "NOK",
    ("krone", "danish"): "DKK",
    ("kroner", "norwegian"): "NOK",
    ("kroner", "danish"): "DKK",
    ("krona", "swedish"): "SEK",
    ("krona", "icelandic"): "ISK",
    ("won", "south korean"): "KRW",
    ("won", "korean"): "KRW",
    ("won", "north korean"): "KPW",
    ("yuan", "chinese"): "CNY",
    ("yen", "japanese"): "JPY",
    ("lira", "turkish"): "TRY",
    ("real", "brazilian"): "BRL",
    ("rand", "south african"): "ZAR",
    ("naira", "nigerian"): "NGN",
}
# Minor units are written in the currency's main unit, with its ISO code: "52 cents" is 0.52 USD,
# "149.2p" is 1.492 GBP ("cents" are US cents unless a qualifier or a symbol says otherwise).
MINOR_CURRENCY_UNITS = {"p": "GBP", "pence": "GBP", "cent": "USD", "cents": "USD"}
MINOR_CURRENCY_QUALIFIERS = {
    "us": "USD",
    "u.s.": "USD",
    "euro": "EUR",
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
}

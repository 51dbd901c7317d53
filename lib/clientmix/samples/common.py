"""What every sample company shares: the calendar, French names and towns, ids, dates, amounts.

History 2022-01-01 .. 2024-12-31, analysis period = calendar 2024. Month indexes count from
January 2022 (0) to December 2024 (35). Amounts are integer cents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

PERIOD_START = pd.Timestamp("2024-01-01")
PERIOD_END = pd.Timestamp("2024-12-31")
YEARS = (2022, 2023, 2024)
N_MONTHS = 36

HOLIDAYS = np.array(
    [
        f"{y}-{md}"
        for y in YEARS
        for md in ("01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25")
    ],
    dtype="datetime64[D]",
)
MONTHS_FR = np.array(
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)

# ----------------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------------
SURNAMES = (
    (
        "Martin Bernard Durand Petit Leroy Moreau Simon Laurent Lefebvre Michel Garnier Faure "
        "Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier "
        "Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Nguyen Boyer Denis Lemaire "
        "Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean Perez Marchand Dufour "
        "Blanchard Gillet Chevallier Fabre Barbier Brun Dumas Brunet Schmitt Colin Le_Gall "
        "Le_Bihan Le_Goff Guillou Tanguy Jaouen Cadiou Kerbrat Le_Roux Pichon Baudry Chauvin"
    )
    .replace("_", " ")
    .split()
)
TOWNS_PDL = (
    "Nantes|Saint-Herblain|Rezé|Saint-Nazaire|Angers|Cholet|La Roche-sur-Yon|Laval|Le Mans|"
    "Saumur|Orvault|Vertou|Carquefou|Couëron|Bouguenais|Sainte-Luce-sur-Loire|La Baule-Escoublac|"
    "Pornic|Clisson|Ancenis-Saint-Géréon|Châteaubriant|Les Sables-d'Olonne|Challans|Mayenne|"
    "Sablé-sur-Sarthe|La Flèche|Segré-en-Anjou Bleu|Guérande|Machecoul|Montaigu-Vendée|"
    "Fontenay-le-Comte|Château-Gontier|Trélazé|Avrillé|Les Ponts-de-Cé|Allonnes|Coulaines|"
    "Pornichet|Savenay|Blain|Nort-sur-Erdre|Treillières|La Chapelle-sur-Erdre|Basse-Goulaine|"
    "Thouaré-sur-Loire|Le Pellerin|Indre|Donges|Montoir-de-Bretagne|Herbignac"
).split("|")
TOWNS_WEST = (
    "Quimper|Brest|Morlaix|Lorient|Vannes|Pontivy|Loudéac|Lamballe|Saint-Brieuc|Guingamp|"
    "Landerneau|Carhaix|Châteaulin|Douarnenez|Concarneau|Quimperlé|Ploërmel|Vitré|Fougères|"
    "Redon|Rennes|Lannion|Paimpol|Dinan|Landivisiau|Saint-Malo|Châteaugiron|Josselin|Auray|"
    "Hennebont|Vire|Saint-Lô|Avranches|Cholet|Ancenis|Chateaubriant|Laval|Craon|Locminé"
).split("|")
PEOPLE = (
    "Jules Verne|Aristide Briand|Jean Moulin|Victor Hugo|Anne de Bretagne|Gabriel Guist'hau|"
    "Clemenceau|Jean Jaurès|Marie Curie|Albert Camus|Louis Pasteur|Simone Veil|Jacques Prévert|"
    "Paul Langevin|Rosa Parks|Olympe de Gouges|Saint-Exupéry|La Colinière|Les Bourdonnières|"
    "Jean Monnet"
).split("|")


def combos(patterns: Sequence[str], **lists: Sequence[str]) -> list[str]:
    """All strings obtained by filling each pattern's single placeholder with each list item."""
    out: list[str] = []
    for pattern in patterns:
        key = re.search(r"\{(\w+)\}", pattern).group(1)  # type: ignore[union-attr]
        out.extend(pattern.format(**{key: item}) for item in lists[key])
    return out


def pick_names(
    rng: np.random.Generator, pool: Sequence[str], k: int, exclude: Sequence[str] = ()
) -> np.ndarray:
    """``k`` distinct names drawn from ``pool`` (numbered when the pool is too small)."""
    pool_arr = np.array(sorted(set(pool) - set(exclude)), dtype=object)
    names = pool_arr[rng.permutation(len(pool_arr))[: min(k, len(pool_arr))]]
    if k > len(names):
        extra = rng.choice(pool_arr, size=k - len(names))
        names = np.concatenate([names, extra])
    s = pd.Series(names, dtype=object)
    rank = s.groupby(s).cumcount()
    return np.where(rank > 0, s + " " + (rank + 1).astype(str), s).astype(object)


def private_names(
    rng: np.random.Generator, activities: Sequence[str], k: int, forms: Sequence[str]
) -> np.ndarray:
    """``k`` distinct private company names "<activity> <surname> <form>"."""
    pool = [f"{a} {s}" for a in activities for s in SURNAMES]
    base = pick_names(rng, pool, k)
    form = rng.choice(np.array(forms, dtype=object), size=k)
    return np.where(form == "", base, base + " " + form).astype(object)


# ----------------------------------------------------------------------------------------------
# Random generator, ids, dates
# ----------------------------------------------------------------------------------------------
def sample_rng(seed: int, sample: int) -> np.random.Generator:
    """The generator of sample number ``sample`` (1, 2, 3) for ``seed``."""
    return np.random.default_rng([seed, sample])


def distinct_ids(rng: np.random.Generator, k: int, low: int, high: int) -> np.ndarray:
    """``k`` distinct sorted integers in [low, high)."""
    return np.sort(rng.choice(np.arange(low, high), size=k, replace=False))


def business_days(year: int) -> np.ndarray:
    """The business days of ``year`` (weekends and French public holidays excluded)."""
    days = np.arange(f"{year}-01-01", f"{year + 1}-01-01", dtype="datetime64[D]")
    return days[np.is_busday(days, holidays=HOLIDAYS)]


def month_start(m: np.ndarray) -> np.ndarray:
    """First day of month index ``m`` (0 = January 2022)."""
    return np.datetime64("2022-01", "M") + m.astype("timedelta64[M]")


def month_end(m: np.ndarray) -> np.ndarray:
    """Last calendar day of month index ``m`` (0 = January 2022)."""
    return (month_start(m + 1)).astype("datetime64[D]") - np.timedelta64(1, "D")


def random_day_in_month(rng: np.random.Generator, m: np.ndarray) -> np.ndarray:
    """A business day in month ``m`` (day 1..24 rolled forward to a business day)."""
    day = month_start(m).astype("datetime64[D]") + rng.integers(0, 24, len(m)).astype(
        "timedelta64[D]"
    )
    return np.busday_offset(day, 0, roll="forward", holidays=HOLIDAYS)


# ----------------------------------------------------------------------------------------------
# Amounts and their French text
# ----------------------------------------------------------------------------------------------
def to_cents(x: np.ndarray) -> np.ndarray:
    """Currency units -> integer cents (rounded)."""
    return np.round(np.asarray(x, dtype=float) * 100).astype(np.int64)


def fr_amount(cents: np.ndarray, thousands: str = "") -> pd.Series:
    """Integer cents -> French text "-1 234,56" (``thousands`` between groups of 3 digits)."""
    cents = np.asarray(cents, dtype=np.int64)
    a = np.abs(cents)
    euros = pd.Series(a // 100, dtype=np.int64).astype(str)
    if thousands:
        euros = euros.str.replace(r"\B(?=(\d{3})+(?!\d))", thousands, regex=True)
    dec = pd.Series(a % 100, dtype=np.int64).astype(str).str.zfill(2)
    sign = pd.Series(np.where(cents < 0, "-", ""))
    return (sign + euros + "," + dec).astype(object)


def fr_date(dates: pd.Series) -> pd.Series:
    """Datetimes -> "dd/mm/yyyy" (formatted once per distinct date)."""
    codes, uniq = pd.factorize(pd.to_datetime(pd.Series(dates)))
    return pd.Series(np.asarray(uniq.strftime("%d/%m/%Y"), dtype=object)[codes], index=dates.index)

"""Deterministic sample engagements: fake but realistic French sales exports.

:func:`write_samples` writes one folder per sample under ``data_dir``. Each folder holds an
``engagement.yaml`` (the contract of ARCHITECTURE.md), the raw files exported the way French
invoicing software does it (Windows-1252 CSV with decimal commas, Excel with text-cell ids, tab
separated text), and an ``expected.json`` with the headline figures **computed by the generator
from the rows it generated** (integer cents), never by reading the files back, so tests can check
the loader and the pipeline against them.

Samples (history 2022-01-01 .. 2024-12-31, analysis period = calendar 2024), one module each:

``infogerance-pdl`` (:mod:`.infogerance`)
    IT managed services (like Proselis, seed 000): ~540 customers, public bodies and companies,
    largest customer about 3 % of revenue, revenue growing about 10 % a year.
``services-agro`` (:mod:`.services_agro`)
    Services company "S." (seed 002): ~3 M EUR, ~150 customers, agro-food heavy; the biggest
    customer stops at the end of 2023, the third one falls by 40 % in 2024; direct costs known.
    Its FEC twin ``services-agro-fec`` holds the same sales as the accountant's export.
``negoce-atlantique`` (:mod:`.negoce`)
    A distributor (seed 003): ~1,200 customers, the lowest-revenue half brings about 5 % of
    revenue; lines with quantity and unit price; no column mapping, the loader matches headers.
``harbor-analytics`` (:mod:`.harbor`)
    A US analytics consultancy reported in English (USD, ``language: en``, locale en_US):
    ~230 customers, a hospital group rising from ~9 % to ~14 % of revenue (an ASC 280 major
    customer); comma-separated export with MM/DD/YYYY dates; direct costs known.

Every sample carries a few messy rows (missing customer id, unparseable date, non-numeric amount,
an exact duplicate line, credit notes, a customer cancelled to zero in 2024, a customer missing
from the customer file and one without invoices); ``expected.json`` documents them.

Determinism: the same ``seed`` gives byte-identical files, Excel files included (the workbook's
core-property timestamps and the zip entry times are fixed after openpyxl writes them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from clientmix.samples import harbor, infogerance, negoce, services_agro
from clientmix.samples.expected import cents_concentration as _concentration

# _concentration: the generator's own concentration on cents, which tests compare with the loader's
__all__ = ["FEC_TWINS", "SAMPLES", "_concentration", "write_samples"]

_WRITERS: dict[str, Callable[[Path, int], None]] = {
    infogerance.NAME: infogerance.write_infogerance,
    services_agro.NAME: services_agro.write_services_agro,
    negoce.NAME: negoce.write_negoce,
    harbor.NAME: harbor.write_harbor,
}
SAMPLES: tuple[str, ...] = tuple(_WRITERS)
FEC_TWINS: dict[str, str] = {services_agro.FEC_NAME: services_agro.NAME}
"""FEC sample engagements and the ledger sample each one mirrors (same sales, same figures)."""


def write_samples(data_dir: Path | str = "data/samples", seed: int = 20241231) -> list[Path]:
    """Write the sample engagements, one folder per name in :data:`SAMPLES`.

    Parameters
    ----------
    data_dir : folder receiving one sub-folder per sample (created if needed; files in it are
        overwritten, nothing else is removed).
    seed : seed of the numpy Generator; the same seed gives byte-identical files.

    Returns
    -------
    The sample folders, in the order of :data:`SAMPLES`, each FEC twin right after the ledger
    sample it mirrors.
    """
    root = Path(data_dir)
    folders = []
    for name in SAMPLES:
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        _WRITERS[name](folder, seed)
        folders.append(folder)
        folders.extend(root / twin for twin, ledger in FEC_TWINS.items() if ledger == name)
    return folders

"""French wording of the report and of the console, one module per area.

Each area module holds ``WORDS``: key -> template (``str.format`` fields, filled with values
already formatted by the caller). Keys are unique across areas; the other language has the
same keys (a test checks both).
"""

from clientmix.core.wording.fr import (
    checks,
    classify,
    cli,
    common,
    dependency,
    fec,
    ingest,
    profile,
    report,
    segment,
)

AREAS = (common, ingest, fec, profile, segment, classify, dependency, checks, report, cli)
ATTRIBUTES = common.ATTRIBUTES

"""Report: executing the notebooks of the registered sections, assembling metrics.json from
what the sections published, the self-contained HTML file, clients.xlsx."""

import sys

# nbformat -> jsonschema imports the optional ``rfc3987_syntax``, which builds a grammar at
# import time (over 2 s); notebook validation never checks IRIs, so keep it out of this process.
if "rfc3987_syntax" not in sys.modules:
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

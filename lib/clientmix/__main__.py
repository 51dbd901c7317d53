"""``python -m clientmix``: the same as the ``clientmix`` command."""

import sys

from .cli import main

sys.exit(main())

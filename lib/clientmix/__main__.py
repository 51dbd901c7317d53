"""``python -m clientmix``: the same as the ``clientmix`` command."""

import sys

from clientmix.cli import main

sys.exit(main())

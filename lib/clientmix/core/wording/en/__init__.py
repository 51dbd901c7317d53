"""English wording of the report and of the console: one module per area, each with a
``WORDS`` table (key -> template); see :mod:`clientmix.core.wording`."""

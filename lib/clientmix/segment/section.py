"""The "Who are your customers" section of the report (notebook 03_segment); it hands no
figures to metrics.json yet."""

from clientmix.core import sections

SECTION = sections.Section(name="segment", notebook="03_segment")

"""The "Customers do not all weigh the same" section of the report (notebook 04_classify); it
hands no figures to metrics.json yet."""

from clientmix.core import sections

SECTION = sections.Section(name="classify", notebook="04_classify")

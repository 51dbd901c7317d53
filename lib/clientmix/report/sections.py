"""The one list the report reads, in report order: the sections and their notebooks.

Adding a section: a stage package with its ``section.py`` (a :class:`Section`, and a
``publish`` call at the end of its notebook), its notebook, and one line here.
"""

from __future__ import annotations

from clientmix.classify.section import SECTION as CLASSIFY
from clientmix.core.sections import Section
from clientmix.dependency.section import SECTION as DEPENDENCY
from clientmix.ingest.section import SECTION as INGEST
from clientmix.profile.section import SECTION as PROFILE
from clientmix.recommend.section import SECTION as RECOMMEND
from clientmix.retention.section import SECTION as RETENTION
from clientmix.segment.section import SECTION as SEGMENT
from clientmix.value.section import SECTION as VALUE

SECTIONS: tuple[Section, ...] = (
    INGEST,
    PROFILE,
    SEGMENT,
    RETENTION,
    VALUE,
    CLASSIFY,
    DEPENDENCY,
    RECOMMEND,
)
# the notebooks to run, in order (a notebook may hold several sections)
NOTEBOOKS: tuple[str, ...] = tuple(dict.fromkeys(section.notebook for section in SECTIONS))

"""A missing hand-over table names the notebook that writes it."""

from __future__ import annotations

import pytest

from clientmix.core import interim
from clientmix.errors import ClientmixError


@pytest.mark.parametrize(
    ("table", "notebook"),
    [
        ("invoices", "01_load"),
        ("profile", "02_profile"),
        ("former", "02_profile"),
        ("prospects", "02_profile"),
        ("customer_bridge", "03_segment"),
        ("customer_classes", "04_classify"),
    ],
)
def test_missing_table_names_its_notebook(tmp_path, table, notebook):
    with pytest.raises(ClientmixError) as err:
        interim.read(tmp_path, table)
    assert notebook in str(err.value)
    others = {"01_load", "02_profile", "03_segment", "04_classify"} - {notebook}
    assert not any(other in str(err.value) for other in others)

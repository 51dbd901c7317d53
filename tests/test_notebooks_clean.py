"""The notebooks in git: no outputs, a parameters cell, thin code (no loops or helpers)."""

from __future__ import annotations

import ast

import nbformat
import pytest

from clientmix.report.execute import notebooks_dir
from clientmix.report.sections import NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_clean_and_thin(name):
    path = notebooks_dir() / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "clientmix"
    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        assert cell.outputs == [], f"{path}: outputs stored in git"
        assert cell.execution_count is None, f"{path}: execution count stored in git"
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and params[0] is code[0]
    assigned = {
        t.id for node in ast.parse(params[0].source).body for t in getattr(node, "targets", [])
    }
    assert {"engagement_dir", "output_dir", "language"} <= assigned
    for cell in code:
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(
                node, ast.For | ast.While | ast.FunctionDef | ast.ClassDef | ast.Lambda
            ), f"{path}: loops and helpers belong in lib/clientmix"

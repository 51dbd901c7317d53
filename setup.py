"""Build hook, nothing else (every setting is in pyproject.toml).

The report's notebooks live once in git, in the top-level ``notebooks/`` (where JupyterLab opens
them). A built wheel, and so a non-editable ``pip install .``, carries them inside the package as
``clientmix/notebooks/*.ipynb`` (package data), where an installed ``clientmix report`` finds
them (``clientmix.report.execute.notebooks_dir``). An editable install reads them from the
checkout instead.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"


class BuildPyWithNotebooks(build_py):
    """``build_py`` that also copies ``notebooks/*.ipynb`` to ``clientmix/notebooks/``."""

    def _notebook_targets(self) -> list[tuple[Path, Path]]:
        target = Path(self.build_lib) / "clientmix" / "notebooks"
        return [(nb, target / nb.name) for nb in sorted(NOTEBOOKS.glob("*.ipynb"))]

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, target in self._notebook_targets():
            target.parent.mkdir(parents=True, exist_ok=True)
            self.copy_file(str(source), str(target), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return outputs + [str(target) for _, target in self._notebook_targets()]


setup(cmdclass={"build_py": BuildPyWithNotebooks})

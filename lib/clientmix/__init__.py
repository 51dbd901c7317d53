"""clientmix: diagnose a company's customer portfolio."""

__version__ = "0.1.0"

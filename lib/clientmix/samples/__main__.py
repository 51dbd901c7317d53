"""``python -m clientmix.samples``: write the sample engagements to data/samples/."""

from __future__ import annotations

from clientmix.samples import write_samples


def main() -> None:
    """Write the samples with the default folder and seed; print each folder written."""
    for path in write_samples():
        print(path)


if __name__ == "__main__":  # pragma: no cover
    main()

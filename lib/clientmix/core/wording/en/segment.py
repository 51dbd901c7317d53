"""English wording of segmentation (stage 03)."""

WORDS: dict[str, str] = {
    "segment_criterion_missing": (
        "Unknown segmentation criterion: the column '{column}' (segmentation in "
        "engagement.yaml) does not exist. Columns available: {columns}. Fix the criterion's "
        "name or map the column in the customers file (customers.columns)."
    ),
    "segment_no_attribute": (
        "The customers file gives no attribute (sector, size, region...) to group customers "
        "by: the typology remains to be built with the company."
    ),
    "segment_attributes": (
        "The customers file groups customers by: {names}. For each criterion, here are the "
        "number of customers and the revenue of the period."
    ),
    "segment_bin": "{low} – {high}",
    "segment_criterion": "Criterion",
    "segment_group": "Group",
}

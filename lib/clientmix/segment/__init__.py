"""Stage 03 "segment": customers and revenue by the consultant's criteria."""

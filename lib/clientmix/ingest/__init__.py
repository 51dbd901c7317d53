"""Stage 01 "ingest": engagement.yaml, raw readers, French-convention parsing, loading with reconciliation, FEC."""

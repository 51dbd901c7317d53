"""Report: executing the notebooks, assembling metrics.json, the HTML file."""

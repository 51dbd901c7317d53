"""Stage recommend (notebook 05_recommend): what to do about it. The executive summary from
explicit rules, a process per class, effort against value, sleeping revenue, diversification
targets, the key-account team and the action plan in small steps."""

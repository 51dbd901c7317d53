"""What every stage uses and that uses no stage: wording and number formats, display objects, chart style, interim I/O, the profile column registry."""

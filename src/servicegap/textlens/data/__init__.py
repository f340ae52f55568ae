"""Training examples written for servicegap (no text from public datasets)."""

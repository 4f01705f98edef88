"""Data shipped with juryapp: référentiels, fonts, document templates and JSON schemas."""

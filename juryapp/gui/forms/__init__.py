"""Compiled Qt Designer forms (from ui/, by scripts/build_forms.py): do not edit."""

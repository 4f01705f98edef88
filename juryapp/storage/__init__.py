"""The session file (one SQLite file per session) and the référentiel library."""

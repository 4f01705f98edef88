"""The public JSON formats of EXCHANGE.md: référentiel, session and results documents."""

"""A range of rows is hashed a chunk at a time (`ledger.range_digest`): the digest must be the one
of the whole list's JSON in one piece, as the chain recorded it in every file written before."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from juryapp.storage import ledger


def whole_list_digest(table: str, rows: list[tuple]) -> str | None:
    """The digest as juryapp first wrote it: the whole list's text, hashed in one call."""
    try:
        text = json.dumps(rows, ensure_ascii=False)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(f"{table}\x1f{text}".encode("utf-8", "surrogatepass")).hexdigest()


VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(),  # accents, emoji, lone surrogates, quotes, « , »
)
ROWS = st.lists(st.tuples(st.integers(min_value=1), VALUES, VALUES), max_size=40)


@settings(max_examples=200, deadline=None)
@given(ROWS)
def test_a_range_hashed_by_chunks_has_the_digest_of_the_whole_list(rows: list[tuple]) -> None:
    ledger_chunk = ledger.DIGEST_CHUNK_ROWS
    try:
        ledger.DIGEST_CHUNK_ROWS = 3  # several chunks, a last one shorter
        assert ledger.range_digest("candidates", rows) == whole_list_digest("candidates", rows)
    finally:
        ledger.DIGEST_CHUNK_ROWS = ledger_chunk


def test_chunk_boundaries_of_a_large_table() -> None:
    for count in (0, 1, 999, 1000, 1001, 2500):
        rows = [(i, f"Lefèvre-{i}", "Anaïs", None, 1.5 * i) for i in range(1, count + 1)]
        assert ledger.range_digest("results", rows) == whole_list_digest("results", rows), count


def test_a_blob_has_no_range_digest() -> None:
    rows = [(1, "a"), (2, b"\x00\x01")]
    assert ledger.range_digest("drafts", rows) is None
    assert ledger.range_digest("drafts", [(i, "x") for i in range(1, 2000)] + rows) is None

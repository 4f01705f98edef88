"""The auto planner's bookkeeping: busy times of a room, juror or candidate on a day, the
collective sittings under way, the slots found and the épreuves left out.

Part of `juryapp.rules.schedule`. Times are minutes from midnight of a day.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

NEVER = 10**9  # a start time no day reaches
DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Unplaced:
    """An épreuve of a present candidate the planner found no slot for, and why (in French)."""

    candidate: str
    assessment: str
    ccp: str | None
    reason: str


class Busy:
    """The busy times of one resource on one day: disjoint [start, end) minutes, sorted."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        low = bisect_left(self.ends, start)  # the first interval that ends at or after `start`
        high = bisect_right(self.starts, end)  # past the last one that starts at or before `end`
        if low < high:
            start, end = min(start, self.starts[low]), max(end, self.ends[high - 1])
        self.starts[low:high] = [start]
        self.ends[low:high] = [end]

    def free_from(self, start: int, length: int) -> int:
        """The earliest time at or after `start` from which `length` minutes are free."""
        starts, ends = self.starts, self.ends
        i = bisect_right(ends, start)
        while i < len(starts) and starts[i] < start + length:
            start = ends[i]
            i += 1
        return start


FREE = Busy()  # nothing busy


def minutes_of(moment: dt.time) -> int:
    """Minutes from midnight."""
    return moment.hour * 60 + moment.minute


@dataclass(slots=True)
class Sitting:
    """A collective épreuve under way: candidates who join it share its room, time and jurors."""

    start: int
    minutes: int
    room: str
    jurors: tuple[str, ...]
    members: int


@dataclass(frozen=True, slots=True)
class Slot:
    """Where and when one épreuve of a candidate is placed (not committed yet)."""

    day: dt.date
    start: int
    minutes: int
    room: str
    jurors: tuple[str, ...]
    joins: Sitting | None = None  # the collective sitting the candidate joins, if any

    @property
    def end(self) -> int:
        return self.start + self.minutes

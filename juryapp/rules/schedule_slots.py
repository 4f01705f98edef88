"""The auto planner's engine: the earliest free slot, one candidate's épreuves, the reasons
for what does not fit.

Part of `juryapp.rules.schedule` (the contract is `auto_plan`'s, in `schedule_auto`). Busy
times only ever grow (kept entries first, then each placed épreuve), which is what lets a
failed search be remembered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from juryapp.model import Assessment, Juror, ScheduleEntry
from juryapp.rules.schedule_base import FINAL_INTERVIEW, MIN_JURORS, PlanContext, Requirement, Room
from juryapp.rules.schedule_busy import DAY_MINUTES, FREE, NEVER, Busy, Sitting, Slot, Unplaced, minutes_of
from juryapp.rules.schedule_wording import juror_name
from juryapp.rules.wording import duration, fr_list, french_date


class Planner:
    """Places épreuves one candidate at a time (see `schedule_auto` for the order and choices)."""

    def __init__(
        self,
        plan: PlanContext,
        days: list[dt.date],
        slot: int,
        pause: int,
        lunch: tuple[dt.time, dt.time] | None,
        collective: Mapping[str, int],
    ) -> None:
        self.plan = plan
        self.rooms: list[Room] = list(plan.rooms.values())
        self.days = days
        self.slot = slot
        self.pause = pause
        self.collective = collective
        self.hours = {room.name: (minutes_of(room.opens), minutes_of(room.closes)) for room in self.rooms}
        self.day_opens = min((o for o, _ in self.hours.values()), default=0)
        self.latest_close = max((c for _, c in self.hours.values()), default=0)
        self.lunch = (minutes_of(lunch[0]), minutes_of(lunch[1])) if lunch is not None else None
        self.room_busy: dict[tuple[dt.date, str], Busy] = {}
        self.juror_busy: dict[tuple[dt.date, str], Busy] = {}
        self.candidate_busy: dict[tuple[dt.date, str], Busy] = {}
        self.sittings: dict[tuple[dt.date, str, str | None], list[Sitting]] = {}
        self.load: dict[str, int] = {juror.ref: 0 for juror in plan.data.jurors}
        self.juror_order = {juror.ref: i for i, juror in enumerate(plan.data.jurors)}
        # Failed searches by day and eligible jurors (None: rooms alone): (from, minutes). Busy
        # times only grow, so a search from no earlier, no shorter, with the same jurors fails too.
        self.failed: dict[tuple[dt.date, tuple[str, ...] | None], list[tuple[int, int]]] = {}
        self.placed: list[ScheduleEntry] = []
        # The jurors on each candidate's individual épreuves so far (a collective sitting's jurors
        # watch a group: they are not the candidate's jury).
        self.panel: dict[str, set[str]] = {}
        self.last_room: dict[str, str] = {}

    # -- busy times ------------------------------------------------------------------------------

    def _room(self, day: dt.date, name: str) -> Busy:
        busy = self.room_busy.get((day, name))
        if busy is None:
            busy = self.room_busy[(day, name)] = Busy()
            if self.lunch is not None:
                busy.add(*self.lunch)
        return busy

    @staticmethod
    def _of(table: dict[tuple[dt.date, str], Busy], day: dt.date, ref: str) -> Busy:
        busy = table.get((day, ref))
        if busy is None:
            busy = table[(day, ref)] = Busy()
        return busy

    def hold(self, entry: ScheduleEntry) -> None:
        """Mark a kept entry's candidate, room and jurors busy (the part of it on its first day);
        a kept collective épreuve can be joined."""
        if entry.end <= entry.start:
            return
        day = entry.start.date()
        start = minutes_of(entry.start.time())
        end = minutes_of(entry.end.time()) if entry.end.date() == day else DAY_MINUTES
        self._of(self.candidate_busy, day, entry.candidate).add(start, end + self.pause)
        if entry.assessment not in self.collective:
            self.panel.setdefault(entry.candidate, set()).update(entry.jurors)
        joined = False
        if entry.assessment in self.collective:
            requirement = self.plan.requirement_of(entry)
            ccp = requirement[0] if requirement is not None else entry.ccp
            sittings = self.sittings.setdefault((day, entry.assessment, ccp), [])
            same = [x for x in sittings if (x.start, x.minutes, x.room) == (start, end - start, entry.room)]
            if same:
                same[0].members += 1
                joined = True
            else:
                sittings.append(Sitting(start, end - start, entry.room, tuple(entry.jurors), 1))
        if entry.room:
            self._room(day, entry.room).add(start, end)
        for ref in dict.fromkeys(entry.jurors):
            self._of(self.juror_busy, day, ref).add(start, end + self.pause)
            if ref in self.load and not joined:
                self.load[ref] += end - start

    def commit(self, ref: str, requirement: Requirement, slot: Slot) -> None:
        self._of(self.candidate_busy, slot.day, ref).add(slot.start, slot.end + self.pause)
        self.last_room[ref] = slot.room
        kind = requirement[1].kind
        if kind not in self.collective:
            self.panel.setdefault(ref, set()).update(slot.jurors)
        if slot.joins is not None:
            slot.joins.members += 1
        else:
            self._room(slot.day, slot.room).add(slot.start, slot.end)
            for juror in slot.jurors:
                self._of(self.juror_busy, slot.day, juror).add(slot.start, slot.end + self.pause)
                self.load[juror] += slot.minutes
            if kind in self.collective:
                sitting = Sitting(slot.start, slot.minutes, slot.room, slot.jurors, 1)
                self.sittings.setdefault((slot.day, kind, requirement[0]), []).append(sitting)
        midnight = dt.datetime.combine(slot.day, dt.time())
        self.placed.append(
            ScheduleEntry(
                ref,
                kind,
                requirement[0],
                slot.room,
                midnight + dt.timedelta(minutes=slot.start),
                midnight + dt.timedelta(minutes=slot.end),
                slot.jurors,
            )
        )

    # -- the earliest slot -----------------------------------------------------------------------

    def _room_free(self, room: Room, day: dt.date, start: int, minutes: int) -> int:
        """The earliest start on the room's grid at or after `start` where it is open and free."""
        opens, closes = self.hours[room.name]
        busy = self._room(day, room.name)
        start = max(start, opens)
        while True:
            start = opens + -(-(start - opens) // self.slot) * self.slot
            if start + minutes > closes:
                return NEVER
            free = busy.free_from(start, minutes)
            if free == start:
                return start
            start = free

    def earliest(
        self, ref: str, day: dt.date, start: int, minutes: int, jurors: list[Juror] | None
    ) -> tuple[int, list[Room], list[str]] | None:
        """The earliest start at or after `start` where the candidate, a room and (unless `jurors`
        is None) two of `jurors` are free for `minutes`, with the rooms and jurors free then.

        Each resource's earliest free start is a non-decreasing function of the time asked; their
        greatest is asked again until none moves: the first start all of them accept."""
        key = (day, tuple(j.ref for j in jurors) if jurors is not None else None)
        if any(t <= start and m <= minutes for t, m in self.failed.get(key, ())):
            return None
        own = self.candidate_busy.get((day, ref), FREE)
        busy = [self._of(self.juror_busy, day, j.ref) for j in jurors] if jurors is not None else []
        padded = minutes + self.pause
        moment = start
        while True:
            free = own.free_from(moment, padded)
            room_start = min((self._room_free(room, day, free, minutes) for room in self.rooms), default=NEVER)
            if room_start >= NEVER:
                break
            following = room_start
            if jurors is not None:
                following = sorted(b.free_from(room_start, padded) for b in busy)[MIN_JURORS - 1]
                if following + minutes > self.latest_close:
                    break
            if following == moment:
                rooms = [r for r in self.rooms if self._room_free(r, day, moment, minutes) == moment]
                free_jurors = [
                    j.ref for j, b in zip(jurors or [], busy, strict=True) if b.free_from(moment, padded) == moment
                ]
                return moment, rooms, free_jurors
            moment = following
        if not own.starts:  # the candidate's own times played no part: the failure holds for all
            self.failed.setdefault(key, []).append((start, minutes))
        return None

    def _joinable(
        self, ref: str, day: dt.date, start: int, requirement: Requirement, eligible: set[str]
    ) -> Sitting | None:
        """The earliest collective sitting of this épreuve from `start` the candidate can join:
        free then, every juror of it eligible for them, a seat left."""
        ccp, assessment = requirement
        seats = self.collective.get(assessment.kind, 0)
        own = self.candidate_busy.get((day, ref), FREE)
        found: Sitting | None = None
        for sitting in self.sittings.get((day, assessment.kind, ccp), ()):
            if (
                sitting.start >= start
                and sitting.minutes == assessment.minutes
                and sitting.members < seats
                and eligible.issuperset(sitting.jurors)
                and own.free_from(sitting.start, sitting.minutes + self.pause) == sitting.start
                and (found is None or sitting.start < found.start)
            ):
                found = sitting
        return found

    def find(
        self,
        ref: str,
        day: dt.date,
        start: int,
        requirement: Requirement,
        jurors: list[Juror],
        panel: set[str],
        previous_room: str | None,
    ) -> Slot | None:
        """The earliest slot from `start` on `day`: a collective sitting to join when it starts
        no later than a new slot would; else a new slot with the jurors of `panel` first among
        those free, then the least loaded, in `previous_room` when it is free, else the first."""
        assessment = requirement[1]
        found = self.earliest(ref, day, start, assessment.minutes, jurors)
        sitting = None
        if assessment.kind in self.collective:
            sitting = self._joinable(ref, day, start, requirement, {j.ref for j in jurors})
        if sitting is not None and (found is None or sitting.start <= found[0]):
            return Slot(day, sitting.start, sitting.minutes, sitting.room, sitting.jurors, sitting)
        if found is None:
            return None
        moment, rooms, free = found
        chosen = sorted(free, key=lambda j: (j not in panel, self.load[j], self.juror_order[j]))[:MIN_JURORS]
        room = next((r.name for r in rooms if r.name == previous_room), rooms[0].name)
        return Slot(day, moment, assessment.minutes, room, tuple(sorted(chosen, key=self.juror_order.__getitem__)))

    # -- one candidate ---------------------------------------------------------------------------

    def place_candidate(self, ref: str, tasks: list[Requirement]) -> list[Unplaced]:
        """Place the candidate's épreuves; those that do not fit, with the reason."""
        jurors = self.plan.eligible_jurors(ref, self.plan.data.session.end)
        reason = ""
        if len(jurors) < MIN_JURORS:
            reason = self._too_few_jurors(jurors)
        elif not self.rooms:
            reason = "aucune salle n'est déclarée"
        elif not self.days:
            reason = "aucun jour n'est choisi pour planifier"
        if reason:
            return [Unplaced(ref, a.kind, ccp, reason) for ccp, a in tasks]
        for day in self.days:
            chain = self._chain(ref, day, tasks, jurors)
            if chain is not None:
                for requirement, slot in zip(tasks, chain, strict=True):
                    self.commit(ref, requirement, slot)
                return []
        return self._one_by_one(ref, tasks, jurors)

    def _chain(self, ref: str, day: dt.date, tasks: list[Requirement], jurors: list[Juror]) -> list[Slot] | None:
        """Every épreuve on `day`, one after the other (the entretien final after the candidate's
        kept épreuves too), or None. Nothing is committed: each slot starts after the previous
        one and its pause, so they cannot collide with one another."""
        slots: list[Slot] = []
        moment = self.day_opens
        panel = set(self.panel.get(ref, set()))
        room = self.last_room.get(ref)
        for requirement in tasks:
            if requirement[1].kind == FINAL_INTERVIEW:
                moment = max(moment, self._own_end(ref, day))
            slot = self.find(ref, day, moment, requirement, jurors, panel, room)
            if slot is None:
                return None
            slots.append(slot)
            if requirement[1].kind not in self.collective:
                panel.update(slot.jurors)
            room = slot.room
            moment = slot.end + self.pause
        return slots

    def _own_end(self, ref: str, day: dt.date) -> int:
        """When the candidate's épreuves of `day` are over (pause included); the opening if none."""
        own = self.candidate_busy.get((day, ref))
        return own.ends[-1] if own is not None and own.ends else self.day_opens

    def _one_by_one(self, ref: str, tasks: list[Requirement], jurors: list[Juror]) -> list[Unplaced]:
        """Each épreuve at the first slot after the previous one placed (over several days), or
        failing that anywhere; the entretien final after every other épreuve of the candidate."""
        left: list[Unplaced] = []
        after = (0, self.day_opens)  # (index of the day, minute)
        for requirement in tasks:
            if requirement[1].kind == FINAL_INTERVIEW:
                last = [(i, self._own_end(ref, d)) for i, d in enumerate(self.days) if (d, ref) in self.candidate_busy]
                after = max([after, *last])
            slot = self._first_from(ref, requirement, jurors, after) or self._first_from(
                ref, requirement, jurors, (0, self.day_opens)
            )
            if slot is None:
                left.append(Unplaced(ref, requirement[1].kind, requirement[0], self._why(ref, requirement[1])))
                continue
            self.commit(ref, requirement, slot)
            after = max(after, (self.days.index(slot.day), slot.end + self.pause))
        return left

    def _first_from(
        self, ref: str, requirement: Requirement, jurors: list[Juror], after: tuple[int, int]
    ) -> Slot | None:
        first_day, moment = after
        panel, room = self.panel.get(ref, set()), self.last_room.get(ref)
        for index in range(first_day, len(self.days)):
            start = moment if index == first_day else self.day_opens
            slot = self.find(ref, self.days[index], start, requirement, jurors, panel, room)
            if slot is not None:
                return slot
        return None

    # -- reasons ---------------------------------------------------------------------------------

    def _too_few_jurors(self, jurors: list[Juror]) -> str:
        data = self.plan.data
        names = fr_list([juror_name(data, j.ref) for j in jurors]) or "aucun"
        return (
            f"jurés habilités au {french_date(data.session.end)} et sans conflit avec ce candidat : "
            f"{len(jurors)} ({names}), il en faut au moins deux"
        )

    def _longest_stretch(self, room: Room) -> int:
        opens, closes = self.hours[room.name]
        if self.lunch is None or self.lunch[1] <= opens or self.lunch[0] >= closes:
            return closes - opens
        return max(self.lunch[0] - opens, closes - self.lunch[1], 0)

    def _why(self, ref: str, assessment: Assessment) -> str:
        if all(self._longest_stretch(room) < assessment.minutes for room in self.rooms):
            return (
                f"l'épreuve dure {duration(assessment.minutes)} : elle ne tient dans les heures d'ouverture "
                f"d'aucune salle (hors pause déjeuner)"
            )
        if any(self.earliest(ref, day, self.day_opens, assessment.minutes, None) for day in self.days):
            return (
                "aucun créneau où une salle, le candidat et deux jurés habilités et sans conflit avec lui "
                "sont libres en même temps"
            )
        return "plus de créneau libre dans les salles les jours choisis"

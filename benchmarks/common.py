"""Timing helpers: medians of repeated runs, printed as ratios to a baseline of the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timings(action: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, measured: list[float], baseline: list[float], baseline_name: str) -> None:
    median = statistics.median(measured)
    base = statistics.median(baseline)
    print(
        f"{name}: ×{median / base:.1f} {baseline_name} "
        f"(médiane {median * 1000:.1f} ms contre {base * 1000:.1f} ms, "
        f"{len(measured)} mesures)"
    )


def interleaved(actions: dict[str, Callable[[], object]], count: int, warmup: int = 1) -> dict[str, list[float]]:
    """`count` timings of each action, one of each in turn (after `warmup` untimed rounds), so that
    a slower moment of the machine weighs on all of them alike."""
    for _ in range(warmup):
        for action in actions.values():
            action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(count):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            samples[name].append(time.perf_counter() - start)
    return samples

"""Benchmarks run by `make bench`: each reported as a ratio to a baseline timed in the same run."""

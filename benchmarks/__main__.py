"""Run every benchmark; each line is a ratio to a baseline measured in the same run."""

from __future__ import annotations

import os
import tempfile

from benchmarks import bench_documents, bench_gui, bench_package, bench_results, bench_save, bench_scale

BENCHMARKS = [bench_results, bench_scale, bench_gui, bench_documents, bench_save, bench_package]


def main() -> None:
    os.environ.setdefault("JURYAPP_DATA_DIR", tempfile.mkdtemp(prefix="juryapp-bench-"))
    for bench in BENCHMARKS:
        bench.run()


if __name__ == "__main__":
    main()

"""The start-up baseline of `make bench`: an empty PySide6 window, frozen as juryapp is
(packaging/empty-window.spec), that prints `juryapp-painted <KiB>` after its first paint and quits
when JURYAPP_EXIT_AFTER_FIRST_PAINT is set: the same program as benchmarks/bench_gui.py's bare window.
"""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from juryapp.gui.first_paint import watch

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    watch(app, window)
    window.show()
    sys.exit(app.exec())

"""The `studitiru` command's entry point (the console script, `main.py` and the bundle).

It pauses Python's cycle collector before the first import: start-up makes a few hundred
thousand objects that live as long as the process, and collecting while they are made costs
about a tenth of the start (`collector.pause_for_startup`). The command line turns the
collector back on before a command runs; the window after its first paint. After the window
has closed and put everything away, the process ends at once (`process_exit`).
"""

from __future__ import annotations


def main() -> int:
    from studitiru import collector

    collector.pause_for_startup()
    from studitiru.cli import main as run

    from studitiru import process_exit

    return process_exit.finish(run())  # after the window: at once (`process_exit`)


if __name__ == "__main__":  # python -m studitiru.launch
    import sys

    sys.exit(main())

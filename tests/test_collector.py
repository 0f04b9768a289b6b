"""The cycle collector is paused for bulk jobs and comes back as it was, even across threads."""

from __future__ import annotations

import gc
import threading

import pytest

from studitiru.collector import paused, pausing


def test_paused_switches_the_collector_off_and_back_on():
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_an_error_inside_still_switches_it_back_on():
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_blocks_in_two_threads():
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with paused():
        pass
    assert not gc.isenabled()  # the other thread's job is still running
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_the_decorator_keeps_the_function():
    @pausing
    def add(a: int, b: int = 1) -> int:
        """Adds."""
        assert not gc.isenabled()
        return a + b

    assert add(2, b=3) == 5 and add.__doc__ == "Adds." and gc.isenabled()


def test_start_up_pauses_the_collector_until_it_ends():
    from studitiru import collector

    collector.pause_for_startup()
    try:
        assert not gc.isenabled()
        with paused():  # a bulk job during start-up (the home page's rule check)
            assert not gc.isenabled()
        assert not gc.isenabled()  # start-up is not over
    finally:
        collector.end_startup()
        gc.unfreeze()
    assert gc.isenabled()


def test_start_up_ending_inside_a_bulk_job_leaves_it_to_the_job():
    from studitiru import collector

    collector.pause_for_startup()
    try:
        with paused():
            collector.end_startup()  # the window's first paint while a report is written in a thread
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        collector.end_startup()
        gc.unfreeze()
        gc.enable()


def test_the_command_line_runs_with_the_collector_on(tmp_path, capsys):
    """`studitiru` pauses the collector for its imports (`launch.main`); a command runs with it on."""
    from studitiru import collector
    from studitiru.cli import main

    collector.pause_for_startup()
    try:
        assert main(["--db", str(tmp_path / "kantor.sqlite3"), "letters", "--json"]) == 0
        assert gc.isenabled()
    finally:
        collector.end_startup()
        gc.unfreeze()
        gc.enable()
    assert capsys.readouterr().out.strip() == "[]"

"""The text pass pauses cyclic GC and always restores it (nesting, errors, threads)."""

from __future__ import annotations

import gc
import threading

import pytest

from mamori.engines.textpass import paused_gc


def test_restores_enabled_collector_after_nested_pauses() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pass is still running
    assert gc.isenabled()


def test_restores_after_an_error() -> None:
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_threads_restore_once_the_last_ends() -> None:
    entered = threading.Barrier(2)
    release = threading.Event()

    def long_pass() -> None:
        with paused_gc():
            entered.wait()
            release.wait(5)

    t = threading.Thread(target=long_pass)
    t.start()
    with paused_gc():
        entered.wait()
    assert not gc.isenabled()  # the other pass is still running
    release.set()
    t.join()
    assert gc.isenabled()

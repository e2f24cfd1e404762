"""The on-disk cache of compiled hyperscan databases (``TextMatcher``).

Compiling a pack's patterns takes seconds (the jp pack: ~10 s), and every process — a
CLI run, each ``--workers`` worker, the API server — builds a matcher, so compiled
databases are kept under ``cache_root()/hyperscan``. What must hold: a warm start loads
instead of compiling; a missing, truncated, corrupt or foreign file only costs a
recompile (never a crash or a wrong database); writes are atomic; the directory does not
grow without bound.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from mamori.text import lexicon as lexicon_module
from mamori.text.lexicon import LexiconSet, TextMatcher
from mamori.text.normalize import normalize


def fresh_lexicons() -> LexiconSet:
    """Lexicons no earlier test compiled (so the first matcher compiles), with a
    literal, a regex and a regex hyperscan refuses (three databases' worth)."""
    tag = f"{random.random():.12f}"
    return LexiconSet.from_texts({"c": f"糖尿病{tag}\n治る\nre:[0-9]+kg{tag[-3:]}\nre:\\bup\\b"})


def files(cache_dir: str) -> list[Path]:
    return sorted(Path(cache_dir, "hyperscan").glob("*.hsc"))


def finds(m: TextMatcher) -> dict[str, list[Any]]:
    return m.find(normalize("糖尿病が治る power up"))


@pytest.fixture
def no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each matcher of a test goes to the disk, not to the in-process memo."""
    monkeypatch.setattr(lexicon_module, "_DB_MEMO", _Forgetful())


class _Forgetful(dict[str, Any]):
    def __setitem__(self, key: str, value: Any) -> None:
        pass


def test_a_warm_start_loads_instead_of_compiling(
    cache_dir: str, no_memo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexs = fresh_lexicons()
    before = set(files(cache_dir))
    cold = TextMatcher(lexs)
    written = set(files(cache_dir)) - before
    assert len(written) == 2  # UTF-16 literals, UTF-8 regexes; the main one is lazy

    def no_compile(*_: Any) -> Any:
        raise AssertionError("compiled although the cache was warm")

    monkeypatch.setattr(TextMatcher, "_compile", no_compile)
    warm = TextMatcher(lexs)
    assert finds(warm) == finds(cold)
    assert warm._re2_bytes.keys() == cold._re2_bytes.keys()


@pytest.mark.parametrize(
    "damage",
    ["garbage", "empty", "truncated", "payload bit flip", "bad magic", "bad header", "wrong size"],
)
def test_a_damaged_cache_file_is_recompiled_and_rewritten(
    cache_dir: str, no_memo: None, damage: str
) -> None:
    lexs = fresh_lexicons()
    before = set(files(cache_dir))
    expected = finds(TextMatcher(lexs))
    written = sorted(set(files(cache_dir)) - before)
    good = {f: f.read_bytes() for f in written}
    for f, blob in good.items():
        magic, header, payload = blob.split(b"\n", 2)
        meta = json.loads(header)
        if damage == "garbage":
            bad = os.urandom(len(blob))
        elif damage == "empty":
            bad = b""
        elif damage == "truncated":
            bad = blob[: len(blob) // 2]
        elif damage == "payload bit flip":
            flipped = bytearray(payload)
            flipped[len(flipped) // 2] ^= 0x10
            bad = magic + b"\n" + header + b"\n" + bytes(flipped)
        elif damage == "bad magic":
            bad = b"something else\n" + header + b"\n" + payload
        elif damage == "bad header":
            bad = magic + b"\n{not json\n" + payload
        else:
            meta["size"] += 1
            bad = magic + b"\n" + json.dumps(meta).encode() + b"\n" + payload
        f.write_bytes(bad)
    again = TextMatcher(lexs)
    assert finds(again) == expected
    for f, blob in good.items():  # rewritten with a valid database
        assert f.read_bytes() == blob


def test_a_database_this_machine_refuses_is_recompiled(
    cache_dir: str, no_memo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file written on another kind of CPU has another key (the platform tag is in
    # it); should one still be refused (hyperscan checks the platform on load), the
    # matcher recompiles.
    lexs = fresh_lexicons()
    expected = finds(TextMatcher(lexs))
    hs = lexicon_module._hs

    def refuse(*_: Any, **__: Any) -> Any:
        raise hs.DatabasePlatformError("database built for another platform")

    monkeypatch.setattr(hs, "loadb", refuse)
    assert finds(TextMatcher(lexs)) == expected


def test_the_key_covers_the_platform(
    cache_dir: str, no_memo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexs = fresh_lexicons()
    TextMatcher(lexs)
    here = set(files(cache_dir))
    monkeypatch.setattr(lexicon_module, "_platform_tag", lambda: "another cpu")
    TextMatcher(lexs)
    assert len(set(files(cache_dir)) - here) == 2
    assert lexicon_module._platform_tag.__name__  # the real one is a cached function


def test_an_unwritable_cache_only_costs_the_compile(
    tmp_path: Path, no_memo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("MAMORI_CACHE_DIR", str(blocker))
    m = TextMatcher(fresh_lexicons())
    assert m.backend == "hyperscan"
    assert finds(m)["c"]


def test_writes_leave_no_temporaries(cache_dir: str, no_memo: None) -> None:
    TextMatcher(fresh_lexicons())
    assert not [p for p in Path(cache_dir, "hyperscan").iterdir() if p.name.startswith(".")]


def test_pruning_drops_the_least_recently_used_and_old_formats(tmp_path: Path) -> None:
    d = tmp_path / "hyperscan"
    d.mkdir()
    paths = []
    for i in range(5):
        p = d / f"{i}.hsc"
        p.write_bytes(b"x" * 100)
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
        paths.append(p)
    os.utime(paths[0], (2_000_000, 2_000_000))  # the oldest file was used recently
    (d / "old.hsdb").write_bytes(b"x")
    (d / "old.json").write_bytes(b"{}")
    stale = d / ".abc.1.2.tmp"
    stale.write_bytes(b"x")
    os.utime(stale, (1_000_000, 1_000_000))
    lexicon_module._prune_cache(d, keep=paths[1], limit=250)
    left = sorted(p.name for p in d.iterdir())
    assert left == ["0.hsc", "1.hsc"]  # 1 is the file just written, 0 recently used


# Too large for hyperscan's start-of-match tracking (compiles without it), and \b under
# UCP (refused outright: re2 runs it). Probing finds both; the verdict file remembers.
_BIG = (
    "re:(びたみん|かるしうむ|鉄|亜鉛|あえん|銅|まぐねしうむ|かりうむ|ないあしん|ぱんとてん酸"
    "|びおちん|葉酸|n-3系脂肪酸|n3系脂肪酸).{0,40}(形成に必要な栄養素|健康維持を助け"
    "|維持に役立つ栄養素|維持を助け|働きを助け|必要な栄養素|抗酸化作用を持つ栄養素|正常な"
    "|発育を助け|成長を助け|形成を助け|吸収を促進)"
)


def judged_lexicons(extra: str) -> LexiconSet:
    return LexiconSet.from_texts({"v": f"{_BIG}\nre:\\bup\\b\n{extra}"})


def regex_pid(m: TextMatcher, pattern: str) -> int:
    return next(pid for pid in m._regex_ids if m._patterns[pid].endswith(pattern))


def test_an_edited_pack_skips_probing_regexes_judged_before(
    cache_dir: str, no_memo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = TextMatcher(judged_lexicons(f"re:一つ目{random.random():.12f}"))
    assert first._no_som and first._re2_bytes

    def no_probing(*_: Any) -> Any:
        raise AssertionError("probed a regex whose verdict is on disk")

    monkeypatch.setattr(lexicon_module, "_rejected", no_probing)
    edited = TextMatcher(judged_lexicons(f"re:二つ目{random.random():.12f}"))
    assert edited._no_som == {regex_pid(edited, "吸収を促進)")}
    assert set(edited._re2_bytes) == {regex_pid(edited, "\\bup\\b")}
    text = normalize("鉄は赤血球の形成に必要な栄養素 power up")
    assert edited.find(text)["v"] == first.find(text)["v"]


def test_a_wrong_verdict_only_costs_the_full_compile(cache_dir: str, no_memo: None) -> None:
    big = lexicon_module.fold_pattern(_BIG[3:])
    big = lexicon_module.lookalike_pattern(big)
    key = lexicon_module._verdict_key(big.encode("utf-8"), lexicon_module._FLAGS)
    lexicon_module._store_verdicts({key: "ok"})  # wrong: it needs no_som
    m = TextMatcher(judged_lexicons(f"re:三つ目{random.random():.12f}"))
    assert m._no_som == {regex_pid(m, "吸収を促進)")}
    assert lexicon_module._verdicts()[key] == "no_som"  # corrected on disk


def test_a_damaged_verdict_file_is_ignored(cache_dir: str, no_memo: None) -> None:
    # the directory exists only once something was compiled: not so when run first
    Path(cache_dir, "hyperscan").mkdir(parents=True, exist_ok=True)
    Path(cache_dir, "hyperscan", lexicon_module._VERDICTS_FILE).write_bytes(b"\x00{not json")
    assert lexicon_module._verdicts() == {}
    m = TextMatcher(judged_lexicons(f"re:四つ目{random.random():.12f}"))
    assert m._no_som and m._re2_bytes
    assert lexicon_module._verdicts()  # rewritten


_BUILD = """
import sys
from mamori.text.lexicon import LexiconSet, TextMatcher
from mamori.text.normalize import normalize
m = TextMatcher(LexiconSet.from_texts({"c": sys.argv[1]}))
print(m.backend, [x.term for x in m.find(normalize("糖尿病が治る"))["c"]])
"""


def test_processes_compiling_at_once_leave_a_valid_cache(tmp_path: Path) -> None:
    import subprocess
    import sys

    content = f"糖尿病\n治る\nre:[0-9]+kg{random.random():.12f}"
    env = {**os.environ, "MAMORI_CACHE_DIR": str(tmp_path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BUILD, content], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outs == ["hyperscan ['糖尿病', '治る']"] * 3
    written = sorted((tmp_path / "hyperscan").glob("*.hsc"))
    assert len(written) == 2
    assert not [p for p in (tmp_path / "hyperscan").iterdir() if p.name.startswith(".")]
    for f in written:  # each one whole: magic, header, payload of the stated size
        magic, header, payload = f.read_bytes().split(b"\n", 2)
        assert magic == lexicon_module._CACHE_MAGIC
        assert json.loads(header)["size"] == len(payload)

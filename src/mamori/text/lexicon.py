"""Lexicon files, exact-match lists, and the compiled multi-pattern matcher.

A pack's risky and permitted wording lives in plain text files that analysts edit
(``lexicons/<name>.txt``): one entry per line, ``#`` comments, ``a|b|c`` for variants
of one term (the first is the canonical term reported as evidence), ``re:PATTERN`` for
an RE2-syntax regex. Every literal is folded with :func:`~mamori.text.normalize.skeleton`,
exactly like the text it is matched against, so ``瘦せる`` in a lexicon also finds
``ﾔ.ｾ.ﾙ`` in a listing. Regexes run on the skeleton too.

All lexicons of a pack compile into two hyperscan (Vectorscan) databases, one of every
literal (matched on UTF-16 code units: a code unit is a character) and one of every
regex (on UTF-8 bytes): two calls on a field find every lexicon's matches. Compiling a
pack takes seconds (the jp pack: ~12 s), so serialised databases are cached on disk,
keyed by a hash of the patterns, flags, hyperscan version and platform, checksummed,
written atomically and pruned (see ``_load_cached``). When hyperscan cannot be imported
(an unsupported CPU or platform), a pure-Python matcher with the same results takes
over: correct, but one to two orders of magnitude slower.

Column scans, for batch engines: ``TextMatcher.scan_column(texts)`` takes a batch of
skeletons (``Normalized``, ``str`` or ``None``) and returns a :class:`ColumnScan`, four
int64 numpy arrays ``row, pattern, start, end`` (character offsets, sorted by row,
start, longest first) holding exactly the matches :meth:`TextMatcher.scan` finds in
each text. ``matcher.lexicon_patterns(name)[col.pattern]`` keeps one lexicon's matches,
``matcher.column_hit_rows(col, name)`` says which rows have any, ``matcher.term(name,
pid)`` names a match's canonical term, and ``matcher.column_scans(col)`` turns the
arrays into per-row :class:`Scan` objects for ``TextView``. Literals are matched in one
hyperscan call over the batch joined by newlines and encoded as UTF-16 (a code unit is a
character, so offsets need no conversion); regexes in a second call over UTF-8, with
any match whose start crosses into the previous text recomputed inside its own text.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import json
import os
import platform
import re
import sys
import threading
import time
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mamori.errors import Diagnostic, DiagnosticsError, Level, Span
from mamori.text.normalize import (
    Normalized,
    cache_root,
    fold_pattern,
    lookalike_pattern,
    lookalike_variants,
    normalize_many,
    skeleton,
)

__all__ = [
    "MAX_REGEX_LENGTH",
    "ColumnScan",
    "Entry",
    "Lexicon",
    "LexiconSet",
    "ListSet",
    "Match",
    "Scan",
    "TextMatcher",
    "parse_lexicon",
    "select_leftmost_longest",
]

MAX_REGEX_LENGTH = 500
_NAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_COMMENT_RE = re.compile(r"(?:^|\s)#")

_hs: Any
try:  # pragma: no cover - exercised by the import itself
    import hyperscan

    _hs = hyperscan
    HAVE_HYPERSCAN = True
except ImportError:  # pragma: no cover - platform without a wheel
    _hs = None
    HAVE_HYPERSCAN = False

# Patterns compile with start-of-match tracking (free for literals, whose width is
# fixed). A regex too large for it compiles without (_NO_SOM_FLAGS) and its start is
# recomputed by re2 for each match end (TextMatcher._tail_start).
# MULTILINE: ^ and $ also match at the newlines that join a column scan's texts, so an
# anchored regex matches in every text of a batch, as in each text alone (a skeleton has
# no newline, so for one text it changes nothing; RE2's ^ and $ are text anchors).
_NO_SOM_FLAGS = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP | _hs.HS_FLAG_MULTILINE if _hs is not None else 0
_FLAGS = _NO_SOM_FLAGS | _hs.HS_FLAG_SOM_LEFTMOST if _hs is not None else 0


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon match: the canonical term and its span in the *normalised* text."""

    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a term with its spelling variants, or a regex."""

    term: str
    variants: tuple[str, ...]
    skeletons: tuple[str, ...]
    regex: str | None
    source: Span


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named list of entries, from one file."""

    name: str
    entries: tuple[Entry, ...]
    path: str
    digest: str

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(e.term for e in self.entries)


def _unmatchable(pattern: str) -> list[tuple[str, int]]:
    """Non-ASCII characters of a (folded) regex that the skeleton never contains.

    Only non-ASCII characters are judged: none is a regex metacharacter, so each stands
    for itself. Long-vowel marks and dashes are context-dependent and left alone.
    """
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    folded = _char_skeletons(pattern)
    for at, ch in enumerate(pattern):
        if ch.isascii() or ch in "ー―‐−–—─━" or ch in seen:
            continue
        seen.add(ch)
        if folded[ch] != ch:
            out.append((ch, at))
    return out


_CHAR_SKELETONS: dict[str, str] = {}


def _char_skeletons(text: str) -> dict[str, str]:
    """The skeleton of each non-ASCII character of ``text`` on its own, memoised and
    computed in one batch: a pack's regexes hold thousands of characters, mostly the
    same few hundred, and one normalisation per character was most of a warm start."""
    memo = _CHAR_SKELETONS
    new = list({ch for ch in text if not ch.isascii() and ch not in memo})
    if new:
        if len(memo) > 1 << 16:
            memo.clear()
        memo.update(zip(new, (n.text for n in normalize_many(new)), strict=True))
    return memo


def _strip_comment(line: str) -> str:
    m = _COMMENT_RE.search(line)
    return (line[: m.start()] if m else line).rstrip()


def _check_regex(pattern: str) -> str | None:
    """Why an RE2 pattern is unusable, or None when it is fine."""
    import re2

    if len(pattern) > MAX_REGEX_LENGTH:
        return f"regex longer than {MAX_REGEX_LENGTH} characters / 正規表現が長すぎます"
    try:
        compiled = re2.compile(pattern)
    except re2.error as exc:  # RE2 syntax is the contract, whatever hyperscan accepts
        return f"invalid RE2 regex / 正規表現の構文エラー: {exc}"
    if compiled.fullmatch("") is not None:
        return "regex matches the empty string / 空文字列にマッチする正規表現です"
    return None


def parse_lexicon(
    name: str, content: str, file: str = "<string>"
) -> tuple[Lexicon, list[Diagnostic]]:
    """Parse one lexicon file, collecting every problem instead of stopping at the first.

    >>> lex, problems = parse_lexicon("jp.demo", "痩せる|やせる  # slimming\\nre:\\\\d+kg減\\n")
    >>> [(e.term, e.skeletons, e.regex) for e in lex.entries]
    [('痩せる', ('痩せる', 'やせる'), None), ('re:\\\\d+kg減', (), '(?i)\\\\d+kg減')]
    >>> problems
    []
    """
    diags: list[Diagnostic] = []
    if not _NAME_RE.match(name):
        diags.append(
            Diagnostic(
                "T100",
                f"invalid lexicon name {name!r} / 辞書名が不正です",
                Span(file, 1, 1),
                "use letters, digits, '.', '_' or '-' in the file name",
            )
        )
    # Pass 1: split lines; literal variants are collected and normalised in one batch.
    lines: list[tuple[int, int, str | None, list[tuple[str, int]]]] = []
    for lineno, raw in enumerate(content.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        col = len(raw) - len(raw.lstrip()) + 1
        if stripped.startswith("re:"):
            pattern = _strip_comment(stripped[3:]).strip()
            lines.append((lineno, col, pattern, []))
            continue
        body = _strip_comment(stripped)
        if not body:
            continue
        variants: list[tuple[str, int]] = []  # (variant, column)
        pos = 0
        for piece in body.split("|"):
            lead = len(piece) - len(piece.lstrip())
            variants.append((piece.strip(), col + pos + lead))
            pos += len(piece) + 1
        lines.append((lineno, col, None, variants))
    flat = [v for _, _, src, vs in lines if src is None for v, _ in vs if v]
    folded = dict(zip(flat, (n.text for n in normalize_many(flat)), strict=True))
    # Pass 2: entries and diagnostics, in file order.
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for lineno, col, src, vs in lines:
        if src is not None:
            problem = _check_regex(src) if src else "empty regex / 空の正規表現です"
            rx = fold_pattern(src)
            if problem is None and _check_regex(rx) is not None:
                problem = "regex breaks once katakana are folded to hiragana / 正規表現が不正です"
            if problem:
                diags.append(
                    Diagnostic(
                        "T101",
                        problem,
                        Span(file, lineno, col + 3),
                        "regexes use RE2 syntax (no backreferences or lookaround) and run on "
                        "the normalised text",
                    )
                )
                continue
            for ch, at in _unmatchable(rx):
                diags.append(
                    Diagnostic(
                        "T105",
                        f"regex character {ch!r} never occurs in normalised text"
                        " / 正規化後のテキストには現れない文字です",
                        Span(file, lineno, col + 3 + at - 4),  # 4 = len("(?i)")
                        f"write {skeleton(ch)!r} instead" if skeleton(ch) else "remove it",
                        level=Level.WARNING,
                    )
                )
            rx = lookalike_pattern(rx)
            entries.append(Entry(f"re:{src}", (), (), rx, Span(file, lineno, col)))
            continue
        skels: list[str] = []
        bad = False
        for v, vcol in vs:
            sk = folded.get(v, "")
            if not sk:
                diags.append(
                    Diagnostic(
                        "T102",
                        f"empty variant {v!r}: nothing left to match after normalisation"
                        " / 正規化後に空になる表記です",
                        Span(file, lineno, vcol),
                        "separators, symbols and emoji are removed before matching",
                    )
                )
                bad = True
            elif sk not in skels:
                skels.append(sk)
        if bad:
            continue
        first = skels[0]
        if first in seen:
            diags.append(
                Diagnostic(
                    "T103",
                    f"duplicate entry {vs[0][0]!r} (also on line {seen[first]}) / 重複した項目です",
                    Span(file, lineno, col),
                    level=Level.WARNING,
                )
            )
        seen.setdefault(first, lineno)
        for sk in list(skels):
            skels += [v for v in lookalike_variants(sk)[1:] if v not in skels]
        entries.append(
            Entry(vs[0][0], tuple(v for v, _ in vs), tuple(skels), None, Span(file, lineno, col))
        )
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return Lexicon(name, tuple(entries), file, digest), diags


def _text_files(path: str | os.PathLike[str], sub: str) -> tuple[Path, list[Path]]:
    base = Path(path)
    if (base / sub).is_dir():
        base = base / sub
    return base, sorted(base.glob("*.txt")) if base.is_dir() else []


def _raise_or_collect(
    found: list[Diagnostic], into: list[Diagnostic] | None, warnings: bool = False
) -> None:
    if not warnings:
        found = [d for d in found if d.level is Level.ERROR]
    if into is not None:
        into.extend(found)
    elif any(d.level is Level.ERROR for d in found):
        raise DiagnosticsError(found)


def _read(file: Path, diags: list[Diagnostic]) -> str | None:
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        diags.append(
            Diagnostic(
                "T104",
                f"file is not UTF-8 / UTF-8 ではありません: {exc.reason}",
                Span(str(file), 1, 1),
            )
        )
        return None


class LexiconSet(Mapping[str, Lexicon]):
    """Every lexicon of a pack, by name (``lexicons/jp.x.txt`` → ``jp.x``)."""

    def __init__(self, lexicons: Iterable[Lexicon] = ()) -> None:
        self._by_name = {lex.name: lex for lex in lexicons}

    def __getitem__(self, name: str) -> Lexicon:
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        # Mapping's default goes through __getitem__ and a caught KeyError; every
        # lexicon function call checks its lexicon name (~100 per realtime decision).
        return name in self._by_name

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def __repr__(self) -> str:
        return f"LexiconSet({sorted(self._by_name)})"

    @property
    def digest(self) -> str:
        """Content hash of the whole set (names and file contents)."""
        h = hashlib.sha256()
        for name in sorted(self._by_name):
            h.update(f"{name}\0{self._by_name[name].digest}\0".encode())
        return h.hexdigest()

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> LexiconSet:
        """Build from ``{name: file content}`` (tests, inline lexicons); raises on errors."""
        diags: list[Diagnostic] = []
        lexicons = []
        for name, content in texts.items():
            lex, found = parse_lexicon(name, content, f"<{name}>")
            diags.extend(found)
            lexicons.append(lex)
        _raise_or_collect(diags, None)
        return cls(lexicons)

    @classmethod
    def load_dir(
        cls,
        path: str | os.PathLike[str],
        diagnostics: list[Diagnostic] | None = None,
        *,
        warnings: bool = False,
    ) -> LexiconSet:
        """Load ``path/lexicons/*.txt`` (or ``path/*.txt`` when ``path`` is that directory).

        Raises :class:`DiagnosticsError` with every error, unless a ``diagnostics`` list
        is given: then problems are appended to it and bad lines are skipped, so a pack
        loader can report lexicon and policy problems together. Warnings (a duplicate
        entry) are only reported with ``warnings=True``: they never make a pack invalid.
        """
        diags: list[Diagnostic] = []
        lexicons = []
        _, files = _text_files(path, "lexicons")
        for file in files:
            content = _read(file, diags)
            if content is None:
                continue
            lex, found = parse_lexicon(file.stem, content, str(file))
            diags.extend(found)
            lexicons.append(lex)
        _raise_or_collect(diags, diagnostics, warnings)
        return cls(lexicons)


@functools.lru_cache(maxsize=4096)
def _list_skeleton(value: str) -> str:
    # in_list reads short values that repeat across rows (brands, shop names): one
    # normalisation per distinct value instead of one per row.
    return skeleton(value)


class ListSet(Mapping[str, frozenset[str]]):
    """Exact-match lists for ``in_list`` (``lists/<name>.txt``), values stored normalised."""

    def __init__(self, lists: Mapping[str, Iterable[str]] | None = None) -> None:
        self._lists = {
            name: frozenset(n.text for n in normalize_many(list(values)) if n.text)
            for name, values in (lists or {}).items()
        }

    def __getitem__(self, name: str) -> frozenset[str]:
        return self._lists[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

    def contains(self, name: str, value: str) -> bool:
        """Whether ``value`` equals a list entry once both are normalised.

        >>> ListSet({"brands": ["ＭＡＭＯＲＩ"]}).contains("brands", "mamori")
        True
        """
        return _list_skeleton(value) in self._lists[name]

    @classmethod
    def load_dir(
        cls, path: str | os.PathLike[str], diagnostics: list[Diagnostic] | None = None
    ) -> ListSet:
        """Load ``path/lists/*.txt`` (or ``path/*.txt``): one value per line, ``#`` comments."""
        diags: list[Diagnostic] = []
        lists: dict[str, list[str]] = {}
        _, files = _text_files(path, "lists")
        for file in files:
            content = _read(file, diags)
            if content is None:
                continue
            values = []
            for line in content.splitlines():
                s = line.strip()
                if s and not s.startswith("#"):
                    values.append(_strip_comment(s))
            lists[file.stem] = values
        _raise_or_collect(diags, diagnostics)
        return cls(lists)


def select_leftmost_longest(matches: Iterable[Match]) -> list[Match]:
    """Non-overlapping matches, each the longest among those starting leftmost.

    >>> select_leftmost_longest([Match("a", 0, 2), Match("b", 0, 4), Match("c", 3, 6), Match("d", 4, 5)])
    [Match(term='b', start=0, end=4), Match(term='d', start=4, end=5)]
    """
    out: list[Match] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end, m.term)):
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def _cache_dir() -> Path:
    return cache_root() / "hyperscan"


# Compiled databases on disk: one file per database, "<sha256 key>.hsc" holding a magic
# line, a JSON line (regexes left to re2, regexes without start tracking, payload size
# and CRC-32) and hyperscan's serialised database.
_CACHE_MAGIC = b"mamori-hyperscan-cache 1"
_CACHE_FORMAT = 2  # part of the key; 1 was the .hsdb + .json pair
_CACHE_SUFFIX = ".hsc"
# The cache keeps the most recently used databases up to this many bytes (a jp pack's
# three databases take ~40 MB; every edit of a pack's lexicons adds a set).
_CACHE_MAX_BYTES = 512 << 20


@functools.cache
def _platform_tag() -> str:
    """What a serialised database depends on besides its patterns: hyperscan builds for
    the CPU it runs on (instruction-set features), so a cache shared between machines
    (an NFS home) keeps one entry per kind of machine instead of refusing each other's."""
    flags = ""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith(("flags", "Features")):
                    wanted = ("sse4_2", "popcnt", "avx", "avx2", "bmi2", "avx512", "neon", "asimd")
                    flags = " ".join(
                        sorted(w for w in line.split(":", 1)[1].split() if w.startswith(wanted))
                    )
                    break
    except OSError:
        pass
    return f"{sys.platform} {platform.machine()} {flags}"


_VERDICTS_FILE = "regex-verdicts.hsv"
_VERDICT_VALUES = ("ok", "no_som", "re2")
_MAX_VERDICTS = 50_000


def _verdict_key(expr: bytes, flags: int) -> str:
    """One regex under one set of flags, on this hyperscan and kind of machine."""
    assert _hs is not None
    return hashlib.sha256(
        repr((_hs.__version__, _platform_tag(), flags, expr)).encode()
    ).hexdigest()[:32]


def _verdicts() -> dict[str, str]:
    """What hyperscan made of each regex compiled before: ``ok`` (compiles with start
    tracking), ``no_som`` (only without), ``re2`` (not at all). Empty when the file is
    missing or damaged."""
    try:
        data = json.loads((_cache_dir() / _VERDICTS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and v in _VERDICT_VALUES}


def _store_verdicts(new: dict[str, str]) -> None:
    """Add verdicts to the file (atomically; the most recent ``_MAX_VERDICTS`` kept)."""
    merged = _verdicts()
    for key, verdict in new.items():
        merged.pop(key, None)
        merged[key] = verdict
    if len(merged) > _MAX_VERDICTS:
        merged = dict(list(merged.items())[-_MAX_VERDICTS:])
    directory = _cache_dir()
    tmp = directory / f".{_VERDICTS_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(merged), "utf-8")
        tmp.replace(directory / _VERDICTS_FILE)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _prune_cache(directory: Path, keep: Path, limit: int | None = None) -> None:
    """Delete the least recently used cache files (and stale temporaries and files of
    the old format) until the directory holds at most ``limit`` bytes; never ``keep``."""
    limit = _CACHE_MAX_BYTES if limit is None else limit
    try:
        entries = []
        now = time.time()
        for child in directory.iterdir():
            st = child.stat()
            old_format = child.suffix in (".hsdb", ".json")
            stale_tmp = child.name.startswith(".") and now - st.st_mtime > 3600
            if old_format or stale_tmp:
                child.unlink(missing_ok=True)
            elif child.suffix == _CACHE_SUFFIX:
                entries.append((st.st_mtime, st.st_size, child))
        total = sum(size for _, size, _ in entries)
        for _, size, child in sorted(entries, key=lambda e: e[0]):
            if total <= limit:
                break
            if child != keep:
                child.unlink(missing_ok=True)
                total -= size
    except OSError:  # another process pruned first, or a read-only directory
        pass


def _text_anchored(pattern: str) -> bool:
    r"""Whether a regex uses ``\A`` or ``\z`` (start / end of the whole text)."""
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            if pattern[i + 1 : i + 2] in ("A", "z"):
                return True
            i += 2
        else:
            i += 1
    return False


def _hs_escape(literal: str) -> str:
    # Escape ASCII punctuation only; other characters are literal under HS_FLAG_UTF8.
    return "".join(f"\\x{ord(c):02x}" if c.isascii() and not c.isalnum() else c for c in literal)


_DB_MEMO: dict[str, Any] = {}
_DB_LOCK = threading.Lock()


class TextMatcher:
    """All lexicons of a pack compiled once; one scan of a field finds every lexicon.

    >>> m = TextMatcher(LexiconSet.from_texts({"x": "痩せる|やせる\\nダイエット"}))
    >>> from mamori.text.normalize import normalize
    >>> m.find(normalize("ﾀﾞｲｴｯﾄで痩 せ る"))
    {'x': [Match(term='ダイエット', start=0, end=5), Match(term='痩せる', start=6, end=9)]}
    """

    def __init__(self, lexicons: LexiconSet, *, use_hyperscan: bool | None = None) -> None:
        self._use_hyperscan = use_hyperscan
        self.lexicons = lexicons
        self.names: tuple[str, ...] = tuple(lexicons)
        patterns: dict[str, int] = {}
        self._owners: list[list[tuple[str, str]]] = []  # pattern id -> [(lexicon, term)]
        self._regex_ids: set[int] = set()
        for name in self.names:
            for entry in lexicons[name].entries:
                keys = (
                    [("re", entry.regex)]
                    if entry.regex is not None
                    else [("lit", s) for s in entry.skeletons]
                )
                for kind, pat in keys:
                    key = f"{kind}:{pat}"
                    pid = patterns.get(key)
                    if pid is None:
                        pid = patterns[key] = len(self._owners)
                        self._owners.append([])
                        if kind == "re":
                            self._regex_ids.add(pid)
                    # One term per (pattern, lexicon): the first entry in the file wins
                    # when two entries of a lexicon fold to the same spelling.
                    if all(lex != name for lex, _ in self._owners[pid]):
                        self._owners[pid].append((name, entry.term))
        # lexicon -> pattern id -> term: selecting one lexicon from a scan nobody has
        # grouped yet reads only its own patterns (the batch without() pass selects one
        # lexicon per row, from scans with several lexicons' hits).
        self._terms_of: dict[str, dict[int, str]] = {}
        for pid, owned in enumerate(self._owners):
            for lex, term in owned:
                self._terms_of.setdefault(lex, {})[pid] = term
        self._patterns = [k.split(":", 1)[1] for k in patterns]
        self._literals = {
            pid: p for pid, p in enumerate(self._patterns) if pid not in self._regex_ids
        }
        # Length in characters of each literal pattern (-1 for a regex).
        self._char_len = [
            -1 if pid in self._regex_ids else len(p) for pid, p in enumerate(self._patterns)
        ]
        want_hs = HAVE_HYPERSCAN if use_hyperscan is None else use_hyperscan and HAVE_HYPERSCAN
        # The main database (literals and regexes over UTF-8): built only when the
        # column databases cannot serve (see _main_db); None until then.
        self._db: Any = None
        self._hs_ready = False  # hyperscan serves this matcher
        self._re2_fallback: dict[int, Any] = {}  # str patterns (pure-Python matcher)
        self._re2_bytes: dict[int, Any] = {}  # byte patterns, beside hyperscan
        self._no_som: frozenset[int] = frozenset()  # regexes hyperscan gives no start for
        self._local = threading.local()
        # column-scan databases: (UTF-16 literals, UTF-8 regexes, regex ids without SOM)
        self._column: tuple[Any, Any, frozenset[int]] | tuple[()] | None = None
        self._rx_tails: dict[int, Any] = {}
        self._lexicon_masks: dict[str, npt.NDArray[np.bool_]] = {}
        # Length in UTF-16 code units of each literal (0 for a regex): column scans.
        self._len16 = np.array(
            [
                0 if pid in self._regex_ids else len(p.encode("utf-16-le")) // 2
                for pid, p in enumerate(self._patterns)
            ],
            dtype=np.int64,
        )
        # scan()'s UTF-16 match handler: character offsets straight from the callback.
        self._on_match16 = _utf16_handler((self._len16 * 2).tolist())
        # scan()'s databases: the column scan's (UTF-16 literals, UTF-8 regexes), or ()
        # to use the main database.
        self._per_text: tuple[Any, Any] | tuple[()] = ()
        if want_hs and self._patterns:
            # The column databases serve scan() too, so a process compiles (or loads)
            # them and not the main database: half the cold start of a pack.
            column = self._build_column_dbs()
            if column and (column[0] is not None or column[1] is not None):
                self._column = column
                self._per_text = column[:2]
                self._hs_ready = True
            else:  # too many patterns for packed ids, or nothing hyperscan accepts
                self._column = ()
                self._re2_bytes = {}
                self._db = self._hs_database()
                self._hs_ready = self._db is not None
        if not self._hs_ready:  # no hyperscan, or nothing it accepted
            import re2

            self._column = ()
            self._re2_bytes = {}
            self._no_som = frozenset()
            self._re2_fallback = {pid: re2.compile(self._patterns[pid]) for pid in self._regex_ids}
        self.backend = "hyperscan" if self._hs_ready else "python"

    def __reduce__(self) -> tuple[Any, ...]:
        # A hyperscan database and per-thread scratch do not pickle; ship the lexicons
        # and recompile on the other side (Spark executors, worker processes), where the
        # disk cache usually makes that a load, not a compile.
        return (_rebuild_matcher, (self.lexicons, self._use_hyperscan))

    # -- compilation -------------------------------------------------------------------

    def _main_exprs(self) -> dict[int, bytes]:
        return {
            pid: (pat if pid in self._regex_ids else _hs_escape(pat)).encode("utf-8")
            for pid, pat in enumerate(self._patterns)
        }

    def _main_db(self) -> Any:
        """The main database, compiled (or loaded) on first use when the column databases
        serve scans: :meth:`_scan8` (the reference path, for tests) needs it. Its
        refusals and start tracking equal the regex database's (same expressions, same
        flags, probed one by one)."""
        if self._db is None:
            exprs = {k: v for k, v in self._main_exprs().items() if k not in self._re2_bytes}
            self._db = self._cached_db("utf8", exprs)[0]
        return self._db

    def _hs_database(self) -> Any:
        assert _hs is not None
        import re2

        db, on_re2, no_som = self._cached_db("utf8", self._main_exprs())
        self._no_som = frozenset(no_som)
        for pid in on_re2:
            # RE2 syntax hyperscan cannot compile (\b under UCP, \C): runs on re2 instead,
            # over the same UTF-8 bytes, so its offsets are bytes too.
            self._re2_bytes[pid] = re2.compile(self._patterns[pid].encode("utf-8"))
        return db

    def _cached_db(
        self, kind: str, exprs: dict[int, bytes], flags: int | None = None
    ) -> tuple[Any, list[int], list[int]]:
        """Compile (or load from memory or disk) one database: (database, ids left to re2,
        regex ids compiled without start-of-match tracking)."""
        assert _hs is not None
        som = _FLAGS if flags is None else flags
        key = hashlib.sha256(
            repr(
                (
                    _CACHE_FORMAT,
                    _hs.__version__,
                    _platform_tag(),
                    kind,
                    som,
                    sorted(self._regex_ids),
                    list(exprs.items()),
                )
            ).encode("utf-8")
        ).hexdigest()
        with _DB_LOCK:
            got = _DB_MEMO.get(key)
            if got is None:
                got = self._load_cached(key)
            if got is None:
                got = self._compile(exprs, som)
                self._store_cached(key, *got)
            _DB_MEMO[key] = got
        return got  # type: ignore[no-any-return]

    def _compile(self, exprs: dict[int, bytes], som: int) -> tuple[Any, list[int], list[int]]:
        """Compile everything at once; only when that fails, find the regexes to blame
        and retry each without start-of-match tracking (which bounds pattern size).

        What hyperscan thinks of each regex is remembered on disk (:func:`_verdicts`):
        after a pack edit, regexes judged before go straight in with the flags they
        need, and only new ones are probed — the jp pack's probing and failed first
        attempt were half of its ~12 s compile. A verdict that no longer holds only
        costs the full procedure.
        """
        assert _hs is not None
        regex_ids = sorted(self._regex_ids & exprs.keys())
        keys = {pid: _verdict_key(exprs[pid], som) for pid in regex_ids}
        stored = _verdicts() if regex_ids else {}
        known = {pid: stored.get(keys[pid]) for pid in regex_ids}
        got = None
        if any(v is not None for v in known.values()):
            try:
                got = self._compile_judged(exprs, som, known)
            except _hs.error:  # a verdict that no longer holds: judge everything again
                got = None
        if got is None:
            got = self._compile_judged(exprs, som, dict.fromkeys(regex_ids))
        db, on_re2, no_som, fresh = got
        if fresh:
            _store_verdicts({keys[pid]: verdict for pid, verdict in fresh.items()})
        return db, on_re2, no_som

    def _compile_judged(
        self, exprs: dict[int, bytes], som: int, known: dict[int, str | None]
    ) -> tuple[Any, list[int], list[int], dict[int, str]]:
        """:meth:`_compile` given what is known of each regex (None: nothing), also
        returning the verdicts it learnt."""
        assert _hs is not None
        flags = dict.fromkeys(exprs, som)
        no_som = [pid for pid, v in known.items() if v == "no_som"]
        on_re2 = [pid for pid, v in known.items() if v == "re2"]
        flags.update(dict.fromkeys(no_som, _NO_SOM_FLAGS))
        unknown = [pid for pid, v in known.items() if v is None]
        skip = set(on_re2)
        try:
            db = self._compile_ids(exprs, [pid for pid in exprs if pid not in skip], flags)
            return db, on_re2, no_som, dict.fromkeys(unknown, "ok")
        except _hs.error:
            pass
        rejected = _rejected(exprs, unknown, flags)
        new_no_som = []
        if som != _NO_SOM_FLAGS:
            new_no_som = [
                pid for pid in rejected if pid not in _rejected(exprs, [pid], _NO_SOM_FLAGS)
            ]
            flags.update(dict.fromkeys(new_no_som, _NO_SOM_FLAGS))
        new_re2 = [pid for pid in rejected if pid not in new_no_som]
        fresh = {pid: "ok" for pid in unknown}
        fresh.update(dict.fromkeys(new_no_som, "no_som"))
        fresh.update(dict.fromkeys(new_re2, "re2"))
        skip.update(new_re2)
        db = self._compile_ids(exprs, [pid for pid in exprs if pid not in skip], flags)
        return db, sorted(on_re2 + new_re2), sorted(no_som + new_no_som), fresh

    @staticmethod
    def _compile_ids(exprs: dict[int, bytes], ids: list[int], flags: dict[int, int]) -> Any:
        assert _hs is not None
        if not ids:
            return None
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(
            expressions=[exprs[i] for i in ids],
            ids=ids,
            elements=len(ids),
            flags=[flags[i] for i in ids],
        )
        return db

    @staticmethod
    def _load_cached(key: str) -> tuple[Any, list[int], list[int]] | None:
        """A database from the disk cache, or None (missing, unreadable, truncated,
        corrupt, or refused by this hyperscan: the caller recompiles and overwrites)."""
        assert _hs is not None
        path = _cache_dir() / f"{key}{_CACHE_SUFFIX}"
        try:
            blob = path.read_bytes()
            magic, header, payload = blob.split(b"\n", 2)
            meta = json.loads(header)
            if magic != _CACHE_MAGIC or not isinstance(meta, dict):
                return None
            on_re2, no_som = _int_list(meta.get("re2")), _int_list(meta.get("no_som"))
            if on_re2 is None or no_som is None:
                return None
            if meta.get("size") != len(payload) or meta.get("crc32") != zlib.crc32(payload):
                return None
            db = _hs.loadb(payload, mode=_hs.HS_MODE_BLOCK) if payload else None
            if db is not None:
                _hs.Scratch(db)  # a database built for another CPU fails here, not mid-scan
        except (OSError, _hs.error, TypeError, ValueError):
            return None
        with contextlib.suppress(OSError):  # recently used: pruning removes the oldest first
            os.utime(path)
        return db, on_re2, no_som

    @staticmethod
    def _store_cached(key: str, db: Any, on_re2: list[int], no_som: list[int]) -> None:
        """Write one cache file atomically (a temporary file renamed into place: readers
        see the old file or the whole new one), then prune the directory."""
        assert _hs is not None
        directory = _cache_dir()
        payload = _hs.dumpb(db) if db is not None else b""
        meta = {"re2": on_re2, "no_som": no_som, "size": len(payload), "crc32": zlib.crc32(payload)}
        path = directory / f"{key}{_CACHE_SUFFIX}"
        tmp = directory / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as f:
                f.write(_CACHE_MAGIC + b"\n" + json.dumps(meta).encode("utf-8") + b"\n")
                f.write(payload)
            tmp.replace(path)
        except OSError:  # a read-only home only costs the compile next time
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            return
        _prune_cache(directory, keep=path)

    # -- scanning ----------------------------------------------------------------------

    def _scratch(self) -> Any:
        assert _hs is not None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _hs.Scratch(self._main_db())
        return scratch

    def scan(self, normalized: Normalized | str) -> Scan:
        """Every match of every lexicon in one text, unconverted (see :class:`Scan`).

        Literals run on the text's UTF-16 code units through the column scan's literal
        database (see :meth:`_scan16`): the realtime path is then one cheap encode and
        no byte → character conversion. Without column databases the main UTF-8
        database serves.
        """
        text = normalized.text if isinstance(normalized, Normalized) else normalized
        if not text:
            return Scan([], None)
        per_text = self._per_text
        if per_text:
            return self._scan16(text, per_text[0], per_text[1])
        if not self._hs_ready:
            return Scan(self._python_literals(text) + self._fallback(text), None)
        return self._scan8(text)

    def _scan16(self, text: str, lit_db: Any, rx_db: Any) -> Scan:
        """:meth:`scan` with literals on UTF-16 code units and regexes on UTF-8 bytes.

        A literal's UTF-16 match that ends mid code unit is not a match (the bytes of
        two characters can spell a third); its start is its end minus its length, so
        the database needs no start tracking. Code units are characters except in text
        with astral characters (two units each), corrected from the surrogate
        positions. Regex matches are converted to characters here, so the scan holds
        character offsets throughout.
        """
        found: list[tuple[int, int, int]] = []
        if lit_db is not None:
            data16 = text.encode("utf-16-le")
            scratch = getattr(self._local, "scratch16", None) or self._column_scratch(
                lit_db, "scratch16"
            )
            lit_db.scan(data16, self._on_match16, 0, found, scratch)
            if found and len(data16) != 2 * len(text):
                found = _units_to_chars(data16, found)
        if rx_db is not None or self._re2_bytes:
            data = text.encode("utf-8")
            rx: list[tuple[int, int, int]] = []
            if rx_db is not None:
                scratch = getattr(self._local, "scratch_rx", None) or self._column_scratch(
                    rx_db, "scratch_rx"
                )
                rx_db.scan(data, _on_match, 0, rx, scratch)
                if rx and self._no_som:
                    rx = self._with_starts(data, rx)
            if self._re2_bytes:
                rx.extend(self._bytes_fallback(data))
            if rx:
                if len(data) != len(text):
                    rx = _bytes_to_chars(data, rx, self._char_len)
                found.extend(rx)
        return Scan(found, None)

    def _scan8(self, text: str) -> Scan:
        """:meth:`scan` on the main database over UTF-8 (byte offsets, see :class:`Scan`)."""
        data = text.encode("utf-8")
        found: list[tuple[int, int, int]] = []
        scratch = getattr(self._local, "scratch", None) or self._scratch()
        # Positional arguments: data, handler, flags, context, scratch (no keyword parsing).
        self._main_db().scan(data, _on_match, 0, found, scratch)
        if self._no_som:
            found = self._with_starts(data, found)
        if self._re2_bytes:
            found.extend(self._bytes_fallback(data))
        return Scan(found, None if len(data) == len(text) or not found else data)

    def scan_many(self, normalized: Sequence[Normalized | str]) -> list[Scan]:
        """:meth:`scan` for a batch, through :meth:`scan_column` (one hyperscan call for
        all the texts' literals); the scans hold character offsets already."""
        if not self._hs_ready or len(normalized) < 2:
            return [self.scan(t) for t in normalized]
        return self.column_scans(self.scan_column(normalized))

    # -- column scans ------------------------------------------------------------------

    def scan_column(self, texts: Sequence[Normalized | str | None]) -> ColumnScan:
        """Every match of every lexicon in a column of texts, as numpy arrays.

        The same matches as :meth:`scan` on each text (``None`` is an empty text), in
        character offsets, sorted by row, start, longest first. Literals are matched in
        one hyperscan call over the texts joined by newlines and encoded as UTF-16: a
        skeleton never holds a newline, a literal never spans one, a match that does
        not start on a code unit is dropped, and a code unit is a character outside
        the astral planes (astral ones are corrected from the surrogate positions). So
        there is no per-text encoding, callback setup or byte → character conversion.
        Regexes run in a second call over the UTF-8 bytes; the rare match whose
        leftmost start lies in an earlier text (a regex like ``[^0-9]{0,6}`` can cross
        the newline) gets its start recomputed inside its own text by re2.
        Pass batches (thousands of texts), not a whole table: the buffer is a copy.
        """
        values = ["" if t is None else t.text if isinstance(t, Normalized) else t for t in texts]
        n = len(values)
        joined = "\n".join(values)
        if len(joined) > _MAX_COLUMN_CHARS and n > 1:  # hyperscan takes < 4 GiB per call
            half = n // 2
            a, b = self.scan_column(values[:half]), self.scan_column(values[half:])
            return ColumnScan.concat(
                n, [(a.row, a.pattern, a.start, a.end), (b.row + half, b.pattern, b.start, b.end)]
            )
        dbs = self._column_dbs() if n else None
        if dbs is None or joined.count("\n") != n - 1:  # no hyperscan, or a text with "\n"
            return self._column_by_row(values)
        lit_db, rx_db = dbs
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
        row_start = np.zeros(n, dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=row_start[1:])
        parts = []
        if lit_db is not None:
            parts.append(self._column_literals(lit_db, joined, row_start, lengths))
        if rx_db is not None or self._re2_bytes:
            parts.append(self._column_regexes(rx_db, joined, row_start))
        return ColumnScan.concat(n, parts)

    def column_scans(self, column: ColumnScan) -> list[Scan]:
        """One :class:`Scan` per row of a column scan (character offsets), for the
        :class:`~mamori.text.functions.TextView` machinery."""
        hits = list(
            zip(column.pattern.tolist(), column.start.tolist(), column.end.tolist(), strict=True)
        )
        cut = np.searchsorted(column.row, np.arange(column.rows + 1)).tolist()
        return [Scan(hits[cut[r] : cut[r + 1]], None) for r in range(column.rows)]

    def lexicon_patterns(self, lexicon: str) -> npt.NDArray[np.bool_]:
        """A mask over pattern ids: which patterns belong to ``lexicon``.

        ``matcher.lexicon_patterns(name)[column.pattern]`` selects one lexicon's matches
        from a :class:`ColumnScan`.
        """
        mask = self._lexicon_masks.get(lexicon)
        if mask is None:
            if lexicon not in self.lexicons:
                raise KeyError(lexicon)
            mask = np.zeros(len(self._patterns), dtype=np.bool_)
            for pid, owners in enumerate(self._owners):
                if any(lex == lexicon for lex, _ in owners):
                    mask[pid] = True
            self._lexicon_masks[lexicon] = mask
        return mask

    @functools.cached_property
    def regex_patterns(self) -> frozenset[int]:
        """The pattern ids that are regexes (the others are literals)."""
        return frozenset(self._regex_ids)

    def literals_only(self, lexicon: str) -> bool:
        """Whether every pattern of ``lexicon`` is a literal without U+FDD0 (``without``'s
        mask character): its matches in a masked text are then its matches in the
        unmasked one that overlap no masked run (see :func:`mamori.text.compose.masked_hits`),
        while a regex's could change across a mask."""
        own = self._terms_of.get(lexicon, {})
        if lexicon not in self.lexicons:
            raise KeyError(lexicon)
        return not any(pid in self._regex_ids or "\ufdd0" in self._patterns[pid] for pid in own)

    def column_hit_rows(self, column: ColumnScan, lexicon: str) -> npt.NDArray[np.bool_]:
        """Per row, whether ``lexicon`` has at least one match (the cheap no-hit test)."""
        out = np.zeros(column.rows, dtype=np.bool_)
        out[column.row[self.lexicon_patterns(lexicon)[column.pattern]]] = True
        return out

    def term(self, lexicon: str, pattern: int) -> str:
        """The canonical term a pattern id stands for in ``lexicon``."""
        for lex, term in self._owners[pattern]:
            if lex == lexicon:
                return term
        raise KeyError((lexicon, pattern))

    def _column_dbs(self) -> tuple[Any, Any] | None:
        """(UTF-16 literal database, UTF-8 regex database) for column scans, built on
        first use and cached like the main one; None when rows must go one by one."""
        if self._column is None:
            self._column = self._build_column_dbs()
        return self._column[:2] if self._column else None

    def _build_column_dbs(self) -> tuple[Any, Any, frozenset[int]] | tuple[()]:
        """Compile (or load) the column databases; the regex database decides which
        regexes run on re2 (``_re2_bytes``) and which lack start tracking (``_no_som``)."""
        if not HAVE_HYPERSCAN or len(self._patterns) >= 1 << _PID_BITS:
            return ()
        lits = {
            pid: "".join(f"\\x{b:02x}" for b in p.encode("utf-16-le")).encode("ascii")
            for pid, p in self._literals.items()
        }
        # Literals on UTF-16 need no start tracking (start = end - length) and no UTF-8 mode.
        lit_db = self._cached_db("utf16-literals", lits, 0)[0] if lits else None
        rx_db = None
        no_som: list[int] = []
        if self._regex_ids:
            import re2

            # \A and \z anchor to the whole buffer, which in a column scan is many texts:
            # regexes holding them run on re2, text by text, like those hyperscan refuses.
            anchored = [
                pid for pid in sorted(self._regex_ids) if _text_anchored(self._patterns[pid])
            ]
            exprs = {
                pid: self._patterns[pid].encode("utf-8")
                for pid in sorted(self._regex_ids)
                if pid not in anchored
            }
            rx_db, refused, no_som = (
                self._cached_db("utf8-regexes", exprs) if exprs else (None, [], [])
            )
            # RE2 syntax hyperscan cannot compile (\b under UCP, \C) runs on re2 instead,
            # over the same UTF-8 bytes.
            self._re2_bytes = {
                pid: re2.compile(self._patterns[pid].encode("utf-8"))
                for pid in sorted([*refused, *anchored])
            }
            self._no_som = frozenset(no_som)
        return lit_db, rx_db, frozenset(no_som)

    def _column_scratch(self, db: Any, name: str) -> Any:
        assert _hs is not None
        scratch = getattr(self._local, name, None)
        if scratch is None:
            scratch = _hs.Scratch(db)
            setattr(self._local, name, scratch)
        return scratch

    def _column_literals(
        self,
        db: Any,
        joined: str,
        row_start: npt.NDArray[np.int64],
        lengths: npt.NDArray[np.int64],
    ) -> _Part:
        data = joined.encode("utf-16-le")
        found: list[int] = []
        db.scan(data, _on_match_packed, 0, found, self._column_scratch(db, "scratch16"))
        if not found:
            return _EMPTY_PART
        packed = np.array(found, dtype=np.int64)
        end_b = packed >> _PID_BITS
        aligned = (end_b & 1) == 0  # a match between two characters, not mid-unit
        pid = packed[aligned] & _PID_MASK
        end = end_b[aligned] >> 1
        start = end - self._len16[pid]
        if len(data) != 2 * len(joined):  # astral characters: two code units each
            units = np.frombuffer(data, dtype="<u2")
            high = np.flatnonzero((units >= 0xD800) & (units < 0xDC00))
            start -= np.searchsorted(high, start)
            end -= np.searchsorted(high, end)
        row = np.searchsorted(row_start, start, side="right") - 1
        start -= row_start[row]
        end -= row_start[row]
        inside = end <= lengths[row]  # always, as no literal holds a newline
        return row[inside], pid[inside], start[inside], end[inside]

    def _column_regexes(self, db: Any, joined: str, row_start: npt.NDArray[np.int64]) -> _Part:
        data = joined.encode("utf-8")
        newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
        byte_start = np.concatenate((np.zeros(1, dtype=np.int64), newlines + 1)).tolist()
        byte_end = np.concatenate((newlines, np.array([len(data)], dtype=np.int64))).tolist()
        out: list[tuple[int, int, int, int]] = []
        if db is not None:
            hits: list[tuple[int, int, int]] = []
            db.scan(data, _on_match, 0, hits, self._column_scratch(db, "scratch_rx"))
            if hits:
                ends = np.fromiter((e for _, _, e in hits), dtype=np.int64, count=len(hits))
                rows = (np.searchsorted(newlines, ends - 1, side="left")).tolist()
                for (pid, s, e), r in zip(hits, rows, strict=True):
                    rs = byte_start[r]
                    if e > byte_end[r]:  # ends on the newline itself
                        continue
                    if s < rs or pid in self._no_som:
                        # no start, or the leftmost one lies in an earlier text: find the
                        # leftmost one inside this text
                        start = self._tail_start(pid, data, rs, e, byte_end[r])
                        if start is None:
                            continue
                        s = start
                    out.append((r, pid, s - rs, e - rs))
        for r, (rs, re_) in enumerate(zip(byte_start, byte_end, strict=True)):
            if self._re2_bytes and re_ > rs:
                row_data = data[rs:re_]
                out.extend((r, pid, a, b) for pid, a, b in self._bytes_fallback(row_data))
        if not out:
            return _EMPTY_PART
        arr = np.array(out, dtype=np.int64)
        rows_a, pids_a = arr[:, 0], arr[:, 1]
        if len(data) == len(joined):  # ASCII only: bytes are characters
            return rows_a, pids_a, arr[:, 2], arr[:, 3]
        base = np.asarray(byte_start, dtype=np.int64)[rows_a]
        starts_a, ends_a = _utf8_to_chars(data, arr[:, 2] + base, arr[:, 3] + base)
        return rows_a, pids_a, starts_a - row_start[rows_a], ends_a - row_start[rows_a]

    def _tail_start(self, pid: int, data: bytes, lo: int, end: int, hi: int) -> int | None:
        """The leftmost start, at or after ``lo``, of a match of regex ``pid`` that ends
        exactly at ``end`` (``data[lo:hi]`` is the text); None when there is none.

        re2 answers first; should it disagree with hyperscan on a regex hyperscan tracks
        starts for (their syntaxes agree, their Unicode tables may not), the text is
        rescanned alone, so the answer is always the one :meth:`scan` gives.
        """
        m = self._rx_tail(pid).search(data[lo:end])
        if m is not None:
            return lo + int(m.start())
        if pid in self._no_som:
            return None
        alone: list[tuple[int, int, int]] = []
        if self._column and self._column[1] is not None:  # the regex database: same ids
            db = self._column[1]
            db.scan(data[lo:hi], _on_match, 0, alone, self._column_scratch(db, "scratch_rx"))
        else:
            self._main_db().scan(data[lo:hi], _on_match, 0, alone, self._scratch())
        return next((lo + a for p, a, b in alone if p == pid and lo + b == end), None)

    def _with_starts(
        self, data: bytes, found: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """Fill in the start of matches of regexes compiled without start tracking."""
        out = []
        for pid, start, end in found:
            if pid in self._no_som:
                got = self._tail_start(pid, data, 0, end, len(data))
                if got is None:
                    continue
                start = got
            out.append((pid, start, end))
        return out

    def _rx_tail(self, pid: int) -> Any:
        """re2 for one regex anchored at the end: its leftmost start for a known end."""
        rx = self._rx_tails.get(pid)
        if rx is None:
            import re2

            pattern = self._patterns[pid].encode("utf-8")
            rx = self._rx_tails[pid] = re2.compile(b"(?:" + pattern + b")\\z")
        return rx

    def _column_by_row(self, values: Sequence[str]) -> ColumnScan:
        parts: list[_Part] = []
        for r, text in enumerate(values):
            hits = self._raw(text)
            if hits:
                arr = np.array(hits, dtype=np.int64)
                parts.append(
                    (np.full(len(hits), r, dtype=np.int64), arr[:, 0], arr[:, 1], arr[:, 2])
                )
        return ColumnScan.concat(len(values), parts)

    def _bytes_fallback(self, data: bytes) -> list[tuple[int, int, int]]:
        return [
            (pid, m.start(), m.end())
            for pid, rx in self._re2_bytes.items()
            for m in rx.finditer(data)
        ]

    def _fallback(self, text: str) -> list[tuple[int, int, int]]:
        return [
            (pid, m.start(), m.end())
            for pid, rx in self._re2_fallback.items()
            for m in rx.finditer(text)
        ]

    def _python_literals(self, text: str) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        for pid, lit in self._literals.items():
            i = text.find(lit)
            while i >= 0:
                found.append((pid, i, i + len(lit)))
                i = text.find(lit, i + 1)
        return found

    def _groups(self, scan: Scan) -> dict[str, list[tuple[int, int, str, int]]]:
        groups = scan.by_lexicon
        if groups is None:  # one pass over the hits serves every lexicon asked later
            groups = {}
            owners = self._owners
            for pid, start, end in scan.hits:
                for lex, term in owners[pid]:
                    groups.setdefault(lex, []).append((start, -end, term, pid))
            scan.by_lexicon = groups
        return groups

    def hit_lexicons(self, scan: Scan) -> Collection[str]:
        """The lexicons with at least one match in ``scan`` (a cheap no-hit test).

        >>> m = TextMatcher(LexiconSet.from_texts({"a": "糖尿病", "b": "治る"}))
        >>> sorted(m.hit_lexicons(m.scan("糖尿病")))
        ['a']
        """
        if not scan.hits:
            return ()
        return self._groups(scan).keys()

    def select(self, scan: Scan, lexicon: str) -> list[Match]:
        """Leftmost-longest matches of one lexicon, in character offsets.

        Selection runs on the raw offsets (the byte → character map is monotone) and
        only the selected matches are converted: lexicons nobody asks about cost nothing.
        """
        if not scan.hits:  # most (text, lexicon) pairs: nothing to select
            return []
        groups = scan.by_lexicon
        picked: list[tuple[int, int, str, int]] | None
        if groups is None:  # one lexicon's hits, in scan order as _groups lists them
            own = self._terms_of.get(lexicon)
            if not own:
                return []
            get = own.get
            picked = [
                (start, -end, term, pid)
                for pid, start, end in scan.hits
                if (term := get(pid)) is not None
            ]
        else:
            picked = groups.get(lexicon)
        if not picked:
            return []
        if len(picked) > 1:
            picked = sorted(picked)
        chosen: list[tuple[int, int, int]] = []
        terms: list[str] = []
        last_end = -1
        for start, neg_end, term, pid in picked:
            if start >= last_end:
                chosen.append((pid, start, -neg_end))
                terms.append(term)
                last_end = -neg_end
        if scan.data is not None:
            chosen = _bytes_to_chars(scan.data, chosen, self._char_len)
        return [Match(t, s, e) for t, (_, s, e) in zip(terms, chosen, strict=True)]

    def select_spans(self, scan: Scan, lexicon: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of :meth:`select`'s matches (the same leftmost-longest
        choice: matches with equal spans differ only in their term), without terms or
        :class:`Match` objects — what masking needs (``without``)."""
        hits = scan.hits
        own = self._terms_of.get(lexicon) if hits else None
        if not own:
            return []
        if scan.data is not None:
            return [(m.start, m.end) for m in self.select(scan, lexicon)]
        picked = [(start, -end) for pid, start, end in hits if pid in own]
        if len(picked) < 2:
            return [(start, -neg_end) for start, neg_end in picked]
        picked.sort()
        out: list[tuple[int, int]] = []
        last_end = -1
        for start, neg_end in picked:
            if start >= last_end:
                last_end = -neg_end
                out.append((start, last_end))
        return out

    def _all(self, scan: Scan) -> dict[str, list[Match]]:
        hits = scan.hits
        if scan.data is not None:
            hits = _bytes_to_chars(scan.data, hits, self._char_len)
        out: dict[str, list[Match]] = {}
        for pid, start, end in hits:
            for lex, term in self._owners[pid]:
                out.setdefault(lex, []).append(Match(term, start, end))
        return out

    def _raw(self, text: str) -> list[tuple[int, int, int]]:
        """(pattern id, start, end) in character offsets (benchmarks, tests)."""
        scan = self.scan(text)
        if scan.data is None:
            return scan.hits
        return _bytes_to_chars(scan.data, scan.hits, self._char_len)

    def _raw_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, int]]]:
        out = []
        for scan in self.scan_many(texts):
            hits = scan.hits
            if scan.data is not None:
                hits = _bytes_to_chars(scan.data, hits, self._char_len)
            out.append(hits)
        return out

    def candidates_many(
        self, normalized: Sequence[Normalized | str]
    ) -> list[dict[str, list[Match]]]:
        """:meth:`candidates` for a batch, one scan for all."""
        return [self._all(scan) for scan in self.scan_many(normalized)]

    def candidates(self, normalized: Normalized | str) -> dict[str, list[Match]]:
        """Every match per lexicon, overlapping ones included, character offsets."""
        return self._all(self.scan(normalized))

    def find(self, normalized: Normalized | str) -> dict[str, list[Match]]:
        """Leftmost-longest matches per lexicon; lexicons may overlap each other."""
        scan = self.scan(normalized)
        lexicons = {lex for pid, _, _ in scan.hits for lex, _ in self._owners[pid]}
        return {lex: self.select(scan, lex) for lex in self.names if lex in lexicons}


class Scan:
    """Raw matches of one skeleton: ``(pattern id, start, end)`` triples.

    Offsets are UTF-8 byte offsets into ``data`` when ``data`` is set, else character
    offsets (ASCII text, the pure-Python matcher, or no matches). Converting only what a
    function actually looks at is what keeps a pack with dozens of lexicons cheap.
    """

    __slots__ = ("by_lexicon", "data", "hits")

    def __init__(self, hits: list[tuple[int, int, int]], data: bytes | None) -> None:
        self.hits = hits
        self.data = data
        # lexicon -> [(start, -end, term, pattern id)], grouped on first use
        self.by_lexicon: dict[str, list[tuple[int, int, str, int]]] | None = None

    def __repr__(self) -> str:
        return f"Scan({len(self.hits)} hits)"


_Part = tuple[
    npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]
]
_NO_HITS: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
_EMPTY_PART: _Part = (_NO_HITS, _NO_HITS, _NO_HITS, _NO_HITS)
_PID_BITS = 24
_MAX_COLUMN_CHARS = 1 << 28  # UTF-8 of that stays well below hyperscan's 4 GiB limit
_PID_MASK = (1 << _PID_BITS) - 1


@dataclass(frozen=True, slots=True)
class ColumnScan:
    """Every match in a column of texts (:meth:`TextMatcher.scan_column`): four parallel
    int64 arrays, one element per match, sorted by row, start, then longest first.

    ``row`` indexes the scanned sequence, ``pattern`` is a pattern id (map it to a
    lexicon with :meth:`TextMatcher.lexicon_patterns`, to a term with
    :meth:`TextMatcher.term`), ``start``/``end`` are character offsets into that row's
    skeleton. Overlapping matches are all there, as in :class:`Scan`.
    """

    rows: int
    row: npt.NDArray[np.int64]
    pattern: npt.NDArray[np.int64]
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.row)

    @classmethod
    def concat(cls, rows: int, parts: Sequence[_Part]) -> ColumnScan:
        """Merge match arrays and sort them (row, start, longest first, pattern)."""
        parts = [p for p in parts if len(p[0])]
        if not parts:
            return cls(rows, _NO_HITS, _NO_HITS, _NO_HITS, _NO_HITS)
        row, pid, start, end = (
            np.concatenate([p[i] for p in parts]) if len(parts) > 1 else parts[0][i]
            for i in range(4)
        )
        # One int64 key when the four fields fit in 63 bits (always, for real batches):
        # a single argsort is several times cheaper than a four-key lexsort.
        span = int(end.max()) + 1
        bits_span, bits_pid = span.bit_length(), (int(pid.max()) + 1).bit_length()
        if rows.bit_length() + 2 * bits_span + bits_pid <= 63:
            key = row << (2 * bits_span + bits_pid)
            key |= start << (bits_span + bits_pid)
            key |= (span - end) << bits_pid
            key |= pid
            order = np.argsort(key, kind="stable")
        else:
            order = np.lexsort((pid, -end, start, row))
        return cls(rows, row[order], pid[order], start[order], end[order])


def _rejected(exprs: dict[int, bytes], ids: list[int], flags: dict[int, int] | int) -> list[int]:
    """The expressions hyperscan refuses, probed one by one (measured faster than
    bisecting: compiling groups of SOM regexes costs more than compiling each)."""
    assert _hs is not None
    out = []
    for i in ids:
        probe = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        try:
            probe.compile(
                expressions=[exprs[i]],
                ids=[i],
                elements=1,
                flags=flags if isinstance(flags, int) else flags[i],
            )
        except _hs.error:
            out.append(i)
    return out


def _int_list(value: object) -> list[int] | None:
    if isinstance(value, list) and all(isinstance(i, int) for i in value):
        return value
    return None


def _rebuild_matcher(lexicons: LexiconSet, use_hyperscan: bool | None) -> TextMatcher:
    return TextMatcher(lexicons, use_hyperscan=use_hyperscan)


def _on_match_packed(pid: int, _start: int, end: int, _flags: int, found: list[int]) -> None:
    found.append(end << _PID_BITS | pid)


def _on_match(
    pid: int, start: int, end: int, _flags: int, found: list[tuple[int, int, int]]
) -> None:
    found.append((pid, start, end))


def _utf16_handler(len16_bytes: list[int]) -> Any:
    """A hyperscan match handler for a UTF-16 literal database: appends (pattern id,
    start, end) in code units, and drops a match that ends mid code unit (the bytes of
    two characters can spell a third: ``䉂0`` holds ``あ``). A closure, so the lengths
    are a local lookup, not an attribute or context access per match."""

    def on_match(pid: int, _start: int, end: int, _flags: int, found: list[Any]) -> None:
        if not end & 1:
            found.append((pid, (end - len16_bytes[pid]) >> 1, end >> 1))

    return on_match


def _units_to_chars(data16: bytes, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """UTF-16 code-unit offsets as character offsets: minus the high surrogates before."""
    units = np.frombuffer(data16, dtype="<u2")
    high = np.flatnonzero((units >= 0xD800) & (units < 0xDC00)).tolist()
    return [
        (pid, s - bisect.bisect_left(high, s), e - bisect.bisect_left(high, e))
        for pid, s, e in hits
    ]


def _utf8_to_chars(
    data: bytes, *offsets: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], ...]:
    """UTF-8 byte offsets into ``data`` as character offsets, vectorised: a character
    offset is the byte offset minus the continuation bytes before it, counted per
    stretch between the distinct offsets (one pass over the bytes, no decoding)."""
    u8 = np.frombuffer(data, dtype=np.uint8)
    cont = np.zeros(len(u8) + 1, dtype=np.uint8)  # + a slot for offsets at the very end
    np.equal(u8 & 0xC0, 0x80, out=cont[:-1], casting="unsafe")
    cuts = np.unique(np.concatenate([np.zeros(1, dtype=np.int64), *offsets]))
    per_stretch = np.add.reduceat(cont, cuts, dtype=np.int64)
    before = np.zeros(len(cuts), dtype=np.int64)
    np.cumsum(per_stretch[:-1], out=before[1:])
    chars_at_cut = cuts - before
    return tuple(chars_at_cut[np.searchsorted(cuts, o)] for o in offsets)


def _bytes_to_chars(
    data: bytes, hits: list[tuple[int, int, int]], char_len: list[int]
) -> list[tuple[int, int, int]]:
    """Convert UTF-8 byte offsets from hyperscan into str offsets.

    A literal's end is its start plus its length in characters, so only starts (and
    regex ends) are converted, each by decoding just the bytes since the previous
    offset: the whole conversion decodes each text at most once.
    """
    if len(hits) == 1:  # the common case: one match, one decode
        pid, s, e = hits[0]
        cs = len(data[:s].decode("utf-8", "ignore"))
        n = char_len[pid]
        return [(pid, cs, cs + n if n >= 0 else len(data[:e].decode("utf-8", "ignore")))]
    offsets = {s for _, s, _ in hits}
    offsets.update(e for pid, _, e in hits if char_len[pid] < 0)
    chars: dict[int, int] = {}
    prev_b = prev_c = 0
    for off in sorted(offsets):
        prev_c += len(data[prev_b:off].decode("utf-8", "ignore"))
        prev_b = off
        chars[off] = prev_c
    out = []
    for pid, s, e in hits:
        cs = chars[s]
        n = char_len[pid]
        out.append((pid, cs, cs + n if n >= 0 else chars[e]))
    return out

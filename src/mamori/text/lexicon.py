"""Lexicon files, exact-match lists, and the compiled multi-pattern matcher.

A pack's risky and permitted wording lives in plain text files that analysts edit
(``lexicons/<name>.txt``): one entry per line, ``#`` comments, ``a|b|c`` for variants
of one term (the first is the canonical term reported as evidence), ``re:PATTERN`` for
an RE2-syntax regex. Every literal is folded with :func:`~mamori.text.normalize.skeleton`,
exactly like the text it is matched against, so ``瘦せる`` in a lexicon also finds
``ﾔ.ｾ.ﾙ`` in a listing. Regexes run on the skeleton too.

All lexicons of a pack compile into one hyperscan (Vectorscan) database: one pass over
a field finds every lexicon's matches. Compiling 2,000 patterns takes seconds, so the
serialised database is cached on disk keyed by a hash of the patterns. When hyperscan
cannot be imported (an unsupported CPU or platform), a pure-Python matcher with the same
results takes over: correct, but one to two orders of magnitude slower.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mamori.errors import Diagnostic, DiagnosticsError, Level, Span
from mamori.text.normalize import (
    Normalized,
    cache_root,
    fold_pattern,
    normalize_many,
    skeleton,
)

__all__ = [
    "MAX_REGEX_LENGTH",
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
    for at, ch in enumerate(pattern):
        if ch.isascii() or ch in "ー―‐−–—─━" or ch in seen:
            continue
        seen.add(ch)
        if skeleton(ch) != ch:
            out.append((ch, at))
    return out


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
        self._patterns = [k.split(":", 1)[1] for k in patterns]
        self._literals = {
            pid: p for pid, p in enumerate(self._patterns) if pid not in self._regex_ids
        }
        # Length in characters of each literal pattern (-1 for a regex).
        self._char_len = [
            -1 if pid in self._regex_ids else len(p) for pid, p in enumerate(self._patterns)
        ]
        want_hs = HAVE_HYPERSCAN if use_hyperscan is None else use_hyperscan and HAVE_HYPERSCAN
        self._db: Any = None
        self._re2_fallback: dict[int, Any] = {}  # str patterns (pure-Python matcher)
        self._re2_bytes: dict[int, Any] = {}  # byte patterns, beside hyperscan
        self._local = threading.local()
        if want_hs and self._patterns:
            self._db = self._hs_database()
        if self._db is None:  # no hyperscan, or nothing it accepted
            import re2

            self._re2_bytes = {}
            self._re2_fallback = {pid: re2.compile(self._patterns[pid]) for pid in self._regex_ids}
        self.backend = "hyperscan" if self._db is not None else "python"

    def __reduce__(self) -> tuple[Any, ...]:
        # A hyperscan database and per-thread scratch do not pickle; ship the lexicons
        # and recompile on the other side (Spark executors, worker processes), where the
        # disk cache usually makes that a load, not a compile.
        return (_rebuild_matcher, (self.lexicons, self._use_hyperscan))

    # -- compilation -------------------------------------------------------------------

    def _hs_database(self) -> Any:
        assert _hs is not None
        import re2

        flags = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP | _hs.HS_FLAG_SOM_LEFTMOST
        exprs: dict[int, bytes] = {
            pid: (pat if pid in self._regex_ids else _hs_escape(pat)).encode("utf-8")
            for pid, pat in enumerate(self._patterns)
        }
        key = hashlib.sha256(
            repr((_hs.__version__, flags, sorted(self._regex_ids), list(exprs.values()))).encode(
                "utf-8"
            )
        ).hexdigest()
        with _DB_LOCK:
            got = _DB_MEMO.get(key)
            if got is None:
                got = self._load_cached(key)
            if got is None:
                got = self._compile(exprs, flags)
                self._store_cached(key, *got)
            _DB_MEMO[key] = got
        db, on_re2 = got
        for pid in on_re2:
            # RE2 syntax hyperscan cannot compile (\b under UCP, \C): runs on re2 instead,
            # over the same UTF-8 bytes, so its offsets are bytes too.
            self._re2_bytes[pid] = re2.compile(self._patterns[pid].encode("utf-8"))
        return db

    def _compile(self, exprs: dict[int, bytes], flags: int) -> tuple[Any, list[int]]:
        """Compile everything at once; only when that fails, find the regexes to blame."""
        assert _hs is not None
        on_re2: list[int] = []
        try:
            return self._compile_ids(exprs, list(exprs), flags), on_re2
        except _hs.error:
            pass
        on_re2 = _rejected(exprs, sorted(self._regex_ids), flags)
        rejected = set(on_re2)
        rest = [pid for pid in exprs if pid not in rejected]
        return self._compile_ids(exprs, rest, flags), on_re2

    @staticmethod
    def _compile_ids(exprs: dict[int, bytes], ids: list[int], flags: int) -> Any:
        assert _hs is not None
        if not ids:
            return None
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(expressions=[exprs[i] for i in ids], ids=ids, elements=len(ids), flags=flags)
        return db

    @staticmethod
    def _load_cached(key: str) -> tuple[Any, list[int]] | None:
        assert _hs is not None
        directory = _cache_dir()
        try:
            on_re2 = json.loads((directory / f"{key}.json").read_text("utf-8"))
            data = (directory / f"{key}.hsdb").read_bytes()
            db = _hs.loadb(data, mode=_hs.HS_MODE_BLOCK) if data else None
        except (OSError, _hs.error, TypeError, ValueError):
            return None
        if not isinstance(on_re2, list) or not all(isinstance(i, int) for i in on_re2):
            return None
        return db, on_re2

    @staticmethod
    def _store_cached(key: str, db: Any, on_re2: list[int]) -> None:
        assert _hs is not None
        directory = _cache_dir()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for suffix, payload in (
                ("hsdb", _hs.dumpb(db) if db is not None else b""),
                ("json", json.dumps(on_re2).encode("utf-8")),
            ):
                tmp = directory / f".{key}.{os.getpid()}.{suffix}.tmp"
                tmp.write_bytes(payload)
                tmp.replace(directory / f"{key}.{suffix}")
        except OSError:  # a read-only home only costs the compile next time
            pass

    # -- scanning ----------------------------------------------------------------------

    def _scratch(self) -> Any:
        assert _hs is not None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _hs.Scratch(self._db)
        return scratch

    def scan(self, normalized: Normalized | str) -> Scan:
        """Every match of every lexicon in one text, unconverted (see :class:`Scan`)."""
        text = normalized.text if isinstance(normalized, Normalized) else normalized
        if not text:
            return Scan([], None)
        if self._db is None:
            return Scan(self._python_literals(text) + self._fallback(text), None)
        data = text.encode("utf-8")
        found: list[tuple[int, int, int]] = []
        self._db.scan(data, match_event_handler=_on_match, context=found, scratch=self._scratch())
        if self._re2_bytes:
            found.extend(self._bytes_fallback(data))
        return Scan(found, None if len(data) == len(text) or not found else data)

    def scan_many(self, normalized: Sequence[Normalized | str]) -> list[Scan]:
        """:meth:`scan` for a batch, with one hyperscan call over all the texts."""
        texts = [n.text if isinstance(n, Normalized) else n for n in normalized]
        if self._db is None or len(texts) < 2:
            return [self.scan(t) for t in texts]
        import numpy as np

        # Skeletons never contain a newline, so it separates documents; a regex that
        # could still reach across one is dropped below.
        encoded = [t.encode("utf-8") for t in texts]
        data = b"\n".join(encoded)
        hits: list[tuple[int, int, int]] = []
        self._db.scan(data, match_event_handler=_on_match, context=hits, scratch=self._scratch())
        if self._re2_bytes:
            hits.extend(self._bytes_fallback(data))
        per_doc: list[list[tuple[int, int, int]]] = [[] for _ in texts]
        if hits:
            lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
            starts = np.zeros(len(encoded), dtype=np.int64)
            np.cumsum(lengths[:-1] + 1, out=starts[1:])
            arr = np.asarray(hits, dtype=np.int64)
            doc = np.searchsorted(starts, arr[:, 1], side="right") - 1
            arr[:, 1] -= starts[doc]
            arr[:, 2] -= starts[doc]
            inside = arr[:, 2] <= lengths[doc]
            for d, pid, a, b in zip(
                doc[inside].tolist(),
                arr[inside, 0].tolist(),
                arr[inside, 1].tolist(),
                arr[inside, 2].tolist(),
                strict=True,
            ):
                per_doc[d].append((pid, a, b))
        return [
            Scan(found, None if len(enc) == len(text) or not found else enc)
            for text, enc, found in zip(texts, encoded, per_doc, strict=True)
        ]

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
        picked = self._groups(scan).get(lexicon)
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


def _rejected(exprs: dict[int, bytes], ids: list[int], flags: int) -> list[int]:
    """The expressions hyperscan refuses, probed one by one (measured faster than
    bisecting: compiling groups of SOM regexes costs more than compiling each)."""
    assert _hs is not None
    out = []
    for i in ids:
        probe = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        try:
            probe.compile(expressions=[exprs[i]], ids=[i], elements=1, flags=flags)
        except _hs.error:
            out.append(i)
    return out


def _rebuild_matcher(lexicons: LexiconSet, use_hyperscan: bool | None) -> TextMatcher:
    return TextMatcher(lexicons, use_hyperscan=use_hyperscan)


def _on_match(
    pid: int, start: int, end: int, _flags: int, found: list[tuple[int, int, int]]
) -> None:
    found.append((pid, start, end))


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

"""Fold Japanese listing text into an evasion-resistant *skeleton*, with a map back.

Sellers evade keyword rules with width variants (ﾔｾﾙ), katakana for hiragana, old kanji
(瘦), zero-width characters (痩\\u200bせる), inserted separators (痩 せ る, 痩.せ.る,
痩🌸せ🌸る) and look-alikes (力プセル for カプセル). Matching therefore runs on a
skeleton where all of those collapse to one spelling, and evidence is mapped back to
the *original* text so reviewers see what the seller actually wrote.

The skeleton, in order (the same function folds lexicon entries, so both sides agree):

1. NFKC. Characters whose NFKC is one character are folded by table lookup; only
   text holding decompositions, combining marks or multi-character expansions (㍿,
   №) goes through ``unicodedata`` cluster by cluster, so the offset map stays exact.
2. Old / variant kanji → 常用 (``data/kanji_variants.tsv``), lower case.
3. HTML markup (tags of HTML elements, comments, character references such as
   ``&nbsp;``; :mod:`mamori.text.markup`) counts as whitespace, so ``痩<b>せる</b>``
   folds like ``痩 せる``.
   Separators removed: whitespace, punctuation, symbols, emoji, format characters
   (Cf: ZWSP, ZWJ, soft hyphen, bidi marks), variation selectors, combining marks,
   private-use and unassigned code points. One exception keeps Latin words apart: a
   run of separators that holds whitespace, between two Latin letters, becomes one
   space (``UP! cup`` → ``up cup``), unless both sides are lone letters
   (``Y A S E R U`` → ``yaseru``).
4. Long vowels: a run of ー or dash-like characters (―‐−–—─━, 一 after katakana) after
   kana becomes one ``ー``; elsewhere (after kanji, Latin, at the start) it is dropped.
   Tildes (〜~) and the hyphen-minus are separators, so ヤセ〜ル folds to やせる. (The
   rule is kana-based, not katakana-based, so that folding twice changes nothing.)
5. ○ 〇 ◯ → ``o`` next to a Latin letter, ``0`` next to a digit (neighbours are
   looked at once separators are gone, here and in every later context rule, so
   folding a skeleton again changes nothing).
6. Look-alikes. Cyrillic and Greek letters drawn like Latin ones become Latin
   (``СНАNЕL`` with Cyrillic letters → ``chanel``). By context only: kanji
   力二口工夕卜八才 → katakana カニロエタトハオ next to katakana and not next to
   kanji/hiragana; the reverse next to kanji; digit 0 between Latin letters → ``o``.
7. Katakana → hiragana.

The work runs as table lookups and shifted-array comparisons in numpy over UTF-32 code
points, so a whole batch of strings costs a few dozen vector operations
(:func:`normalize_many`); :func:`normalize` is the one-string case with fast paths.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mamori.text.markup import markup_positions

__all__ = ["Normalized", "fold_pattern", "normalize", "normalize_many", "skeleton"]

# Character classes of the lookup table (uint8). BOUNDARY never comes from the table:
# it is written at string boundaries of a batch so no context rule crosses strings.
(OTHER, SEP, SPACE, LATIN, DIGIT, KATA, HIRA, KANJI, LONG, DASH, CIRCLE, MARK, ONE, BOUNDARY) = (
    range(14)
)
_N_CLASSES = BOUNDARY + 1

_MAX_CP = 0x110000
_PROLONGED = 0x30FC  # ー
_ONE = 0x4E00  # 一
# U+FDD0 (a noncharacter, reserved for a program's internal use) is what
# ``functions.without`` writes over permitted wording: kept as a letter so no match can
# be formed across a blanked span. Not U+FFFC, which real pasted text contains.
_MASK = 0xFDD0
_DASHES = "‐‑‒–—―−─━"
_CIRCLES = "○◯〇"
# Kanji that look like katakana (and back); folded only where the neighbours say so.
_LOOKALIKES = {
    "力": "カ",
    "二": "ニ",
    "口": "ロ",
    "工": "エ",
    "夕": "タ",
    "卜": "ト",
    "八": "ハ",
    "才": "オ",
}
# Lower-case Cyrillic / Greek letters whose (upper- or lower-case) glyph is a Latin
# letter's. Not μ: NFKC turns the micro sign into μ, and μg must not read as mg.
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "ν": "n",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x",
}  # fmt: skip
# Hangul V/T jamo compose with a preceding L jamo: NFKC handles those clusters.
_COMPOSING = "".join(chr(c) for c in range(0x1160, 0x1200))
# Voiced-sound marks (half-width ﾞﾟ and combining ゙゚) are composed by table lookup
# instead, because half-width katakana with marks is everyday marketplace text.
_VOICED, _SEMI = 0x3099, 0x309A
_MARKS = {0xFF9E: _VOICED, 0xFF9F: _SEMI, _VOICED: _VOICED, _SEMI: _SEMI}

IntArray = npt.NDArray[np.int64]


def cache_root() -> Path:
    """Where mamori keeps derived data (lookup tables, compiled lexicons)."""
    env = os.environ.get("MAMORI_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "mamori"


def _load_or_build_base() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8], list[int]]:
    """:func:`_build_base`, cached on disk: building takes ~0.5 s, loading ~30 ms.

    The key covers everything the tables depend on (this module's source, the variant
    table, the Unicode version), so a stale cache is never read; a missing, unreadable or
    corrupt file only costs a rebuild.
    """
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    h.update(resources.files("mamori.text").joinpath("data/kanji_variants.tsv").read_bytes())
    h.update(unicodedata.unidata_version.encode())
    path = cache_root() / "text" / f"tables-{h.hexdigest()[:24]}.npz"
    arange = np.arange(_MAX_CP, dtype=np.uint32)
    try:
        with np.load(path) as z:
            fold = (z["fold_delta"].astype(np.int64) + arange).astype(np.uint32)
            cls = z["cls"].astype(np.uint8)
            complex_cps = z["complex"].astype(np.int64).tolist()
        if len(fold) == _MAX_CP and len(cls) == _MAX_CP:
            return fold, cls, complex_cps
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError):
        pass
    fold, cls, complex_cps = _build_base()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez_compressed(
            tmp,
            fold_delta=(fold.astype(np.int64) - arange).astype(np.int32),
            cls=cls,
            complex=np.asarray(complex_cps, dtype=np.int64),
        )
        tmp.replace(path)
    except OSError:  # read-only home: rebuild next time
        pass
    return fold, cls, complex_cps


def _build_base() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8], list[int]]:
    """The expensive tables: fold, class of the folded character, complex code points."""
    n = _MAX_CP
    fold = np.arange(n, dtype=np.uint32)
    cls = np.full(n, OTHER, dtype=np.uint8)
    complex_cps: list[int] = []
    variants = _load_variants()
    nfkc = unicodedata.normalize
    category = unicodedata.category
    combining = unicodedata.combining

    def base_class(ch: str) -> int:
        cp = ord(ch)
        cat = category(ch)
        if cp == _MASK:
            return OTHER
        if ch.isspace():
            return SPACE
        if ch in _CIRCLES:
            return CIRCLE
        if ch in _DASHES:
            return DASH
        if cp == _PROLONGED:
            return LONG
        if "0" <= ch <= "9":
            return DIGIT
        if ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            return LATIN
        if 0x3041 <= cp <= 0x3096 or 0x309D <= cp <= 0x309F:
            return HIRA
        if 0x30A1 <= cp <= 0x30FA or 0x30FD <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF:
            return KATA
        if cp == _ONE:
            return ONE
        if cp in (0x3005, 0x3006) or (cat[0] == "L" and _is_han(cp)):
            return KANJI
        if cat[0] == "L" and (0xC0 <= cp <= 0x24F or 0x1E00 <= cp <= 0x1EFF):
            return LATIN
        if cat[0] in "PSCZ" or cat in ("Mn", "Me"):
            return SEP
        return OTHER

    # Planes 0-2 and the variation-selector supplement hold everything that needs more
    # than its general category; the rest is unassigned, private use or tags.
    ranges = [range(0, 0x30000), range(0xE0000, 0xE0200)]
    for rng in ranges:
        for cp in rng:
            ch = chr(cp)
            cls[cp] = base_class(ch)
            if 0xD800 <= cp <= 0xDFFF:
                continue
            if cp in _MARKS:
                fold[cp] = _MARKS[cp]
                cls[cp] = MARK
                continue
            if combining(ch) or ch in _COMPOSING:
                complex_cps.append(cp)
                continue
            n_ch = nfkc("NFKC", ch)
            if n_ch == ch:
                continue
            if len(n_ch) == 1 and not combining(n_ch):
                fold[cp] = ord(n_ch)
                continue
            kept = [c for c in n_ch if base_class(c) not in (SEP, SPACE)]
            if any(combining(c) for c in n_ch):
                complex_cps.append(cp)
            elif len(kept) == 1:  # ㈱ → (株) → 株: same skeleton, keeps offsets 1:1
                fold[cp] = ord(kept[0])
            elif not kept:  # … → ... → (all separators)
                fold[cp] = ord(n_ch[0])
            else:
                complex_cps.append(cp)
    for cp in range(0x30000, n):  # private use / unassigned / tags beyond plane 2
        if not 0xE0000 <= cp < 0xE0200:
            cls[cp] = SEP if category(chr(cp))[0] in "CZPS" or cp >= 0xF0000 else OTHER
    # Variants and lower case apply to the NFKC result.
    for old, new in variants.items():
        fold[ord(old)] = ord(new)
    folded = np.flatnonzero(fold != np.arange(n, dtype=np.uint32))
    for cp in folded.tolist():
        tgt = chr(int(fold[cp]))
        tgt = variants.get(tgt, tgt)
        low = tgt.lower()
        fold[cp] = ord(low) if len(low) == 1 else ord(tgt)
    for cp in range(0, 0x30000):
        if fold[cp] == cp:
            ch = chr(cp)
            low = ch.lower()
            if low != ch and len(low) == 1:
                fold[cp] = ord(low)
    # Cyrillic and Greek letters drawn like Latin ones (ＣНАNЕL with Cyrillic Н and Е)
    # become Latin, after lower-casing: the brand names counterfeiters spoof are Latin.
    remap = np.arange(n, dtype=np.uint32)
    for src, dst in _HOMOGLYPHS.items():
        remap[ord(src)] = ord(dst)
    fold = remap[fold]
    fold[0x039C] = ord("m")  # capital Μ looks like M; only the lower-case μ means micro
    # Class of a code point = class of what it folds to (ｰ → ー is LONG, Ａ → a LATIN).
    return fold, cls[fold], complex_cps


_CLS_SHIFT = 21  # code points fit in 21 bits
_COMPLEX_SHIFT = 29  # above the 8-bit class
_FOLD_MASK = np.uint32((1 << _CLS_SHIFT) - 1)


class _Tables:
    """Lookup tables indexed by code point, made once per process (cached on disk)."""

    def __init__(self) -> None:
        n = _MAX_CP
        fold, folded_cls, complex_cps = _load_or_build_base()
        self.cls = folded_cls
        self.fold = fold
        final = np.arange(n, dtype=np.uint32)
        final[0x30A1:0x30F7] -= 0x60  # ァ..ヶ → ぁ..ゖ
        final[0x30FD:0x30FF] -= 0x60  # ヽヾ → ゝゞ
        self.final = final
        lookalike = np.zeros(n, dtype=np.uint32)
        kanji_like = np.zeros(n, dtype=bool)
        kana_like = np.zeros(n, dtype=bool)
        for kanji, kana in _LOOKALIKES.items():
            lookalike[ord(kanji)] = ord(kana)
            lookalike[ord(kana)] = ord(kanji)
            kanji_like[ord(kanji)] = True
            kana_like[ord(kana)] = True
        voiced = np.zeros(n, dtype=np.uint32)
        semi = np.zeros(n, dtype=np.uint32)
        for cp in range(0x3041, 0x3100):
            for mark, table in ((_VOICED, voiced), (_SEMI, semi)):
                composed = unicodedata.normalize("NFC", chr(cp) + chr(mark))
                if len(composed) == 1:
                    table[cp] = ord(composed)
        self.voiced = voiced
        self.semi = semi
        self.lookalike = lookalike
        self.kanji_like = kanji_like
        self.kana_like = kana_like

        def class_set(*classes: int) -> npt.NDArray[np.bool_]:
            out = np.zeros(_N_CLASSES, dtype=bool)
            out[list(classes)] = True
            return out

        self.latin_or_digit = class_set(LATIN, DIGIT)
        self.rare = class_set(CIRCLE, MARK, SPACE)  # need a look at their neighbours
        self.keep = ~class_set(SEP, SPACE, MARK)
        self.dashlike = class_set(LONG, DASH, ONE)
        self.katalike = class_set(KATA, LONG)
        self.hanlike = class_set(KANJI, ONE)
        # The same class sets as 256-byte translation tables: bytes.translate over a
        # batch's class codes is ~10x faster than numpy fancy indexing by a uint8 array
        # (which first widens every index to 64 bits).
        self.rare_b = _byte_table(self.rare)
        self.keep_b = _byte_table(self.keep)
        self.dashlike_b = _byte_table(self.dashlike)
        # What a look-alike candidate becomes, by (kind, previous class, next class):
        # 0 nothing, 1 swap kanji<->katakana, 2 the letter o. Kind 1 = kanji that looks
        # like katakana, 2 = katakana that looks like kanji, 3 = the digit 0.
        kind = np.zeros(n, dtype=np.uint8)
        kind[kanji_like] = 1
        kind[kana_like] = 2
        kind[0x30] = 3
        self.lookalike_kind = kind
        m = _N_CLASSES
        action = np.zeros(4 * m * m, dtype=np.uint8)
        kata, han = {KATA, LONG}, {KANJI, ONE}
        for p_cls in range(m):
            for n_cls in range(m):
                at = p_cls * m + n_cls
                if (p_cls in kata and n_cls not in han | {HIRA}) or (
                    n_cls in kata and p_cls not in han | {HIRA}
                ):
                    action[1 * m * m + at] = 1
                if (p_cls in han and n_cls not in kata | {HIRA}) or (
                    n_cls in han and p_cls not in kata | {HIRA}
                ):
                    action[2 * m * m + at] = 1
                if p_cls == LATIN and n_cls == LATIN:
                    action[3 * m * m + at] = 2
        self.lookalike_action = action
        is_complex = np.zeros(n, dtype=bool)
        is_complex[complex_cps] = True
        self.is_complex = is_complex
        # fold code, class and is_complex in one word: a batch reads all three with one
        # gather instead of three (each costs ~3 ns per character; shifts cost ~0.3).
        packed = fold.astype(np.uint32)
        packed |= folded_cls.astype(np.uint32) << _CLS_SHIFT
        packed |= is_complex.astype(np.uint32) << _COMPLEX_SHIFT
        self.packed = packed
        self.cluster_re = re.compile(
            "(?s).["
            + _ranges(sorted({*complex_cps} & _combining_set(complex_cps)))
            + "]+|"
            + _char_class(complex_cps)
        )


def _byte_table(classes: npt.NDArray[np.bool_]) -> bytes:
    out = np.zeros(256, dtype=np.uint8)
    out[: len(classes)] = classes
    return out.tobytes()


def _in_classes(table: bytes, k: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """``classes[k]`` for a class set given as :func:`_byte_table` (read-only result)."""
    return np.frombuffer(k.tobytes().translate(table), dtype=np.bool_)


def _combining_set(cps: list[int]) -> set[int]:
    return {
        cp
        for cp in cps
        if (unicodedata.combining(chr(cp)) or chr(cp) in _COMPOSING) and cp not in _MARKS
    }


def _is_han(cp: int) -> bool:
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
    )


def _ranges(cps: list[int]) -> str:
    """A regex character-class body for sorted code points, as compact ranges."""
    out: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(out)


def _char_class(cps: list[int]) -> str:
    return "[" + _ranges(sorted(set(cps))) + "]"


def _load_variants() -> dict[str, str]:
    data = resources.files("mamori.text").joinpath("data/kanji_variants.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in data.splitlines():
        if line and not line.startswith("#"):
            old, new = line.split("\t")
            out[old] = new
    return out


@cache
def _tables() -> _Tables:
    return _Tables()


class Normalized:
    """A skeleton (``.text``) and the way back to the original string.

    >>> n = normalize("痩\\u200bせ🌸る！")
    >>> n.text
    '痩せる'
    >>> n.to_original(0, 3)
    (0, 5)
    >>> n.original[0:5]
    '痩\\u200bせ🌸る'
    """

    __slots__ = ("_base", "_idx", "_off", "_s1", "original", "text")

    def __init__(
        self,
        original: str,
        text: str,
        idx: IntArray | None,
        stage1: tuple[IntArray, IntArray] | None,
        off: int = 0,
        base: int = 0,
    ) -> None:
        self.original = original
        self.text = text
        # idx[off + i] - base = position in the stage-1 (NFKC) string of skeleton char i;
        # idx is shared by a whole batch, so creating a Normalized copies nothing.
        # None = nothing was dropped (positions are equal).
        self._idx = idx
        self._off = off
        self._base = base
        # (starts, ends): stage-1 char j came from original[starts[j]:ends[j]]; None = 1:1.
        # One slot, not two: a batch builds one Normalized per text, and every
        # attribute store in __init__ shows in normalize_many's per-text cost.
        self._s1 = stage1

    def __repr__(self) -> str:
        return f"Normalized({self.text!r})"

    def __len__(self) -> int:
        return len(self.text)

    def _stage1(self, i: int) -> int:
        # .item(): a Python int straight from the array, ~2x cheaper than int(idx[j])
        return i if self._idx is None else self._idx.item(self._off + i) - self._base  # type: ignore[no-any-return]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the span of ``original`` it was folded from.

        The span covers everything between the first and last source characters, so
        separators a seller inserted inside a matched word are part of the evidence.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span {start}:{end} outside 0:{n}")
        if start == n:
            return len(self.original), len(self.original)
        if end == start:
            a = self._stage1(start)
            s1 = self._s1
            s = a if s1 is None else s1[0].item(a)
            return s, s
        return self._span(start, end)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """:meth:`to_original` of a non-empty span, unchecked (``0 <= start < end <=
        len(text)``): composed skeletons map each piece's matches through this, once
        per match, so it has no method calls of its own."""
        idx = self._idx
        if idx is None:
            a, b = start, end - 1
        else:  # .item(): a Python int straight from the array, ~2x cheaper than int(x[j])
            a = idx.item(self._off + start) - self._base
            b = idx.item(self._off + end - 1) - self._base
        s1 = self._s1
        if s1 is None:
            s, e = a, b + 1
        else:
            s, e = s1[0].item(a), s1[1].item(b)
        # A voiced mark composed into the last character belongs to the evidence (ｶﾞ).
        orig = self.original
        while e < len(orig) and ord(orig[e]) in _MARKS:
            e += 1
        return s, e


def _stage1(tables: _Tables, s: str) -> tuple[str, tuple[IntArray, IntArray] | None]:
    """NFKC for the characters the fold table cannot do alone, cluster by cluster."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    out_len = 0
    for m in tables.cluster_re.finditer(s):
        a, b = m.span()
        if a > pos:
            pieces.append(s[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
            out_len += a - pos
        folded = unicodedata.normalize("NFKC", m.group())
        pieces.append(folded)
        if len(folded) == b - a:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(folded))
            ends.extend([b] * len(folded))
        out_len += len(folded)
        pos = b
    if pos < len(s):
        pieces.append(s[pos:])
        starts.extend(range(pos, len(s)))
        ends.extend(range(pos + 1, len(s) + 1))
    return "".join(pieces), (np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64))


def _shift_prev(a: npt.NDArray[Any], fill: int) -> npt.NDArray[Any]:
    out = np.empty_like(a)
    out[0] = fill
    out[1:] = a[:-1]
    return out


def _shift_next(a: npt.NDArray[Any], fill: int) -> npt.NDArray[Any]:
    out = np.empty_like(a)
    out[-1] = fill
    out[:-1] = a[1:]
    return out


def _bounds(texts: Sequence[str]) -> IntArray:
    """Positions of the boundary slots: one before each string and one after the last."""
    if len(texts) == 1:
        return np.array([0, len(texts[0]) + 1], dtype=np.int64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=bounds[1:])
    return bounds


def _runs(pos: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Maximal runs of consecutive positions: (first, last, run number of each position)."""
    new_run = np.empty(len(pos), dtype=bool)
    new_run[0] = True
    np.not_equal(pos[1:] - pos[:-1], 1, out=new_run[1:])
    run_id = np.cumsum(new_run) - 1
    last = np.empty(len(pos), dtype=bool)
    last[-1] = True
    last[:-1] = new_run[1:]
    return pos[new_run], pos[last], run_id


def _fold_codes(
    t: _Tables,
    raw: npt.NDArray[np.uint32],
    bounds: IntArray,
    kana: bool = True,
    packed: npt.NDArray[np.uint32] | None = None,
    markup: IntArray | None = None,
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8], IntArray]:
    """The context rules (steps 3-7) over one array holding every string of a batch.

    Whole-array operations are kept to a handful of table lookups; rules about rare
    characters (circles, voiced marks, spaces, long vowels, look-alikes) work on the
    positions of those characters only. ``packed`` is ``t.packed[raw]`` when the caller
    has it already. 1-D gathers use ``np.take``, ~25 % cheaper than fancy indexing.
    """
    v = t.packed.take(raw) if packed is None else packed
    c = v & _FOLD_MASK
    k = (v >> _CLS_SHIFT).astype(np.uint8)  # keeps the class byte, drops is_complex
    if markup is not None and markup.size:
        k[markup] = SPACE  # HTML tags and references fold away like whitespace
    k[bounds] = BOUNDARY
    rare = _in_classes(t.rare_b, k).nonzero()[0]
    circ_raw = rare
    if rare.size:
        rk = k[rare]
        circ_raw = rare[rk == CIRCLE]
        # Voiced-sound marks compose with the kana before them (ｶﾞ → ガ, か+゙ → が);
        # the mark itself is then dropped like a separator.
        marks = rare[rk == MARK]
        if marks.size:
            prev = c[marks - 1]
            composed = np.where(c[marks] == _VOICED, t.voiced[prev], t.semi[prev])
            ok = composed != 0
            c[marks[ok] - 1] = composed[ok]
    keep = _in_classes(t.keep_b, k).copy()  # written to below
    idx = keep.nonzero()[0]
    # 3. a run of separators holding whitespace, between two Latin letters, becomes one
    # space ("UP! cup" → "up cup"), unless both letters stand alone (Y A S E R U → yaseru);
    # every other separator is dropped.
    spaces = rare[k[rare] == SPACE] if rare.size else rare
    if spaces.size:
        j = np.searchsorted(idx, spaces)  # kept characters around each space: idx[j-1], idx[j]
        ok = (k[idx[j - 1]] == LATIN) & (k[idx[j]] == LATIN)
        if ok.any():
            spaces, j = spaces[ok], j[ok]
            first = np.ones(len(j), dtype=bool)
            first[1:] = j[1:] != j[:-1]  # one space per run
            spaces, j = spaces[first], j[first]
            lod = t.latin_or_digit
            # a letter stands alone when its raw neighbours are not letters or digits
            lone_left = ~lod[k[idx[j - 1] - 1]]
            lone_right = ~lod[k[idx[j] + 1]]
            kept_spaces = spaces[~(lone_left & lone_right)]
            if kept_spaces.size:
                c[kept_spaces] = 0x20
                keep[kept_spaces] = True
                idx = keep.nonzero()[0]
    c = c[idx]
    k = k[idx]
    # 4. long vowels: 一 after katakana (and not before kanji) is one; a run of ー or
    # dashes after kana becomes a single ー, elsewhere it is dropped.
    dl = _in_classes(t.dashlike_b, k).nonzero()[0]
    if dl.size and (k[dl] == LONG).all():
        # The usual case: each ー right after kana, already in final form. (A second ー
        # in a row has ー before it, not kana, so runs never pass this test.)
        before = k[dl - 1]
        if ((before == KATA) | (before == HIRA)).all():
            dl = dl[:0]
    if dl.size:
        one = dl[k[dl] == ONE]
        if one.size:
            pk, nk = k[one - 1], k[one + 1]
            as_dash = (t.katalike[pk] | (pk == DASH)) & ~t.hanlike[nk]
            k[one[as_dash]] = DASH
            k[one[~as_dash]] = KANJI
            dl = dl[k[dl] != KANJI]
        if dl.size:
            first, _, _ = _runs(dl)
            before = k[first - 1]
            heads = first[(before == KATA) | (before == HIRA)]
            c[heads] = _PROLONGED
            k[heads] = LONG
            if len(heads) != len(dl):  # the usual single ー after kana needs no drop
                keep2 = np.ones(len(k), dtype=bool)
                keep2[dl] = False
                keep2[heads] = True
                sel = keep2.nonzero()[0]
                c, k, idx = c[sel], k[sel], idx[sel]
    # 5. circles, by the characters around them once separators and dropped dashes are
    # gone (so that folding twice changes nothing); a run of circles (1〇〇) takes the
    # neighbours of the whole run. ○ ◯ elsewhere are symbols (dropped), 〇 a numeral.
    if rare.size and circ_raw.size:
        circ = np.searchsorted(idx, circ_raw)
        first, last, run_id = _runs(circ)
        pk, nk = k[first - 1][run_id], k[last + 1][run_id]
        letter = (pk == LATIN) | (nk == LATIN)
        digit = ~letter & ((pk == DIGIT) | (nk == DIGIT))
        c[circ[letter]] = ord("o")
        k[circ[letter]] = LATIN
        c[circ[digit]] = ord("0")
        k[circ[digit]] = DIGIT
        rest = circ[~letter & ~digit]
        numeral = c[rest] == ord("〇")
        k[rest[numeral]] = KANJI
        gone = rest[~numeral]
        if gone.size:
            keep_c = np.ones(len(k), dtype=bool)
            keep_c[gone] = False
            sel = keep_c.nonzero()[0]
            c, k, idx = c[sel], k[sel], idx[sel]
    # 6. look-alikes by context, decided by one table lookup per candidate.
    cand = t.lookalike_kind.take(c).nonzero()[0]
    if cand.size:
        m = _N_CLASSES
        where = (t.lookalike_kind[c[cand]].astype(np.int64) * m + k[cand - 1]) * m + k[cand + 1]
        action = t.lookalike_action[where]
        flip = cand[action == 1]
        if flip.size:
            c[flip] = t.lookalike[c[flip]]
        zero = cand[action == 2]
        if zero.size:
            c[zero] = ord("o")
    return (t.final.take(c) if kana else c), k, idx


def normalize_many(texts: Sequence[str], *, kana: bool = True) -> list[Normalized]:
    """Normalise a batch in one pass of vector operations (the batch text pass uses this).

    ``kana=False`` skips the katakana → hiragana step: the "surface" view handed to a
    morphological analyser, which reads katakana loanwords better as katakana.

    >>> [n.text for n in normalize_many(["ﾔｾﾙ", "痩 せ る", "ＮＯ．１"])]
    ['やせる', '痩せる', 'no1']
    """
    if not texts:
        return []
    # Bound the working arrays (~20 bytes per character) on very large batches.
    out: list[Normalized] = []
    start = total = 0
    for i, s in enumerate(texts):
        total += len(s)
        if total > _CHUNK_CHARS:
            out.extend(_normalize_chunk(texts[start : i + 1], kana))
            start, total = i + 1, 0
    if start < len(texts):
        out.extend(_normalize_chunk(texts[start:], kana))
    return out


_CHUNK_CHARS = 1 << 22


def _normalize_chunk(texts: Sequence[str], kana: bool) -> list[Normalized]:
    t = _tables()
    stage1 = texts
    maps: dict[int, tuple[IntArray, IntArray]] = {}  # stage-1 offset maps, where not 1:1
    joined = "\0" + "\0".join(texts) + "\0"
    raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bounds = _bounds(texts)
    # Already-NFKC text needs no cluster pass (str.isascii is O(1); is_normalized runs at
    # ~1 GB/s, far faster than the table lookup it saves).
    hard: IntArray
    packed: npt.NDArray[np.uint32] | None = None
    if joined.isascii() or unicodedata.is_normalized("NFKC", joined):
        hard = np.empty(0, dtype=np.int64)
    else:
        packed = t.packed.take(raw)
        hard = (packed >= 1 << _COMPLEX_SHIFT).nonzero()[0]
    if hard.size:  # decompositions / expansions: NFKC those strings cluster by cluster
        stage1 = list(texts)
        for i in np.unique(np.searchsorted(bounds, hard) - 1).tolist():
            s1, m1 = _stage1(t, texts[i])
            stage1[i] = s1
            if m1 is not None:
                maps[i] = m1
        joined = "\0" + "\0".join(stage1) + "\0"
        raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        bounds = _bounds(stage1)
        packed = None
    markup = markup_positions(joined) if ("<" in joined or "&" in joined) else None
    codes, k, idx = _fold_codes(t, raw, bounds, kana, packed, markup)
    folded = codes.tobytes().decode("utf-32-le", "surrogatepass")
    if len(texts) == 1:
        b = len(k) - 1
        lossless = b - 1 == len(stage1[0])
        return [Normalized(texts[0], folded[1:b], None if lossless else idx, maps.get(0), 1, 1)]
    ob = (k == BOUNDARY).nonzero()[0]
    # Per text: where its skeleton starts in the batch, where it ends, where its stage-1
    # string starts, and whether nothing was dropped (then positions are equal and the
    # offset map is the identity), all computed as arrays; the loop only slices.
    firsts = ob[:-1] + 1
    same = (ob[1:] - firsts) == (bounds[1:] - bounds[:-1] - 1)
    args = zip(
        texts,
        firsts.tolist(),
        ob[1:].tolist(),
        same.tolist(),
        (bounds[:-1] + 1).tolist(),
        strict=True,
    )
    if maps:
        return [
            Normalized(text, folded[a:b], None if eq else idx, maps.get(i), a, base)
            for i, (text, a, b, eq, base) in enumerate(args)
        ]
    return [
        Normalized(text, folded[a:b], None if eq else idx, None, a, base)
        for text, a, b, eq, base in args
    ]


def normalize(text: str, *, kana: bool = True) -> Normalized:
    """Normalise one string into its matching skeleton (see the module docstring).

    >>> normalize("飲むだけで瘦せる！").text
    '飲むだけで痩せる'
    >>> normalize("ダイエットーーー〜").text
    'だいえっとー'
    >>> normalize("Collagen Peptide 100 mg").text
    'collagen peptide100mg'
    """
    if text.isascii() and (text.isalpha() or text.isdigit()):
        low = text.lower()
        return Normalized(text, low, None, None)
    return normalize_many([text], kana=kana)[0]


@cache
def _pattern_table() -> dict[int, int]:
    table = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}
    table.update({0x30FD: 0x309D, 0x30FE: 0x309E})
    table.update({ord(old): ord(new) for old, new in _load_variants().items()})
    return table


def fold_pattern(pattern: str) -> str:
    """A lexicon regex made to run on skeletons: the folds that are safe inside a regex.

    Katakana → hiragana and old → 常用 kanji (neither is a regex metacharacter, and ranges
    like ``[ァ-ヶ]`` stay ranges), and case-insensitive matching (the skeleton is lower
    case). Width and separators are not touched: ``（`` must not become ``(``.

    >>> fold_pattern("ダイエット[0-9]+KG")
    '(?i)だいえっと[0-9]+KG'
    """
    return "(?i)" + pattern.translate(_pattern_table())


# Hiragana whose katakana form is drawn like a kanji (に: ニ/二, か: カ/力 …).
PARTICLE_LOOKALIKES: dict[str, str] = {
    chr(ord(kana) - 0x60): kanji for kanji, kana in _LOOKALIKES.items()
}


def _han_char(ch: str) -> bool:
    return _is_han(ord(ch)) or ch in "々〆"


def _kana_char(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


def lookalike_variants(skel: str, limit: int = 8) -> list[str]:
    """Other spellings under which a folded lexicon literal can appear in skeletons.

    The look-alike rule reads a katakana ニ next to a kanji as 二 (第ニ類 → 第二類), so copy
    that writes its particles in katakana (薬ニ頼ラズ) folds to 薬二頼らず and would miss
    the entry 薬に頼らず. A particle-like hiragana counts where the rule could have
    flipped it — one neighbour a kanji (or the entry's edge, whose neighbour in the text
    is unknown) and the other not kana — and at most ``limit`` spellings are returned
    (the entry itself first).

    >>> lookalike_variants("薬に頼らず")
    ['薬に頼らず', '薬二頼らず']
    >>> lookalike_variants("すっかり")
    ['すっかり']
    """

    def flippable(i: int) -> bool:
        left = skel[i - 1] if i > 0 else None
        right = skel[i + 1] if i + 1 < len(skel) else None
        left_han = left is None or _han_char(left)
        right_han = right is None or _han_char(right)
        left_other = left is None or not _kana_char(left)
        right_other = right is None or not _kana_char(right)
        return (left_han and right_other) or (right_han and left_other)

    out = [skel]
    for i, ch in enumerate(skel):
        kanji = PARTICLE_LOOKALIKES.get(ch)
        if kanji is None or not flippable(i):
            continue
        out += [v[:i] + kanji + v[i + 1 :] for v in out if len(out) < limit]
        out = out[:limit]
    return out


def lookalike_pattern(rx: str) -> str:
    """A folded lexicon regex that also accepts a particle's kanji look-alike.

    Every particle-like hiragana outside a character class becomes ``[に二]``; inside a
    class, the kanji is added before the closing ``]`` (ranges are left alone). Escaped
    characters are copied as they are.

    >>> lookalike_pattern("(?i)(年齢|加齢)に(負け|逆ら)")
    '(?i)(年齢|加齢)[に二](負け|逆ら)'
    >>> lookalike_pattern("(?i)肌[にへ]")
    '(?i)肌[にへ二]'
    """
    out: list[str] = []
    extra: list[str] = []
    in_class = False
    class_text = ""
    i = 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\" and i + 1 < len(rx):
            out.append(rx[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                out.append("".join(dict.fromkeys(extra)) + "]")
                extra = []
                in_class = False
            else:
                kanji = PARTICLE_LOOKALIKES.get(ch)
                ranged = (i > 0 and rx[i - 1] == "-") or (i + 1 < len(rx) and rx[i + 1] == "-")
                if kanji is not None and not ranged and kanji not in class_text:
                    extra.append(kanji)
                out.append(ch)
        elif ch == "[":
            in_class = True
            end = rx.find("]", i + 2)
            class_text = rx[i : end if end > 0 else len(rx)]
            if rx.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
            out.append("[")
        else:
            kanji = PARTICLE_LOOKALIKES.get(ch)
            out.append(f"[{ch}{kanji}]" if kanji is not None else ch)
        i += 1
    return "".join(out)


def skeleton(text: str) -> str:
    """Just the folded text, for lexicon entries and list values.

    >>> skeleton("ｺﾗｰｹﾞﾝ")
    'こらーげん'
    """
    return normalize(text).text

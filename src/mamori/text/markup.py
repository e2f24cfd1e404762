"""Find HTML markup in listing text, so matching reads the words and not the tags.

Marketplace descriptions are often HTML (楽天's PC用商品説明文, Shopify's ``body_html``,
pasted LP copy): ``飲むだけで痩<b>せる</b>`` or ``糖尿病が<br>治る``. Without this the
tags' letters stay in the skeleton (``痩bせる``) and a lexicon entry no longer matches,
which is also an evasion a seller can use on purpose. The normaliser treats the spans
found here as whitespace, so they fold away like ``痩 せ る`` does, and evidence still
points into the original text.

Only real HTML is markup: tags whose name is an HTML element (so ``<PR>`` or
``サイズ<M>`` written as text are not tags but ``<b>``, ``</P>``, ``<br/>`` and
``<font color="red">`` are), comments, and character references (``&nbsp;``,
``&#12379;``). A character reference is blanked, not decoded: copy rarely spells a
word's letters as references, and decoding would change the text's length.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

__all__ = ["HTML_ELEMENTS", "markup_positions", "markup_spans", "may_split_markup"]

#: Element names of HTML (current and the legacy ones pasted copy still uses).
HTML_ELEMENTS = frozenset(
    """
    a abbr address area article aside audio b base bdi bdo big blink blockquote body br
    button canvas caption center cite code col colgroup data dd del details dfn dialog
    div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6
    head header hr html i iframe img input ins kbd label legend li link main map mark
    marquee meta meter nav nobr noscript object ol optgroup option output p param
    picture pre progress q rp rt ruby s samp script section select small source span
    strike strong style sub summary sup svg table tbody td template textarea tfoot th
    thead time title tr track tt u ul var video wbr
    """.split()  # noqa: SIM905  (a word list reads better than 120 lines)
)

# A tag: < or </, an element name, attributes up to the closing > (no < inside, bounded
# so a stray < cannot make the regex scan far), optional />. Names are checked against
# HTML_ELEMENTS after the match.
# NUL never matches: the normaliser joins a batch's texts with it, and markup must not
# span two texts.
_MARKUP = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})((?:\s[^<>\0]{0,1000})?)/?>"
    r"|<!--[^\0]{0,4000}?-->"
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)

# The unfinished start of a character reference at the end of a text (``送料&nb``).
_OPEN_REFERENCE = re.compile(r"&(?:#[xX]?)?[A-Za-z0-9]{0,31}\Z")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every tag, comment and character reference in ``text``.

    >>> markup_spans("痩<b>せる</b>&nbsp;<PR>")
    [(1, 4), (6, 10), (10, 16)]
    """
    if "<" not in text and "&" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _MARKUP.finditer(text):
        name = m.group(2)
        if name is not None and name.lower() not in HTML_ELEMENTS:
            continue
        out.append(m.span())
    return out


def markup_positions(text: str) -> npt.NDArray[np.int64]:
    """Every character position inside markup, ascending (empty when there is none)."""
    spans = markup_spans(text)
    if not spans:
        return np.empty(0, dtype=np.int64)
    return np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in spans])


def may_split_markup(text: str) -> bool:
    """Whether ``text`` ends inside what could be the start of a tag, comment or reference.

    Skeletons of joined texts are composed from their parts' skeletons only when no
    markup can span the join: ``<b`` + ``>`` is a tag only once joined.

    >>> may_split_markup("価格 <b"), may_split_markup("<b>痩せる</b>"), may_split_markup("A&B")
    (True, False, True)
    """
    lt = text.rfind("<")
    if lt >= 0 and text.find(">", lt) < 0:
        return True
    com = text.rfind("<!--")
    if com >= 0 and text.find("-->", com + 4) < 0:
        return True
    amp = text.rfind("&", -40)  # a reference start is at most 35 characters long
    return amp >= 0 and _OPEN_REFERENCE.fullmatch(text, amp) is not None

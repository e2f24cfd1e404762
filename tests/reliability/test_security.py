"""Security matrix and the regressions it found."""

from __future__ import annotations

from pathlib import Path

from mamori.reliability import security


def test_security_matrix(tmp_path: Path) -> None:
    res = security.run_security(tmp_path)
    assert res.ok, "\n".join(res.failures[:30])
    assert res.figures["api operations"] >= 40
    assert res.figures["console routes"] >= 15
    assert res.figures["role × route checks"] > 500


def test_matrix_catches_a_route_without_permission(tmp_path: Path) -> None:
    """The matrix itself can fail: a route with no ``require`` is reported."""
    from fastapi import APIRouter

    from mamori.reliability.common import CheckResult

    with security._env(tmp_path) as env:
        leak = APIRouter()

        @leak.get("/v1/leak")
        def leaky() -> dict[str, str]:
            return {"secret": "x"}

        env.app.include_router(leak)
        res = CheckResult("t")
        security.api_matrix(env, res)
    assert not res.ok and any("/v1/leak" in f for f in res.failures)


def test_dsa_export_masks_personal_data() -> None:
    """Regression: the DSA export quoted phone numbers and e-mail addresses."""
    from mamori.enforcement.dsa import _mask

    assert _mask("連絡先 090-1234-5678 / a.b@example.jp") == "連絡先 [phone] / [e-mail]"
    assert _mask("型番 A-12-3456、価格 1000 円") == "型番 A-12-3456、価格 1000 円"


def test_console_pick_accepts_pack_titles() -> None:
    """Regression: /console/policies crashed (500) on real packs, whose titles are Text."""
    from mamori.console.views import _pick
    from mamori.policy.ast import Text

    assert "守り" in _pick("ja")(Text(ja="守り", en="guard"))
    assert "guard" in _pick("en")({"ja": "守り", "en": "guard"})

"""schemathesis over every operation, and the 5xx it found."""

from __future__ import annotations

from pathlib import Path

from mamori.reliability import apifuzz


def test_schemathesis_no_server_errors(tmp_path: Path) -> None:
    res = apifuzz.run_schemathesis(tmp_path, examples=6, derandomize=True)  # stable in CI
    assert res.ok, "\n".join(res.failures)
    assert res.figures["operations"] >= 40 and res.figures["server errors (5xx)"] == 0


def test_huge_integer_ids_are_422_not_500(tmp_path: Path) -> None:
    """Regression: ids, years and limits beyond 64 bits overflowed in the database driver."""
    import warnings

    from mamori.reliability.security import _env

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
    with _env(tmp_path) as env:
        h = {"Authorization": f"Bearer {env.keys['admin']}"}
        for url in (
            "/v1/cases/" + "9" * 30,
            "/v1/transparency/319023233252565",
            "/v1/transparency/9999",  # the report spans [year, year + 1): year 10000 broke
            "/v1/appeals?limit=-" + "9" * 25,
        ):
            assert env.client.get(url, headers=h).status_code == 422, url
        r = env.client.post("/v1/policies/ex.x/approve", json={"version": 10**40}, headers=h)
        assert r.status_code == 422

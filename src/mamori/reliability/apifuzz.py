"""schemathesis against ``/openapi.json``: generated requests to every operation, as an
admin, through the ASGI transport on ``create_app``: zero server errors (5xx)."""

from __future__ import annotations

import time
import traceback
import warnings
from pathlib import Path
from typing import Any

from mamori.reliability.common import CheckResult


def run_schemathesis(
    workdir: Path, *, examples: int = 25, derandomize: bool = False
) -> CheckResult:
    """``derandomize``: the same requests every run (the test suite); random otherwise."""
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings

    from mamori.api.app import create_app
    from mamori.services import identity
    from mamori.settings import Settings
    from mamori.storage import db

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    res = CheckResult("schemathesis · OpenAPI")
    t0 = time.perf_counter()
    examples_pack = Path(__file__).resolve().parents[3] / "examples"
    url = f"sqlite:///{workdir / 'schemathesis.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    engine.dispose()
    app = create_app(Settings(database_url=url, pack=str(examples_pack)))
    with app.state.mamori.uow.begin() as s:
        key = identity.create_api_key(s, "admin", username="schemathesis-admin").token
    headers = {"Authorization": f"Bearer {key}"}
    requests = 0
    server_errors: list[str] = []
    operations = 0
    # The lifespan (decision writer) must run, so the app is driven inside a TestClient.
    with TestClient(app):
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        for result in schema.get_all_operations():
            op = getattr(result, "ok", lambda: None)()
            if op is None:  # an operation schemathesis can't even read
                res.fail(f"unreadable operation: {getattr(result, 'err', lambda: '?')()}")
                continue
            operations += 1
            label = f"{op.method.upper()} {op.path}"

            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=derandomize,
                suppress_health_check=list(HealthCheck),
                phases=(Phase.explicit, Phase.generate),
            )
            @given(case=op.as_strategy())
            def check(case: Any) -> None:
                nonlocal requests
                requests += 1
                label = f"{case.method.upper()} {case.path}"
                try:
                    resp = case.call(headers=headers)
                except Exception:
                    server_errors.append(f"{label}: {traceback.format_exc(limit=3)[-300:]}")
                    return
                if resp.status_code >= 500:
                    body = resp.text[:200] if hasattr(resp, "text") else ""
                    server_errors.append(
                        f"{label} → {resp.status_code}: {case.path_parameters} "
                        f"{case.query} {str(case.body)[:120]} {body}"
                    )

            try:
                check()
            except Exception as exc:
                res.fail(f"{label}: schemathesis run failed: {str(exc)[:300]}")
    for e in server_errors[:10]:
        res.fail(e)
    res.figures.update(
        {
            "operations": operations,
            "requests": requests,
            "server errors (5xx)": len(server_errors),
        }
    )
    res.seconds = time.perf_counter() - t0
    return res

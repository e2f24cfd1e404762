"""Risk discovery: engine-neutral detectors that turn marketplace tables into findings.

See ``docs/discovery.md``. Detectors are plans over a
:class:`~mamori.discovery.runner.DiscoveryRunner` (SQL in the DuckDB dialect transpiled
by sqlglot, plus Arrow/numpy algorithms with explicit seeds), so DuckDB and Spark
produce the same findings.
"""

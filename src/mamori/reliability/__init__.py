"""Proof that mamori holds: load with faults, bad input, security, tamper evidence.

``python -m mamori.reliability [--full]`` (``make reliability``) runs every check against
real processes and databases and writes ``docs/reliability.md`` with the figures.
"""

"""mamori.evaluate."""

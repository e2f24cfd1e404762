"""mamori.cases."""

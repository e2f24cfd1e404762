"""mamori.policy."""

"""mamori.policy.check."""

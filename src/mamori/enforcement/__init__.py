"""mamori.enforcement."""

"""mamori.api.routes."""

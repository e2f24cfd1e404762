"""mamori.reports."""

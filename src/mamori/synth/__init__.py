"""mamori.synth."""

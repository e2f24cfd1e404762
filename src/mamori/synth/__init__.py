"""Synthetic Japanese marketplace with ground truth.

Every capability of mamori needs realistic data to be tested and benchmarked against, and
users try mamori on it before trusting it with their own: ``generate`` writes the
Contracts data directory plus ``labels.parquet`` listing everything planted.
"""

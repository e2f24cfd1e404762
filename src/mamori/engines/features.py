"""Join sellers' risk features into entity batches, so policies can call ``feature(name)``.

``feature('refund_rate')`` is sugar for the related field ``risk.refund_rate`` (see
``entities.SELLER_RISK``). In realtime the platform sends ``risk: {…}`` with the entity;
in batch this module looks each row's ``seller_id`` up in a features file written by
``mamori discover --features-out`` and fills the ``risk__<name>`` columns of every
batch before the engine sees it. The lookup is one vectorised ``index_in`` + ``take``
per column, so it costs the same per batch whatever the engine.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from mamori.discovery.features import policy_features
from mamori.entities import FEATURE_PREFIX, RELATED, RELATED_KEYS, SELLER_RISK
from mamori.errors import DataError

__all__ = ["FeatureJoin", "read_features"]


def read_features(path: str | Path) -> pa.Table:
    """A features file (.parquet, .csv or .jsonl) typed as ``SELLER_RISK``.

    Unknown columns are ignored (the ranked table's z-scores, say); missing feature
    columns become NULL, so a policy reading them simply does not fire. A features file
    without ``seller_id`` or with a seller twice is an error: the join would be ambiguous.
    """
    p = Path(path)
    if not p.is_file():
        raise DataError(f"特徴量ファイルがありません / features file not found: {p}")
    suffix = p.suffix.lower()
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            raw = pq.read_table(p)
        elif suffix == ".csv":
            import pyarrow.csv as pcsv

            raw = pcsv.read_csv(
                p, convert_options=pcsv.ConvertOptions(column_types={"seller_id": pa.string()})
            )
        elif suffix in (".jsonl", ".ndjson", ".json"):
            import pyarrow.json as pjson

            raw = pjson.read_json(p)
        else:
            raise DataError(
                f"特徴量ファイルの形式が不明です / features file must be .parquet, .csv or "
                f".jsonl: {p}"
            )
    except pa.ArrowInvalid as e:
        raise DataError(f"特徴量ファイルを読めません / cannot read features file {p}: {e}") from e
    if "seller_id" not in raw.column_names:
        raise DataError(
            f"特徴量ファイルに seller_id 列がありません / features file {p} has no seller_id "
            "column (write it with `mamori discover --features-out`)"
        )
    try:
        table = policy_features(raw).combine_chunks()
    except ValueError as e:
        raise DataError(f"特徴量の型が違います / {e} (in {p})") from e
    ids = table.column("seller_id")
    if ids.null_count:
        raise DataError(f"seller_id が空の行があります / features file {p} has empty seller_id")
    if pc.count_distinct(ids).as_py() != table.num_rows:
        counts = pc.value_counts(ids)
        dup = next(v["values"] for v in counts.to_pylist() if v["counts"] > 1)
        raise DataError(
            f"出品者が重複しています / seller {dup!r} appears twice in features file {p}"
        )
    return table


class FeatureJoin:
    """Fills ``risk__*`` columns of entity batches from a features table."""

    def __init__(self, features: pa.Table, entity: str) -> None:
        if FEATURE_PREFIX not in RELATED.get(entity, {}):
            kinds = ", ".join(k for k, rel in RELATED.items() if FEATURE_PREFIX in rel)
            raise DataError(
                f"{entity} はリスク特徴量を持ちません / a {entity} has no risk features "
                f"(feature() applies to: {kinds})"
            )
        self.key, _ = RELATED_KEYS[(entity, FEATURE_PREFIX)]
        self.features = features
        self.ids = features.column("seller_id").combine_chunks()
        self.names = [f.name for f in SELLER_RISK.fields if f.name != "seller_id"]

    @classmethod
    def read(cls, path: str | Path, entity: str) -> FeatureJoin:
        return cls(read_features(path), entity)

    def apply(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """The batch with each row's seller's features; values already in the input
        (``risk: {…}`` sent with the row) are kept where the file has no such seller."""
        if self.key not in batch.schema.names:
            return batch
        keys = batch.column(self.key)
        idx = pc.index_in(keys, value_set=self.ids)
        arrays = list(batch.columns)
        names = list(batch.schema.names)
        for name in self.names:
            col = f"{FEATURE_PREFIX}__{name}"
            found = self.features.column(name).take(idx).combine_chunks()
            if col in names:
                i = names.index(col)
                given = arrays[i]
                arrays[i] = pc.coalesce(found, given.cast(found.type, safe=False))
            else:
                names.append(col)
                arrays.append(found)
        return pa.RecordBatch.from_arrays(arrays, names=names)

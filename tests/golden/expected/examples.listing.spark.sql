SELECT __row, __p, evidence FROM (
  SELECT __row, 0 AS __p, `__e0` AS evidence FROM batch WHERE ((`__t0`) AND ((`price` < 5000))) AND ((`seller__seller_type` = 'individual'))
  UNION ALL SELECT __row, 1 AS __p, `__e1` AS evidence FROM batch WHERE `__t1`
  UNION ALL SELECT __row, 2 AS __p, CAST(array() AS ARRAY<STRUCT<field: STRING, text: STRING, start: BIGINT, end: BIGINT>>) AS evidence FROM batch WHERE (((CHAR_LENGTH(COALESCE(`description`, '')) < 10)) AND ((LOWER(`title`) LIKE '%sale%'))) AND (((`price` % NULLIF(1000, 0)) = 0))
  UNION ALL SELECT __row, 3 AS __p, `__e0` AS evidence FROM batch WHERE ((`__t0`) AND ((`risk__refund_rate` >= CAST(0.2 AS DOUBLE)))) AND ((`risk__account_age_days` < 90))
  UNION ALL SELECT __row, 4 AS __p, `__e2` AS evidence FROM batch WHERE (((`category` IN ('cosmetics', 'health_food', 'food'))) AND (`__t2`)) AND (NOT (`__t3`))
  UNION ALL SELECT __row, 5 AS __p, `__e4` AS evidence FROM batch WHERE ((`category` IN ('health_food', 'food'))) AND (`__t4`)
  UNION ALL SELECT __row, 6 AS __p, `__e5` AS evidence FROM batch WHERE (SIZE(`__t5`) >= 2)
  UNION ALL SELECT __row, 7 AS __p, CAST(array() AS ARRAY<STRUCT<field: STRING, text: STRING, start: BIGINT, end: BIGINT>>) AS evidence FROM batch WHERE (((NOT (`list_price` IS NULL)) AND ((`price` < `list_price`))) AND (((((`list_price` - `price`) * 100) / NULLIF(`list_price`, 0)) >= 30))) AND ((COALESCE(`price__days_at_list_price_56d`, 0) < 14))
  UNION ALL SELECT __row, 8 AS __p, CAST(array() AS ARRAY<STRUCT<field: STRING, text: STRING, start: BIGINT, end: BIGINT>>) AS evidence FROM batch WHERE (((`category` = 'electrical')) AND ((`product_type` IN ('mobile_battery', 'ac_adapter')))) AND (((`pse_mark` IS NULL)) OR ((`pse_mark` = 'none')))
  UNION ALL SELECT __row, 9 AS __p, `__e6` AS evidence FROM batch WHERE ((`category` = 'knife')) AND (CASE WHEN (`blade_length_cm` IS NULL) THEN `__t6` WHEN (`blade_length_cm` BETWEEN 15 AND 100) THEN TRUE ELSE FALSE END)
) ORDER BY __row, __p

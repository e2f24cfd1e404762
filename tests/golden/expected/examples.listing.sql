SELECT __row, __p, CASE __p
    WHEN 0 THEN "__e0"
    WHEN 1 THEN "__e1"
    WHEN 2 THEN CAST([] AS STRUCT("field" VARCHAR, "text" VARCHAR, "start" BIGINT, "end" BIGINT)[])
    WHEN 3 THEN "__e0"
    WHEN 4 THEN "__e2"
    WHEN 5 THEN "__e4"
    WHEN 6 THEN "__e5"
    WHEN 7 THEN CAST([] AS STRUCT("field" VARCHAR, "text" VARCHAR, "start" BIGINT, "end" BIGINT)[])
    WHEN 8 THEN CAST([] AS STRUCT("field" VARCHAR, "text" VARCHAR, "start" BIGINT, "end" BIGINT)[])
    WHEN 9 THEN "__e6"
  END AS evidence FROM (
  SELECT *, unnest(list_filter([
    CASE WHEN (("__t0") AND (("price" < 5000))) AND (("seller__seller_type" = 'individual')) THEN 0 END,
    CASE WHEN "__t1" THEN 1 END,
    CASE WHEN (((CASE WHEN STRLEN(COALESCE("description", '')) < 10 THEN TRUE WHEN STRLEN(COALESCE("description", '')) >= 40 THEN FALSE ELSE LENGTH(COALESCE("description", '')) < 10 END)) AND ((LOWER("title") LIKE '%sale%'))) AND ((("price" % NULLIF(1000, 0)) = 0)) THEN 2 END,
    CASE WHEN (("__t0") AND (("risk__refund_rate" >= CAST(0.2 AS DOUBLE)))) AND (("risk__account_age_days" < 90)) THEN 3 END,
    CASE WHEN ((("category" IN ('cosmetics', 'health_food', 'food'))) AND ("__t2")) AND (NOT ("__t3")) THEN 4 END,
    CASE WHEN (("category" IN ('health_food', 'food'))) AND ("__t4") THEN 5 END,
    CASE WHEN (LEN("__t5") >= 2) THEN 6 END,
    CASE WHEN (((NOT ("list_price" IS NULL)) AND (("price" < "list_price"))) AND ((((("list_price" - "price") * 100) / NULLIF("list_price", 0)) >= 30))) AND ((COALESCE("price__days_at_list_price_56d", 0) < 14)) THEN 7 END,
    CASE WHEN ((("category" = 'electrical')) AND (("product_type" IN ('mobile_battery', 'ac_adapter')))) AND ((("pse_mark" IS NULL)) OR (("pse_mark" = 'none'))) THEN 8 END,
    CASE WHEN (("category" = 'knife')) AND (CASE WHEN ("blade_length_cm" IS NULL) THEN "__t6" WHEN ("blade_length_cm" BETWEEN 15 AND 100) THEN TRUE ELSE FALSE END) THEN 9 END
  ], lambda x: x IS NOT NULL)) AS __p
  FROM batch
  WHERE ((("__t0") AND (("price" < 5000))) AND (("seller__seller_type" = 'individual')))
    OR ("__t1")
    OR ((((CASE WHEN STRLEN(COALESCE("description", '')) < 10 THEN TRUE WHEN STRLEN(COALESCE("description", '')) >= 40 THEN FALSE ELSE LENGTH(COALESCE("description", '')) < 10 END)) AND ((LOWER("title") LIKE '%sale%'))) AND ((("price" % NULLIF(1000, 0)) = 0)))
    OR ((("__t0") AND (("risk__refund_rate" >= CAST(0.2 AS DOUBLE)))) AND (("risk__account_age_days" < 90)))
    OR (((("category" IN ('cosmetics', 'health_food', 'food'))) AND ("__t2")) AND (NOT ("__t3")))
    OR ((("category" IN ('health_food', 'food'))) AND ("__t4"))
    OR ((LEN("__t5") >= 2))
    OR ((((NOT ("list_price" IS NULL)) AND (("price" < "list_price"))) AND ((((("list_price" - "price") * 100) / NULLIF("list_price", 0)) >= 30))) AND ((COALESCE("price__days_at_list_price_56d", 0) < 14)))
    OR (((("category" = 'electrical')) AND (("product_type" IN ('mobile_battery', 'ac_adapter')))) AND ((("pse_mark" IS NULL)) OR (("pse_mark" = 'none'))))
    OR ((("category" = 'knife')) AND (CASE WHEN ("blade_length_cm" IS NULL) THEN "__t6" WHEN ("blade_length_cm" BETWEEN 15 AND 100) THEN TRUE ELSE FALSE END))
) ORDER BY __row, __p

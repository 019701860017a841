SELECT date_trunc('year', month)::date AS p, key AS k, sum(n) FROM stat_commune_month
 WHERE subject = 'CASE' AND dimension = 'AGE_BAND' AND month BETWEEN '2021-01-01' AND '2025-12-31'
   AND commune_code = '10001'
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2;

SELECT month AS p, commune_code AS k, sum(n) FROM stat_commune_month
 WHERE subject = 'CASE' AND dimension = 'ALL' AND month BETWEEN '2025-01-01' AND '2025-12-31'
   AND province_code = '48'
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2;

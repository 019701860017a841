SELECT CAST(NULL AS date) AS p, province_code AS k, sum(n) FROM stat_province_day
 WHERE subject = 'CASE' AND dimension = 'ALL' AND day BETWEEN '2021-01-01' AND '2025-12-31'
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2;

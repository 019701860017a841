SELECT date_trunc('month', day)::date AS p, key AS k, sum(n) FROM stat_national_day
 WHERE subject = 'CASE' AND dimension = 'EMERGENCY' AND day BETWEEN '2025-01-01' AND '2025-12-31'
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2;

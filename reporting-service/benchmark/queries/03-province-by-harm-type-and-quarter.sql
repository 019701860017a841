SELECT date_trunc('quarter', day)::date AS p, key AS k, sum(n) FROM stat_province_day
 WHERE subject = 'CASE' AND dimension = 'HARM_TYPE' AND day BETWEEN '2025-01-01' AND '2025-12-31'
   AND province_code = '48'
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2;

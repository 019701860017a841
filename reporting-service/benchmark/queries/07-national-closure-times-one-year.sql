SELECT days, sum(n) FROM closure_time_stat WHERE month BETWEEN '2025-01-01' AND '2025-12-31'
 GROUP BY days HAVING sum(n) > 0 ORDER BY days;

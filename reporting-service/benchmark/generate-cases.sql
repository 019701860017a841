-- 2 million cases over 5 years (2021-2025), 34 provinces of 98 communes each (3,332, close to the 3,321), with the distributions of
-- DOMAIN.md section 7 (violence first, most sexual-abuse victims girls, most calls to hotline 111),
-- then the cubes built from them exactly as the V2 migration backfills them.
-- Usage: psql -v cases=2000000 -f generate-cases.sql (on a database migrated by reporting-service)
\set ON_ERROR_STOP on
TRUNCATE case_fact, case_fact_harm_type, stat_province_day, stat_commune_month, closure_time_stat CASCADE;

CREATE TEMP TABLE province (idx int PRIMARY KEY, code text);
INSERT INTO province
SELECT row_number() OVER (ORDER BY code) - 1, code
  FROM unnest(ARRAY['01','04','08','11','12','14','15','19','20','22','24','25','31','33','37','38','40','42','44',
                    '46','48','51','52','56','66','68','75','79','80','82','86','91','92','96']) AS code;

INSERT INTO case_fact (case_id, province_code, commune_code, channel, sex, age_band, received_on, received_at,
                       status, emergency, plan, criterion6, closed_at)
SELECT md5(i::text || 'case')::uuid,
       p.code,
       (10000 + p.idx * 98 + (i * 7919) % 98)::text,
       CASE WHEN r1 < 0.60 THEN 'HOTLINE_111' WHEN r1 < 0.70 THEN 'ZALO' WHEN r1 < 0.90 THEN 'WALK_IN' ELSE 'POLICE' END,
       CASE WHEN r2 < 0.01 THEN 'UNKNOWN' WHEN r2 < 0.56 THEN 'FEMALE' ELSE 'MALE' END,
       CASE WHEN r3 < 0.25 THEN '0-5' WHEN r3 < 0.60 THEN '6-10' ELSE '11-15' END,
       d, d::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours',
       CASE WHEN r4 < 0.70 THEN 'CLOSED' WHEN r4 < 0.95 THEN 'OPEN' WHEN r4 < 0.99 THEN 'NOT_SUBSTANTIATED' ELSE 'MERGED' END,
       CASE WHEN r5 < 0.60 THEN 'MET' WHEN r5 < 0.70 THEN 'MISSED' ELSE 'NOT_APPLICABLE' END,
       CASE WHEN r6 < 0.75 THEN 'MET' WHEN r6 < 0.95 THEN 'MISSED' ELSE 'PENDING' END,
       false,
       CASE WHEN r4 < 0.70 THEN d::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + (r6 * 120)::int * interval '1 day' END
  FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6,
               DATE '2021-01-01' + (i % 1826)::int AS d
          FROM generate_series(1::bigint, :cases) AS i) g
  JOIN province p ON p.idx = (g.i * 31) % 34;

INSERT INTO case_fact_harm_type (case_id, harm_type)
SELECT case_id,
       CASE WHEN r < 0.45 THEN 'VIOLENCE' WHEN r < 0.65 THEN 'SEXUAL_ABUSE' WHEN r < 0.77 THEN 'NEGLECT'
            WHEN r < 0.83 THEN 'EXPLOITATION' WHEN r < 0.87 THEN 'ABANDONMENT' WHEN r < 0.88 THEN 'TRAFFICKING'
            WHEN r < 0.95 THEN 'DROWNING' ELSE 'OTHER' END
  FROM (SELECT case_id, random() r FROM case_fact) c;
UPDATE case_fact f SET criterion6 = true FROM case_fact_harm_type h
 WHERE h.case_id = f.case_id AND h.harm_type IN ('SEXUAL_ABUSE', 'ABANDONMENT', 'TRAFFICKING');

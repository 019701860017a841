CREATE TABLE indicator (
    code                  VARCHAR(20)   PRIMARY KEY,
    catalogue             VARCHAR(40)   NOT NULL,
    group_code            VARCHAR(8)    NOT NULL,
    name_vi               VARCHAR(500)  NOT NULL,
    name_en               VARCHAR(500)  NOT NULL,
    unit                  VARCHAR(64)   NOT NULL,
    calculation           VARCHAR(2000) NOT NULL,
    disaggregation        VARCHAR(500)  NOT NULL,
    publication_period    VARCHAR(32)   NOT NULL,
    data_source           VARCHAR(500)  NOT NULL,
    lead_agency           VARCHAR(64)   NOT NULL,
    coordinating_agencies VARCHAR(500)  NOT NULL
);
CREATE INDEX indicator_group ON indicator (group_code, code);

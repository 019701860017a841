package vn.cps.cases.domain;

public enum TransferStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}

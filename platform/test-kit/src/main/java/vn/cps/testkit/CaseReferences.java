package vn.cps.testkit;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Case references for events the tests make up, as case-service writes them
 * ({@code PP-YYYY-NNNNNN}). Numbered in turn within the test JVM, so that no two test cases ever
 * share one (numbers drawn at random would, about once in a thousand cases).
 */
public final class CaseReferences {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private CaseReferences() {
    }

    public static String next(String province, int year) {
        int number = NEXT.incrementAndGet();
        if (number > 999_999) {
            throw new IllegalStateException("more than 999,999 case references in one test JVM");
        }
        return String.format("%s-%04d-%06d", province, year, number);
    }
}

package vn.cps.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    private static Instant local(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }

    @Test
    void weekendsAndTetAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-08"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).as("Tết 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-29"))).as("Tết 2025").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).as("ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).as("make-up Saturday").isTrue();
    }

    @Test
    void fiveWorkingDaysInAnOrdinaryWeekEndTheNextWeek() {
        // received Monday 9 March 2026, 10:00: Tue..Fri, Mon -> end of Monday 16 March
        assertThat(calendar.endOfWorkingDaysAfter(local("2026-03-09T10:00"), 5))
                .isEqualTo(local("2026-03-17T00:00"));
    }

    @Test
    void aDeadlineThatCrossesTetIsPushedPastIt() {
        // received Thursday 12 Feb 2026: Fri 13, then Tết 14-22, then Mon 23 .. Thu 26
        assertThat(calendar.endOfWorkingDaysAfter(local("2026-02-12T15:30"), 5))
                .isEqualTo(local("2026-02-27T00:00"));
    }

    @Test
    void theDayOfReceiptIsInVietnamsTime() {
        // 20:00 UTC on Friday 6 March is 03:00 on Saturday 7 March in Vietnam
        assertThat(calendar.endOfWorkingDaysAfter(Instant.parse("2026-03-06T20:00:00Z"), 1))
                .isEqualTo(local("2026-03-10T00:00"));
    }

    @Test
    void theShippedYearsAreCovered() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.covers(2030)).isFalse();
    }

    @Test
    void oneWorkingDayBeforeADeadlineSkipsWeekendsAndTet() {
        // plan deadline at the end of Monday 16 March 2026: one working day before is the end of Friday 13
        assertThat(calendar.endOfWorkingDaysBefore(local("2026-03-17T00:00"), 1)).isEqualTo(local("2026-03-14T00:00"));
        // deadline at the end of Monday 23 Feb 2026, right after Tết (14-22 Feb): the end of Friday 13 Feb
        assertThat(calendar.endOfWorkingDaysBefore(local("2026-02-24T00:00"), 1)).isEqualTo(local("2026-02-14T00:00"));
        // a deadline inside a working day: the end of the working day before it
        assertThat(calendar.endOfWorkingDaysBefore(local("2026-03-11T15:00"), 1)).isEqualTo(local("2026-03-11T00:00"));
    }
}

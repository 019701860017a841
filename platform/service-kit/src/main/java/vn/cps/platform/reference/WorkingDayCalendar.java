package vn.cps.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Vietnam's working days: Monday to Friday, less public holidays (Tết included), plus make-up
 * working days, as shipped in {@code vn/cps/reference/holidays-vn.csv}. Deadlines are counted in
 * Asia/Ho_Chi_Minh time.
 */
public final class WorkingDayCalendar {

    public static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DATA = "vn/cps/reference/holidays-vn.csv";
    private static final WorkingDayCalendar VIETNAM = load();

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;
    private final TreeSet<Integer> years;

    WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        this.years = new TreeSet<>();
        holidays.forEach(d -> years.add(d.getYear()));
    }

    public static WorkingDayCalendar vietnam() {
        return VIETNAM;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** Whether the calendar has data for the year; deadlines in other years count weekends only. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * The end of the n-th working day after the day of receipt (the day of receipt itself does not
     * count), i.e. 24:00 local time of that day, as an instant.
     */
    public Instant endOfWorkingDaysAfter(Instant receivedAt, int workingDays) {
        LocalDate day = LocalDate.ofInstant(receivedAt, LEGAL_ZONE);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, LEGAL_ZONE).toInstant();
    }

    /**
     * The end of the working day that lies n working days before the working day on which the
     * deadline ends: for a deadline at the end of a Friday and n = 1, the end of Thursday. Used for
     * reminders "one working day before" a legal deadline.
     */
    public Instant endOfWorkingDaysBefore(Instant deadline, int workingDays) {
        // the day the deadline ends on: a deadline at 24:00 ends the previous day
        LocalDate day = LocalDate.ofInstant(deadline.minusNanos(1), LEGAL_ZONE);
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, LEGAL_ZONE).toInstant();
    }

    private static WorkingDayCalendar load() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", 3);
                LocalDate date = LocalDate.parse(cells[0].trim());
                if ("WORKING_DAY".equals(cells[1].trim())) {
                    working.add(date);
                } else {
                    holidays.add(date);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(holidays, working);
    }
}

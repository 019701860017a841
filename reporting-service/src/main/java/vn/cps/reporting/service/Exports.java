package vn.cps.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cps.platform.problem.ProblemException;
import vn.cps.platform.reference.AdministrativeUnits;
import vn.cps.reporting.domain.Cell;
import vn.cps.reporting.domain.Dimension;
import vn.cps.reporting.domain.Labels;
import vn.cps.reporting.export.CsvWriter;
import vn.cps.reporting.export.Document;
import vn.cps.reporting.export.XlsxWriter;

/**
 * Files that leave the system: any statistics query, and the 6-monthly and yearly report of a
 * province in a fixed layout. Small figures are always suppressed in them, whoever asks.
 */
@ApplicationScoped
public class Exports {

    public enum Format { CSV, XLSX }

    private final Statistics statistics;

    Exports(Statistics statistics) {
        this.statistics = statistics;
    }

    @Transactional
    public byte[] statistics(String subject, Statistics.Query q, Format format) {
        Statistics.Table table = statistics.counts(subject, q, true);
        String what = subject.equals(Statistics.CASES) ? "Số vụ việc / Cases" : "Số cuộc gọi / Intakes";
        String title = (subject.equals(Statistics.CASES) ? "Vụ việc / Cases " : "Cuộc gọi, tin báo / Intakes ")
                + q.from() + " – " + q.to();
        return write(new Document(title, List.of(tableSection(title, table, what))), format);
    }

    /**
     * The report a province sends the ministry for a half-year (half 1 or 2) or a year (half null):
     * cases by harm type, sex and age band, deadline compliance, referrals by agency, closure times.
     */
    @Transactional
    public byte[] provinceReport(String province, int year, Integer half, Format format) {
        AdministrativeUnits.Province unit = AdministrativeUnits.province(province)
                .orElseThrow(() -> ProblemException.notFound("Province", province));
        LocalDate from = LocalDate.of(year, half == null || half == 1 ? 1 : 7, 1);
        LocalDate to = half == null || half == 2 ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
        String name = unit.fullName();
        String title = "Báo cáo công tác bảo vệ trẻ em / Child protection report – " + name + " – "
                + (half == null ? "năm / year " + year : "6 tháng " + (half == 1 ? "đầu" : "cuối") + " năm / half "
                + half + " of " + year);
        List<Document.Section> sections = new ArrayList<>();
        int number = 1;
        for (Dimension d : List.of(Dimension.HARM_TYPE, Dimension.SEX, Dimension.AGE_BAND, Dimension.OUTCOME)) {
            Statistics.Table table = statistics.counts(Statistics.CASES,
                    new Statistics.Query(from, to, d, null, province, null), true);
            sections.add(tableSection(number++ + ". " + Labels.dimension(d.parameter()), table,
                    "Số vụ việc / Cases"));
        }
        List<List<Object>> compliance = new ArrayList<>();
        for (Statistics.Compliance c : statistics.deadlines(new Statistics.Query(from, to, Dimension.PROVINCE, null,
                province, null), true)) {
            compliance.add(List.of(deadlineLabel(c.deadline()), figure(c.counts().get("MET")),
                    figure(c.counts().get("MISSED")), figure(c.counts().get("PENDING")),
                    c.metPercent() == null ? "" : c.metPercent()));
        }
        sections.add(new Document.Section(number++ + ". Tuân thủ thời hạn / Deadline compliance",
                List.of("Thời hạn / Deadline", "Đúng hạn / Met", "Quá hạn / Missed", "Đang chờ / Pending",
                        "Tỷ lệ đúng hạn (%) / Met (%)"), compliance));
        List<List<Object>> referrals = new ArrayList<>();
        for (Statistics.AgencyReferrals r : statistics.referrals(from, to, province, true)) {
            referrals.add(List.of(r.agencyCode(), figure(r.requested()), figure(r.accepted()), figure(r.declined()),
                    figure(r.completed()), r.acceptancePercent() == null ? "" : r.acceptancePercent(),
                    r.averageResponseHours() == null ? "" : r.averageResponseHours()));
        }
        sections.add(new Document.Section(number++ + ". Chuyển gửi theo cơ quan / Referrals by agency",
                List.of("Cơ quan / Agency", "Đề nghị / Requested", "Tiếp nhận / Accepted", "Từ chối / Declined",
                        "Hoàn thành / Completed", "Tỷ lệ tiếp nhận (%) / Accepted (%)",
                        "Thời gian phản hồi TB (giờ) / Average response (hours)"), referrals));
        Statistics.ClosureTimes closure = statistics.closureTimes(from, to, province, true);
        sections.add(new Document.Section(number + ". Thời gian đóng hồ sơ / Time to closure",
                List.of("Số hồ sơ đóng / Closed", "P50 (ngày / days)", "P90 (ngày / days)", "P95 (ngày / days)"),
                List.of(List.of(figure(closure.closed()), orBlank(closure.p50Days()), orBlank(closure.p90Days()),
                        orBlank(closure.p95Days())))));
        return write(new Document(title, sections), format);
    }

    private Document.Section tableSection(String title, Statistics.Table table, String what) {
        String groupBy = table.query().groupBy().parameter();
        List<List<Object>> rows = new ArrayList<>();
        for (Cell c : table.rows()) {
            rows.add(List.of(c.period(), Labels.key(groupBy, c.key()), figure(c)));
        }
        for (Cell c : table.periodTotals()) {
            rows.add(List.of(c.period(), "Tổng / Total", figure(c)));
        }
        rows.add(List.of(table.total().period(), "Tổng cộng / Grand total", figure(table.total())));
        return new Document.Section(title, List.of("Kỳ / Period", Labels.dimension(groupBy), what), rows);
    }

    /** The mark of a hidden figure; explained at the end of every document. */
    public static final String HIDDEN = "x";



    private static Object figure(Cell cell) {
        return cell == null ? (Object) 0L : cell.suppressed() ? HIDDEN : (Object) cell.count();
    }

    private static Object orBlank(Integer value) {
        return value == null ? "" : value;
    }

    private static String deadlineLabel(String deadline) {
        return switch (deadline) {
            case "EMERGENCY" -> "Can thiệp khẩn cấp trong 12 giờ / Emergency measures within 12 hours";
            case "PLAN" -> "Kế hoạch hỗ trợ trong 5 ngày làm việc / Support plan within 5 working days";
            default -> "Tiêu chí 6 (xâm hại tình dục, bỏ rơi, mua bán) / Criterion 6 cases";
        };
    }

    private byte[] write(Document document, Format format) {
        List<Document.Section> sections = new ArrayList<>(document.sections());
        sections.add(new Document.Section("Ghi chú / Note", List.of(HIDDEN + ": số liệu được ẩn để bảo vệ trẻ em (nhỏ hơn "
                + statistics.threshold() + ", hoặc có thể suy ra số nhỏ) / hidden to protect children (below "
                + statistics.threshold() + ", or would reveal a small figure)"), List.of()));
        Document noted = new Document(document.title(), sections);
        return format == Format.CSV ? CsvWriter.write(noted) : XlsxWriter.write(noted);
    }
}

package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.cps.platform.text.VietnameseText;

/** An append-only entry of a case's timeline: never changed, never deleted; a correction is a new entry. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TimelineKind kind;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "corrects_entry_id")
    private UUID correctsEntryId;

    @Column(nullable = false)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TimelineEntry() {
    }

    public TimelineEntry(UUID caseId, TimelineKind kind, String text, String documentName, UUID correctsEntryId,
            String author, Instant recordedAt) {
        if (kind == TimelineKind.CORRECTION && correctsEntryId == null) {
            throw new CaseRuleViolation("correctsEntryId", "a correction names the entry it corrects");
        }
        if (kind == TimelineKind.DOCUMENT && (documentName == null || documentName.isBlank())) {
            throw new CaseRuleViolation("documentName", "a document entry names the document");
        }
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.text = VietnameseText.nfc(text);
        this.documentName = VietnameseText.nfc(documentName);
        this.correctsEntryId = correctsEntryId;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public static TimelineEntry step(UUID caseId, String text, String author, Instant at) {
        return new TimelineEntry(caseId, TimelineKind.STEP, text, null, null, author, at);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public TimelineKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String documentName() {
        return documentName;
    }

    public UUID correctsEntryId() {
        return correctsEntryId;
    }

    public String author() {
        return author;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

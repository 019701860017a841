package vn.cps.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One child named in a report. A report may name several (siblings, children of one household or
 * class); a report of harm opens one case per child.
 */
@Entity
@Table(name = "intake_child")
public class IntakeChild {

    /** Most children one report may name; a larger group is reported as several intakes. */
    public static final int MAX_PER_REPORT = 10;

    @Id
    private UUID id;

    /** Position in the report, from 0; the first child is the one a single-child client named. */
    @Column(nullable = false)
    private int ordinal;

    @Embedded
    private ChildDetails details;

    protected IntakeChild() {
    }

    IntakeChild(int ordinal, ChildDetails details) {
        this.id = UUID.randomUUID();
        this.ordinal = ordinal;
        this.details = details;
    }

    public UUID id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public ChildDetails details() {
        return details;
    }
}

package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of a timeline entry. NOTE: a note; CALL: a phone call; VISIT: a visit; "
        + "DOCUMENT: a document, named; STEP: written by the system at each step of the process; "
        + "CORRECTION: corrects an earlier entry, which stays as it was.")
public enum TimelineKind {
    NOTE,
    CALL,
    VISIT,
    DOCUMENT,
    /** written by the system at each step of the process */
    STEP,
    /** corrects an earlier entry, which stays as it was */
    CORRECTION
}

package vn.cps.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reported, relative to the child. */
@Schema(description = "Who reported, relative to the child. CHILD_SELF: the child themself; PARENT: a parent; "
        + "RELATIVE: another family member; NEIGHBOUR: a neighbour; TEACHER: a teacher; FRIEND: a friend; "
        + "HEALTH_WORKER: a health worker; OFFICIAL: an official or public body; "
        + "ANONYMOUS: a caller who gave no identity; OTHER: anyone else.")
public enum CallerRelationship {
    CHILD_SELF,
    PARENT,
    RELATIVE,
    NEIGHBOUR,
    TEACHER,
    FRIEND,
    HEALTH_WORKER,
    OFFICIAL,
    ANONYMOUS,
    OTHER
}

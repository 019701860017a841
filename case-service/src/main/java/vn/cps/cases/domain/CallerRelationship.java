package vn.cps.cases.domain;

/** Who reported, relative to the child. */
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

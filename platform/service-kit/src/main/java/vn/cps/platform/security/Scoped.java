package vn.cps.platform.security;

/** A record that lives in a place; the caller's jurisdiction decides who may see it. */
public interface Scoped {

    String provinceCode();

    String communeCode();
}

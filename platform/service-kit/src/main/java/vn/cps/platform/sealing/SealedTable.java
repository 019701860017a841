package vn.cps.platform.sealing;

import java.util.List;

/**
 * A table with sealed columns, as a rotation walks it: by its key column, resealing each value not
 * sealed under the active key and filling the lookup hash beside it where there is one.
 */
public record SealedTable(String table, String idColumn, List<Field> fields) {

    /** A sealed column, and the column of its lookup hash or null. */
    public record Field(String column, String hashColumn) {

        public static Field sealed(String column) {
            return new Field(column, null);
        }

        public static Field sealedWithLookup(String column, String hashColumn) {
            return new Field(column, hashColumn);
        }
    }

    public SealedTable {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a sealed table has at least one sealed column");
        }
    }
}

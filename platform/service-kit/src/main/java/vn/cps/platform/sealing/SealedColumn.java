package vn.cps.platform.sealing;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps an entity field to its sealed column: sealed on write, opened on read. Used with
 * {@code @Convert(converter = SealedColumn.class)} on the fields that must never be stored as given.
 */
@Converter
public class SealedColumn implements AttributeConverter<String, String> {

    private volatile Sealing sealing;

    private Sealing sealing() {
        // looked up, not injected: Hibernate may create converters outside CDI
        Sealing s = sealing;
        if (s == null) {
            s = Arc.container().instance(Sealing.class).get();
            sealing = s;
        }
        return s;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return sealing().seal(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return sealing().open(dbData);
    }
}

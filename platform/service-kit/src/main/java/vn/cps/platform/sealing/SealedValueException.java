package vn.cps.platform.sealing;

/** A stored sealed value that cannot be opened: its key left the ring, or the value was altered. */
public class SealedValueException extends RuntimeException {

    public SealedValueException(String message) {
        super(message);
    }
}

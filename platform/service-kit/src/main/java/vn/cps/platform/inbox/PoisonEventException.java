package vn.cps.platform.inbox;

/** An event that can never be applied; the messaging connector sends it to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}

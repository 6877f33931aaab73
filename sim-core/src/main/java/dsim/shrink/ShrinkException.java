package dsim.shrink;

/** Why a run cannot be shrunk, in one line for the user: it does not fail, or its faults alone do not make it fail. */
public final class ShrinkException extends Exception {

    public ShrinkException(String message) {
        super(message);
    }
}

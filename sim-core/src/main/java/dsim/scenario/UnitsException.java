package dsim.scenario;

/** A value written with the wrong unit or out of range; the message says what was expected and what was got. */
public final class UnitsException extends IllegalArgumentException {

    public UnitsException(String message) {
        super(message);
    }
}

package dsim.story;

/** What became of one message, by how often its side effect happened. */
public enum MessageOutcome {
    /** Never processed. */
    LOST("lost"),
    /** Processed exactly once. */
    PROCESSED_ONCE("processed once"),
    /** Processed twice or more. */
    DUPLICATED("duplicated");

    private final String text;

    MessageOutcome(String text) {
        this.text = text;
    }

    /** The outcome of a message processed {@code processings} times. */
    public static MessageOutcome of(int processings) {
        return processings == 0 ? LOST : processings == 1 ? PROCESSED_ONCE : DUPLICATED;
    }

    /** How often, in words: {@code never}, {@code once}, {@code twice}, {@code 3 times}. */
    public static String times(int processings) {
        return switch (processings) {
            case 0 -> "never";
            case 1 -> "once";
            case 2 -> "twice";
            default -> processings + " times";
        };
    }

    @Override
    public String toString() {
        return text;
    }
}

package dsim.preset;

/**
 * One scenario key a preset fills, and where the platform documents its value.
 *
 * @param target  what the key belongs to
 * @param key     the key under the target, as the file writes it ({@code redelivery-timeout},
 *                {@code backoff.multiplier} under retry)
 * @param value   its value as YAML text ({@code 30s}, {@code { every: 5s }})
 * @param unit    the unit of the value, or {@code -} for a word or a flag
 * @param setting the platform's own name for the setting and its value there
 * @param source  the vendor's document (or, where it gives no number, the vendor's source code)
 * @param note    how dsim reads the setting, or where documents disagree; empty if nothing to add
 */
public record Knob(Target target, String key, String value, String unit, String setting, String source,
                   String note) {

    /** What a knob sets. */
    public enum Target {
        /** The broker written with the preset. */
        BROKER("broker"),
        /** Each consumer the broker delivers to. */
        CONSUMER("consumers"),
        /** The scenario's top-level retry policy: the platform's producer client. */
        RETRY("retry");

        private final String shown;

        Target(String shown) {
            this.shown = shown;
        }

        /** As a table shows it. */
        public String shown() {
            return shown;
        }
    }

    /** A broker key. */
    static Knob broker(String key, String value, String unit, String setting, String source, String note) {
        return new Knob(Target.BROKER, key, value, unit, setting, source, note);
    }

    /** A key of each consumer of the broker. */
    static Knob consumer(String key, String value, String unit, String setting, String source, String note) {
        return new Knob(Target.CONSUMER, key, value, unit, setting, source, note);
    }

    /** A key of the top-level retry policy. */
    static Knob retry(String key, String value, String unit, String setting, String source, String note) {
        return new Knob(Target.RETRY, key, value, unit, setting, source, note);
    }

    /** The key as the file writes it from the top: {@code retry.timeout}, or the key itself. */
    public String path() {
        return target == Target.RETRY ? "retry." + key : key;
    }
}

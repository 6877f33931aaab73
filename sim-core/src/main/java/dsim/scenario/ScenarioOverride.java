package dsim.scenario;

import dsim.spec.Problem;
import dsim.text.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scenario value replaced from the command line: {@code --set PATH=VALUE}, or one variant
 * of {@code --vary PATH=V1,V2,...}. The loader puts it into the YAML tree before validating,
 * so the value is checked exactly as if the file had said it.
 *
 * <p>PATH is dotted kebab-case keys ({@code network.default.loss}); a list item is chosen by
 * index ({@code producers[0]}), by its {@code name} ({@code consumers[user-inbox].crash.probability})
 * or by its {@code from} and {@code to} ({@code network.links[auth-service->email-service].loss}).
 * A selector of digits only is an index. Absent mappings on the way are created; the last key
 * is replaced if present, added if not.
 *
 * <p>VALUE is a single scalar, read as YAML reads it: a duration ({@code 10ms}), a probability
 * ({@code 0.05} or {@code 5%}), a number, a boolean, or a word like {@code memory}. Lists and
 * mappings cannot be given, and {@code --vary} values cannot contain commas.
 *
 * @param path   where the value goes, e.g. {@code network.default.loss}
 * @param value  the value as typed, without surrounding spaces
 * @param option the command-line option it came from, which problems name
 */
public record ScenarioOverride(String path, String value, Option option) {

    /** Each value of a {@code --vary} costs a whole comparison; more than this is surely a mistake. */
    public static final int MAX_VARIANTS = 1000;
    /** The file name of problems with an argument itself, which no file holds. */
    static final String COMMAND_LINE = "<command line>";
    private static final String VARY_EXAMPLE = "network.default.loss=0,1%,5%";

    /** The command-line options that override scenario values. */
    public enum Option {
        SET("--set"), VARY("--vary");

        private final String flag;

        Option(String flag) {
            this.flag = flag;
        }

        /** The option as typed, e.g. {@code --vary}. */
        public String flag() {
            return flag;
        }
    }

    public ScenarioOverride {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(option, "option");
    }

    /** A {@code --set} override. */
    public ScenarioOverride(String path, String value) {
        this(path, value, Option.SET);
    }

    /**
     * The variants of {@code --vary PATH=V1,V2,...}: one override per value, in the order given.
     *
     * @throws ScenarioException with one problem if {@code arg} is malformed
     */
    public static List<ScenarioOverride> parseVary(String arg) throws ScenarioException {
        String path = pathOf(arg, Option.VARY, "expected PATH=V1,V2,... like " + VARY_EXAMPLE);
        String list = arg.substring(arg.indexOf('=') + 1);
        if (list.isBlank()) {
            throw problem(Option.VARY, arg, path, "expected values after \"=\", separated by commas, like " + VARY_EXAMPLE);
        }
        String[] values = list.split(",", -1);
        if (values.length > MAX_VARIANTS) {
            throw problem(Option.VARY, arg, path, "expected at most " + MAX_VARIANTS + " values, got " + values.length);
        }
        List<ScenarioOverride> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i].isBlank()) {
                throw problem(Option.VARY, arg, path, "value " + (i + 1) + " of " + values.length
                        + " is empty; separate values with single commas, like " + VARY_EXAMPLE);
            }
            out.add(checked(new ScenarioOverride(path, values[i].strip(), Option.VARY)));
        }
        return List.copyOf(out);
    }

    /**
     * The override of {@code --set PATH=VALUE}; VALUE may contain commas and {@code =}.
     *
     * @throws ScenarioException with one problem if {@code arg} is malformed
     */
    public static ScenarioOverride parseSet(String arg) throws ScenarioException {
        String path = pathOf(arg, Option.SET, "expected PATH=VALUE like network.default.loss=1%");
        String value = arg.substring(arg.indexOf('=') + 1);
        if (value.isBlank()) {
            throw problem(Option.SET, arg, path, "expected a value after \"=\", like network.default.loss=1%");
        }
        return checked(new ScenarioOverride(path, value.strip(), Option.SET));
    }

    /** How problems name it: {@code --vary network.default.loss=5%}, control characters escaped. */
    public String shown() {
        return shownArg(option, path + "=" + value);
    }

    /** The path before the first {@code =}, stripped; throws if there is none. */
    private static String pathOf(String arg, Option option, String expected) throws ScenarioException {
        int eq = arg == null ? -1 : arg.indexOf('=');
        if (eq < 0) {
            throw problem(option, arg, "", expected + ", got no \"=\"");
        }
        String path = arg.substring(0, eq).strip();
        if (path.isEmpty()) {
            throw problem(option, arg, "", "expected a key path before \"=\"; " + expected);
        }
        return path;
    }

    /** {@code o}, once its path and value are known to be usable in some scenario. */
    private static ScenarioOverride checked(ScenarioOverride o) throws ScenarioException {
        try {
            OverridePath.parse(o.path());
            OverrideValue.read(o.value(), YamlNode.Position.of(o), o.path());
            return o;
        } catch (OverrideException e) {
            throw new ScenarioException(List.of(new Problem(COMMAND_LINE, 0, 0, e.path(), e.getMessage(), o.shown())));
        }
    }

    private static ScenarioException problem(Option option, String arg, String path, String message) {
        return new ScenarioException(List.of(new Problem(COMMAND_LINE, 0, 0, path, message,
                shownArg(option, String.valueOf(arg)))));
    }

    /** Arguments can hold anything a shell passes; a message shows them on one bounded line. */
    private static String shownArg(Option option, String arg) {
        return Echo.of(option.flag() + " " + arg); // cut as a whole: Problem cuts it again, to no effect
    }
}

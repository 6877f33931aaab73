package dsim.report.compare;

import dsim.text.Durations;
import dsim.spec.CostsSpec;
import dsim.spec.Expectation;
import dsim.spec.LinkOverride;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.scenario.Units;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every parameter of a scenario, defaults included, found by walking its records component
 * by component (declaration order), so a field added to the model appears in reports
 * without anyone remembering to list it. Names are the file's kebab-case keys; units follow
 * the component names: {@code ...Nanos} is a duration, {@code ...PerSecond} a rate, and the
 * probabilities below are percentages.
 */
final class Parameters {

    /** Components holding a probability or fraction in [0, 1], shown as a percentage. */
    private static final Set<String> FRACTIONS = Set.of("probability", "loss", "duplicate",
            "lossInBad", "lossInGood", "jitter");
    /** Top-level components shown elsewhere in the report (title, story, footer). */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("name", "description", "source");

    /**
     * One parameter.
     *
     * @param section the top-level part it belongs to, e.g. {@code producers}
     * @param key     its path inside the section, e.g. {@code auth-service.arrival.rate}
     * @param value   its value with units
     */
    record Row(String section, String key, String value) {
    }

    private Parameters() {
    }

    /** The rows of {@code scenario}, in file order. */
    static List<Row> of(Scenario scenario) {
        List<Row> rows = new ArrayList<>();
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            if (SHOWN_ELSEWHERE.contains(c.getName())) {
                continue;
            }
            String section = kebab(c.getName());
            walk(rows, section, "", Scenario.class, c.getName(), read(c, scenario));
        }
        return rows;
    }

    private static void walk(List<Row> rows, String section, String path, Class<?> owner, String name, Object value) {
        if (value == null) {
            rows.add(new Row(section, path, "none"));
        } else if (value instanceof List<?> list) {
            list(rows, section, path, list);
        } else if (value instanceof Map<?, ?> map) {
            map(rows, section, path, map);
        } else if (value instanceof Expectation x) {
            rows.add(new Row(section, path, checks(x)));
        } else if (value instanceof Record r) {
            record(rows, section, path, r);
        } else {
            rows.add(new Row(section, path, leaf(owner, name, value)));
        }
    }

    private static void list(List<Row> rows, String section, String path, List<?> list) {
        if (list.isEmpty()) {
            rows.add(new Row(section, path, "none"));
        } else if (!(list.get(0) instanceof Record)) {
            List<String> items = new ArrayList<>();
            list.forEach(x -> items.add(x instanceof Semantics s ? s.id() : String.valueOf(x)));
            rows.add(new Row(section, path, String.join(", ", items)));
        } else {
            for (int i = 0; i < list.size(); i++) {
                walk(rows, section, join(path, label(list.get(i), i)), Object.class, "", list.get(i));
            }
        }
    }

    private static void map(List<Row> rows, String section, String path, Map<?, ?> map) {
        if (map.isEmpty()) {
            rows.add(new Row(section, path, "none"));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = e.getKey() instanceof Semantics s ? s.id() : String.valueOf(e.getKey());
            walk(rows, section, join(path, key), Object.class, "", e.getValue());
        }
    }

    /**
     * A record: one row per component. A variant of a sealed type (a distribution, a loss
     * model) first names the variant; one with a single component shows it on that row.
     */
    private static void record(List<Row> rows, String section, String path, Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        boolean variant = r.getClass().getInterfaces().length > 0 && r.getClass().getInterfaces()[0].isSealed();
        if (variant) {
            // Keys as the file spells them: "lognormal", "gilbert-elliott".
            String kind = kebab(r.getClass().getSimpleName()).replace("log-normal", "lognormal");
            if (components.length == 1) {
                rows.add(new Row(section, path, kind + " " + leaf(r.getClass(), components[0].getName(), read(components[0], r))));
                return;
            }
            rows.add(new Row(section, path, kind));
        }
        for (RecordComponent c : components) {
            if (c.getName().equals("name") || r instanceof LinkOverride && !c.getName().equals("link")) {
                continue; // already in the path
            }
            String key = r instanceof LinkOverride ? path : join(path, display(c.getName()));
            walk(rows, section, key, r.getClass(), c.getName(), read(c, r));
        }
    }

    /** A list item's label: its name, a link's direction, or its index. */
    private static String label(Object item, int index) {
        if (item instanceof LinkOverride o) {
            return "[" + o.from() + " \u2192 " + o.to() + "]";
        }
        for (RecordComponent c : item.getClass().getRecordComponents()) {
            if (c.getName().equals("name")) {
                return String.valueOf(read(c, item));
            }
        }
        return "[" + index + "]";
    }

    private static String leaf(Class<?> owner, String name, Object value) {
        if ((name.endsWith("Nanos") || name.equals("nanos")) && value instanceof Long n) {
            return name.equals("windowNanos") && n == 0 ? "forever" : Durations.exact(n);
        }
        if (name.endsWith("PerSecond") && value instanceof Double d) {
            return Format.plain(d) + "/s";
        }
        if (FRACTIONS.contains(name) && !owner.equals(CostsSpec.class) && value instanceof Double d) {
            return Format.probability(d);
        }
        if (name.equals("maxAttempts") && value instanceof Integer n && n == 0) {
            return "unbounded";
        }
        if (value instanceof Double d) {
            return Format.plain(d);
        }
        if (value instanceof Long n) {
            return name.equals("seed") ? Long.toUnsignedString(n) : Format.count(n);
        }
        return String.valueOf(value);
    }

    private static String checks(Expectation x) {
        if (x.checks().isEmpty() && x.statistical().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (Expectation.Check c : x.checks()) {
            parts.add(c.metric().id() + ": " + c.text());
        }
        for (Expectation.Statistical s : x.statistical()) {
            parts.add(s.check().metric().id() + ": " + s.check().text());
        }
        return String.join(", ", parts);
    }

    /** A component's key as in the file: kebab-case without the unit suffix. */
    private static String display(String component) {
        String name = component.endsWith("Nanos") ? component.substring(0, component.length() - 5)
                : component.endsWith("PerSecond") ? component.substring(0, component.length() - 9) : component;
        return name.equals("defaultLink") ? "default" : kebab(name);
    }

    static String kebab(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                b.append('-');
            }
            b.append(Character.toLowerCase(ch));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : key.startsWith("[") ? path + key : path + "." + key;
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // Public records' accessors are public: failing here is a bug in the model.
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}

package dsim.scenario.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of a scenario's text that keep it text: keys, values, lines and YAML tricks. */
final class TextEdits {

    /** A {@code key: value} pair, block or flow style; group 2 is the value up to a separator. */
    private static final Pattern SLOT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):[ \\t]+([^\\s,{}\\[\\]#][^,{}\\[\\]\\n#]*?)(?=[ \\t]*(?:[,}\\]\\n#]|$))");
    private static final Pattern KEY_LINE = Pattern.compile("^([ \\t]*(?:- )?)[A-Za-z][A-Za-z0-9_-]*:.*$");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_-])[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern UNIT = Pattern.compile("(?<=[0-9])(?:ns|us|ms|min|s|m|h|d|/s|/min|/h|/d|%)(?![A-Za-z])");

    private TextEdits() {
    }

    /** Removes a key with everything indented under it. */
    static String deleteKey(String text, Random r) {
        List<String> lines = lines(text);
        int i = randomKeyLine(lines, r);
        if (i < 0) {
            return text;
        }
        int indent = indent(lines.get(i));
        int end = i + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > indent)) {
            end++;
        }
        lines.subList(i, end).clear();
        return String.join("\n", lines);
    }

    /** Adds a key, known, misspelt or odd, beside an existing one. */
    static String addKey(String text, Random r) {
        List<String> lines = lines(text);
        int i = randomKeyLine(lines, r);
        String key = Nasty.pick(Nasty.KEYS, r) + ": " + Nasty.anyValue(r);
        if (i < 0) {
            return text + "\n" + key + "\n";
        }
        Matcher m = KEY_LINE.matcher(lines.get(i));
        String prefix = m.matches() ? m.group(1).replace("- ", "  ") : "";
        lines.add(i + (r.nextBoolean() ? 1 : 0), prefix + key);
        return String.join("\n", lines);
    }

    /** Replaces a value with one of another type: scalar, list, mapping or nothing. */
    static String swapType(String text, Random r) {
        return replaceSlot(text, r, Nasty.anyValue(r));
    }

    /** Replaces a unit with a wrong, misspelt or missing one. */
    static String wrongUnit(String text, Random r) {
        return replaceRandom(text, UNIT, r, Nasty.pick(Nasty.UNITS, r));
    }

    /** Replaces a number with one beyond every range. */
    static String hugeNumber(String text, Random r) {
        return r.nextBoolean() ? replaceRandom(text, NUMBER, r, Nasty.pick(Nasty.HUGE, r))
                : replaceSlot(text, r, Nasty.pick(Nasty.HUGE, r));
    }

    /** Makes a number negative (or doubly signed, or with a Unicode minus). */
    static String negative(String text, Random r) {
        String sign = Nasty.pick(List.of("-", "-", "- ", "\u2212", "--", "+"), r);
        return replaceRandom(text, NUMBER, r, m -> sign + m);
    }

    /** Replaces a value with NaN or an infinity. */
    static String notFinite(String text, Random r) {
        return replaceSlot(text, r, Nasty.pick(Nasty.NOT_FINITE, r));
    }

    /** Nests a value in lists or mappings, from a few levels to far beyond the limit. */
    static String deepNesting(String text, Random r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 60 : 400);
        String inner = Nasty.pick(Nasty.SCALARS, r);
        String value = switch (r.nextInt(3)) {
            case 0 -> "[".repeat(depth) + inner + "]".repeat(depth);
            case 1 -> "{ a: ".repeat(depth) + inner + " }".repeat(depth);
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    b.append('\n').append("  ".repeat(i + 1)).append(r.nextBoolean() ? "- " : "k" + i + ":");
                }
                yield b.append(' ').append(inner).toString();
            }
        };
        return r.nextInt(4) == 0 ? text + "\ndeep: " + value + "\n" : replaceSlot(text, r, value);
    }

    /** Puts a very long string where a value or a key was. */
    static String longString(String text, Random r) {
        int length = r.nextInt(20) == 0 ? 50_001 + r.nextInt(200_000) : 100 + r.nextInt(20_000);
        String unit = Nasty.pick(List.of("x", "é", "🙂", "9", "a b ", "\\n", "-"), r);
        String s = unit.repeat(Math.max(1, length / unit.length()));
        return switch (r.nextInt(4)) {
            case 0 -> text + "\n" + s + ": 1\n";
            case 1 -> text + "\nname: \"" + s + "\"\n";
            default -> replaceSlot(text, r, s);
        };
    }

    /** Reuses a list or mapping through an anchor and an alias; sometimes a dangling or scalar one. */
    static String anchorAlias(String text, Random r) {
        String anchored = replaceFirstFlow(text, r, "&a ");
        return switch (r.nextInt(4)) {
            case 0 -> replaceSlot(anchored, r, "*a");
            case 1 -> replaceSlot(text, r, "*nowhere");
            case 2 -> replaceSlot(replaceSlot(text, r, "&s 10ms"), r, "*s");
            default -> anchored + "\nextra: [" + "*a, ".repeat(1 + r.nextInt(70)) + "*a]\n";
        };
    }

    /** Appends an alias bomb (billion laughs) of random width and depth, as lists or mappings. */
    static String aliasBomb(String text, Random r) {
        int width = 2 + r.nextInt(10);
        int levels = 2 + r.nextInt(10);
        boolean lists = r.nextBoolean();
        StringBuilder b = new StringBuilder(text).append("\nlol0: &l0 ")
                .append(lists ? "[" + "lol, ".repeat(width - 1) + "lol]" : "{ a: lol }").append('\n');
        for (int i = 1; i <= levels; i++) {
            b.append("lol").append(i).append(": &l").append(i).append(' ');
            if (lists) {
                b.append('[').append(("*l" + (i - 1) + ", ").repeat(width - 1)).append("*l").append(i - 1).append(']');
            } else {
                b.append("{ ");
                for (int k = 0; k < width; k++) {
                    b.append(k == 0 ? "" : ", ").append('k').append(k).append(": *l").append(i - 1);
                }
                b.append(" }");
            }
            b.append('\n');
        }
        if (r.nextBoolean()) {
            b.append("merged: { <<: *l").append(levels).append(" }\n");
        }
        return b.toString();
    }

    /** Puts tabs where YAML forbids or tolerates them. */
    static String tabs(String text, Random r) {
        List<String> lines = lines(text);
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        String changed = switch (r.nextInt(3)) {
            case 0 -> line.replaceFirst("^ +", "\t");
            case 1 -> line.replaceFirst(": ", ":\t");
            default -> "\t" + line;
        };
        lines.set(i, changed);
        return String.join("\n", lines);
    }

    /** Duplicates a line right after itself or somewhere else. */
    static String duplicateLine(String text, Random r) {
        List<String> lines = lines(text);
        String line = lines.get(r.nextInt(lines.size()));
        lines.add(r.nextBoolean() ? lines.indexOf(line) + 1 : r.nextInt(lines.size() + 1), line);
        return String.join("\n", lines);
    }

    /** Inserts YAML's punctuation at random places. */
    static String punctuation(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            String bit = Nasty.pick(List.of(":", "-", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'",
                    "\"", "%", "@", "`", "? ", ": ", "\n", "\n- ", "  ", "\\"), r);
            b.insert(r.nextInt(b.length() + 1), bit);
        }
        return b.toString();
    }

    /** Replaces a value with a tagged one. */
    static String tagged(String text, Random r) {
        return replaceSlot(text, r, Nasty.pick(Nasty.TAGGED, r));
    }

    /** Inserts document markers and directives. */
    static String documentMarkers(String text, Random r) {
        List<String> lines = lines(text);
        String marker = Nasty.pick(List.of("---", "...", "--- |", "%YAML 1.1", "%YAML 2.0", "%TAG ! tag:x,2000:",
                "--- !!map", "---\n---", "... # end"), r);
        lines.add(r.nextInt(lines.size() + 1), marker);
        return String.join("\n", lines);
    }

    /** Inserts characters YAML does not allow, or allows only in odd places. */
    static String controlCharacters(String text, Random r) {
        String c = Nasty.pick(List.of("\u0000", "\u0007", "\u001b[31m", "\ufeff", "\u0085", "\u2028", "\u2029",
                "\ufffe", "\uffff", "\u007f", "\r", "\u000b", "\u000c", "\u200b"), r);
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + c + text.substring(at);
    }

    /** Replaces the whole file with nothing, or next to nothing. */
    static String empty(String text, Random r) {
        return Nasty.pick(List.of("", " ", "\n\n\n", "# only a comment\n", "---\n", "...\n", "~", "null", "[]",
                "{}", "---\n...\n", "\ufeff", "''", "x", "42", "- a\n- b\n", "producers:\nconsumers:\n"), r);
    }

    /** Turns line ends into CRLF or lone CRs. */
    static String lineEnds(String text, Random r) {
        return text.replace("\n", r.nextBoolean() ? "\r\n" : "\r");
    }

    // ---- helpers

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int randomKeyLine(List<String> lines, Random r) {
        List<Integer> keyLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (KEY_LINE.matcher(lines.get(i)).matches()) {
                keyLines.add(i);
            }
        }
        return keyLines.isEmpty() ? -1 : keyLines.get(r.nextInt(keyLines.size()));
    }

    private static String replaceSlot(String text, Random r, String value) {
        Matcher m = SLOT.matcher(text);
        List<int[]> slots = new ArrayList<>();
        while (m.find()) {
            slots.add(new int[] {m.start(2), m.end(2)});
        }
        if (slots.isEmpty()) {
            return text + "\nvalue: " + value + "\n";
        }
        int[] s = slots.get(r.nextInt(slots.size()));
        return text.substring(0, s[0]) + value + text.substring(s[1]);
    }

    private static String replaceRandom(String text, Pattern p, Random r, String replacement) {
        return replaceRandom(text, p, r, found -> replacement);
    }

    /** Replaces one match of {@code p}, chosen at random, by what {@code edit} makes of it. */
    private static String replaceRandom(String text, Pattern p, Random r, UnaryOperator<String> edit) {
        Matcher m = p.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] s = found.get(r.nextInt(found.size()));
        return text.substring(0, s[0]) + edit.apply(text.substring(s[0], s[1])) + text.substring(s[1]);
    }

    /** Inserts {@code prefix} before a random flow list or mapping ({@code [} or <code>{</code> after ": "). */
    private static String replaceFirstFlow(String text, Random r, String prefix) {
        Matcher m = Pattern.compile(": (?=[\\[{])").matcher(text);
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.end());
        }
        if (at.isEmpty()) {
            return text;
        }
        int i = at.get(r.nextInt(at.size()));
        return text.substring(0, i) + prefix + text.substring(i);
    }
}

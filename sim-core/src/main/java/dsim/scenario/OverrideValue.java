package dsim.scenario;

/** Reads an override's value text with the scenario's own YAML reader, so it means what it would in the file. */
final class OverrideValue {

    private static final String EXPECTED = "expected a single value (a duration, probability, number or word)";

    private OverrideValue() {
    }

    /**
     * The scalar {@code text} reads as ({@code 0} an integer, {@code 0.05} a float, {@code 1%}
     * a string, {@code null} an empty value), placed at {@code at}.
     *
     * @param path the override's path, for the problem if the text is not a single value
     */
    static YamlNode.Scalar read(String text, YamlNode.Position at, String path) throws OverrideException {
        Problems problems = new Problems(ScenarioOverride.COMMAND_LINE);
        YamlNode node;
        try {
            node = YamlReader.read(text, problems);
        } catch (YamlReader.Stopped e) {
            node = null; // the reason is in problems
        }
        if (!problems.isEmpty()) {
            throw new OverrideException(path, EXPECTED + ", got text YAML cannot read: "
                    + problems.sorted().get(0).message());
        }
        if (node == null) {
            return new YamlNode.Scalar(at, YamlNode.Kind.NULL, "", null); // "null", "~": YAML's empty value
        }
        if (!(node instanceof YamlNode.Scalar s)) {
            throw new OverrideException(path, EXPECTED + ", got " + node.describe());
        }
        return new YamlNode.Scalar(at, s.kind(), s.text(), s.value());
    }
}

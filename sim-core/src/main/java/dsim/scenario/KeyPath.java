package dsim.scenario;

/** Key paths as problems show them: {@code network.links[0].loss}; the root is the empty string. */
final class KeyPath {

    /** How the root is shown in a problem. */
    static final String ROOT = "(root)";

    private KeyPath() {
    }

    static String child(String parent, String key) {
        String shown = Values.shown(key);
        return parent.isEmpty() ? shown : parent + "." + shown;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    static String display(String path) {
        return path.isEmpty() ? ROOT : path;
    }
}

package dsim.model;

/** Why a packet never arrived. */
enum DropCause {
    LOSS("loss"), OUTAGE("outage"), NODE_DOWN("node down");

    final String text;

    DropCause(String text) {
        this.text = text;
    }
}

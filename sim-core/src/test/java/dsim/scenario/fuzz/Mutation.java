package dsim.scenario.fuzz;

import java.util.Random;
import java.util.function.BiFunction;

/** One way to damage a scenario file; text edits run before byte edits. */
public enum Mutation {
    /** A key and its block removed. */
    DELETE_KEY(TextEdits::deleteKey),
    /** A known, misspelt or odd key added. */
    ADD_KEY(TextEdits::addKey),
    /** A value replaced by one of another type (scalar, list, mapping, nothing). */
    SWAP_TYPE(TextEdits::swapType),
    /** A unit replaced by a wrong or missing one. */
    WRONG_UNIT(TextEdits::wrongUnit),
    /** A number beyond every range. */
    HUGE_NUMBER(TextEdits::hugeNumber),
    /** A number made negative. */
    NEGATIVE(TextEdits::negative),
    /** A value replaced by .nan or .inf. */
    NOT_FINITE(TextEdits::notFinite),
    /** A value nested in lists or mappings, up to far beyond the limit. */
    DEEP_NESTING(TextEdits::deepNesting),
    /** A very long key or value. */
    LONG_STRING(TextEdits::longString),
    /** Anchors and aliases, some dangling. */
    ANCHOR_ALIAS(TextEdits::anchorAlias),
    /** A billion-laughs alias bomb. */
    ALIAS_BOMB(TextEdits::aliasBomb),
    /** Tabs in indentation or after a colon. */
    TABS(TextEdits::tabs),
    /** A line repeated. */
    DUPLICATE_LINE(TextEdits::duplicateLine),
    /** YAML punctuation sprinkled in. */
    PUNCTUATION(TextEdits::punctuation),
    /** A value with a YAML tag. */
    TAGGED(TextEdits::tagged),
    /** Document markers and directives. */
    DOCUMENT_MARKERS(TextEdits::documentMarkers),
    /** Control and other odd characters. */
    CONTROL_CHARACTERS(TextEdits::controlCharacters),
    /** CRLF or lone CR line ends. */
    LINE_ENDS(TextEdits::lineEnds),
    /** The whole file empty or next to empty. */
    EMPTY(TextEdits::empty),
    /** Bytes that are not UTF-8. */
    INVALID_UTF8(null, ByteEdits::invalidUtf8),
    /** Random bytes, a binary header or UTF-16. */
    BINARY(null, ByteEdits::binary),
    /** Cut at a random offset. */
    TRUNCATE(null, ByteEdits::truncate);

    private final BiFunction<String, Random, String> text;
    private final BiFunction<byte[], Random, byte[]> bytes;

    Mutation(BiFunction<String, Random, String> text) {
        this(text, null);
    }

    Mutation(BiFunction<String, Random, String> text, BiFunction<byte[], Random, byte[]> bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    boolean editsText() {
        return text != null;
    }

    String apply(String in, Random r) {
        return text.apply(in, r);
    }

    byte[] apply(byte[] in, Random r) {
        return bytes.apply(in, r);
    }
}

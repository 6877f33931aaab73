package dsim.random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeedsTest {

    /** FNV-1a as specified: over the bytes String.getBytes gives, the reference the streaming form must equal. */
    private static long fnv1aOfBytes(String s) {
        long h = Seeds.FNV_START;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return h;
    }

    /** Stream names are hashed in parts without making bytes; every seed a run draws depends on it matching. */
    @Property(tries = 500)
    void fnv1a_inParts_equalsTheHashOfTheWholeNamesBytes(@ForAll String a, @ForAll String b) {
        assertEquals(fnv1aOfBytes(a + b), Seeds.fnv1a(Seeds.fnv1a(a), b));
        assertEquals(fnv1aOfBytes(a), Seeds.fnv1a(a));
    }

    @Test
    void fnv1a_encodesEveryWidthAndAnUnpairedSurrogateAsGetBytesDoes() {
        for (String s : new String[] {"", "queue", "naïve", "€uro", "日本語", "emoji \uD83D\uDE00 pair",
            "lone \uD83D high", "lone \uDE00 low", "\uDE00\uD83D reversed", "end \uD83D"}) {
            assertEquals(fnv1aOfBytes(s), Seeds.fnv1a(s), s);
        }
    }

    @Test
    void stream_isTheStreamOfItsNamesHash() {
        assertEquals(Seeds.stream(42, "link:a->b:loss"),
                Seeds.streamOfHash(42, Seeds.fnv1a(Seeds.fnv1a("link:a->b:"), "loss")));
    }

    @Test
    void stream_ofANodesParts_isTheStreamOfTheJoinedName() {
        for (String node : new String[] {"worker-1", "", "naïve €", "emoji \uD83D\uDE00"}) {
            assertEquals(Seeds.stream(7, "consumer:" + node + ":processing"),
                    Seeds.stream(7, "consumer:", node, ":processing"), node);
        }
    }
}

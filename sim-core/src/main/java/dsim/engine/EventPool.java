package dsim.engine;

import java.util.Arrays;

/**
 * Payloads of pending events, recycled through a free list. An event is a kind, a target
 * node, a message and six integer arguments whose meaning the kind fixes. Each event's
 * fields sit side by side in one {@code int[]} (eight ints, 32 bytes: half a cache line), so
 * reading an event costs one cache miss, not one per field. Foreground events are work;
 * background events (a broker's next crash) do not keep a run alive on their own.
 */
public final class EventPool {

    private static final int STRIDE = 8;
    /** Bytes each pending event's payload takes. */
    public static final int BYTES_PER_EVENT = STRIDE * Integer.BYTES;
    private static final int HEADER = 0; // kind (bits 0-6), foreground (bit 7), node (bits 8-31)
    private static final int MESSAGE = 1;
    private static final int A = 2;
    private static final int FOREGROUND_BIT = 1 << 7;
    /** Node indexes must fit the 24 bits above kind and flag. */
    public static final int MAX_NODES = 1 << 23;

    private int[] data;
    private int freeHead = -1;
    private int used;

    /** A pool with room for {@code capacity} events before it grows. */
    public EventPool(int capacity) {
        data = new int[STRIDE * Math.max(capacity, 16)];
    }

    /** Takes a slot and fills it; the caller pushes it on the queue. */
    public int allocate(int eventKind, boolean isForeground, int target, int msg, int argA, int argB, int argC, int argD,
                        int argE, int argF) {
        int slot;
        if (freeHead >= 0) {
            slot = freeHead;
            freeHead = data[STRIDE * slot + MESSAGE]; // a free slot's message word links to the next free one
        } else {
            if (STRIDE * used == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            slot = used++;
        }
        int at = STRIDE * slot;
        int[] d = data;
        d[at + HEADER] = eventKind | (isForeground ? FOREGROUND_BIT : 0) | (target << 8);
        d[at + MESSAGE] = msg;
        d[at + A] = argA;
        d[at + A + 1] = argB;
        d[at + A + 2] = argC;
        d[at + A + 3] = argD;
        d[at + A + 4] = argE;
        d[at + A + 5] = argF;
        return slot;
    }

    /** Returns a slot to the pool; its fields must have been read already. */
    public void release(int slot) {
        data[STRIDE * slot + MESSAGE] = freeHead;
        freeHead = slot;
    }

    public int kind(int slot) {
        return data[STRIDE * slot + HEADER] & 0x7F;
    }

    public boolean isForeground(int slot) {
        return (data[STRIDE * slot + HEADER] & FOREGROUND_BIT) != 0;
    }

    public int node(int slot) {
        return data[STRIDE * slot + HEADER] >>> 8;
    }

    public int message(int slot) {
        return data[STRIDE * slot + MESSAGE];
    }

    public int a(int slot) {
        return data[STRIDE * slot + A];
    }

    public int b(int slot) {
        return data[STRIDE * slot + A + 1];
    }

    public int c(int slot) {
        return data[STRIDE * slot + A + 2];
    }

    public int d(int slot) {
        return data[STRIDE * slot + A + 3];
    }

    public int e(int slot) {
        return data[STRIDE * slot + A + 4];
    }

    public int f(int slot) {
        return data[STRIDE * slot + A + 5];
    }
}

package dsim.engine;

import java.util.Arrays;

/**
 * Payloads of pending events in parallel primitive arrays, recycled through a free list.
 * An event is a kind, a target node, a message and six integer arguments whose meaning
 * the kind fixes. Foreground events are work; background events (a broker's next crash)
 * do not keep a run alive on their own.
 */
public final class EventPool {

    private byte[] kind;
    private boolean[] foreground;
    private int[] node;
    private int[] message;
    private int[] a;
    private int[] b;
    private int[] c;
    private int[] d;
    private int[] e;
    private int[] f;
    private int[] nextFree;
    private int freeHead = -1;
    private int used;

    /** A pool with room for {@code capacity} events before it grows. */
    public EventPool(int capacity) {
        int n = Math.max(capacity, 16);
        kind = new byte[n];
        foreground = new boolean[n];
        node = new int[n];
        message = new int[n];
        a = new int[n];
        b = new int[n];
        c = new int[n];
        d = new int[n];
        e = new int[n];
        f = new int[n];
        nextFree = new int[n];
    }

    /** Takes a slot and fills it; the caller pushes it on the queue. */
    public int allocate(int eventKind, boolean isForeground, int target, int msg, int argA, int argB, int argC, int argD,
                        int argE, int argF) {
        int slot;
        if (freeHead >= 0) {
            slot = freeHead;
            freeHead = nextFree[slot];
        } else {
            if (used == kind.length) {
                grow();
            }
            slot = used++;
        }
        kind[slot] = (byte) eventKind;
        foreground[slot] = isForeground;
        node[slot] = target;
        message[slot] = msg;
        a[slot] = argA;
        b[slot] = argB;
        c[slot] = argC;
        d[slot] = argD;
        e[slot] = argE;
        f[slot] = argF;
        return slot;
    }

    /** Returns a slot to the pool; its fields must have been read already. */
    public void release(int slot) {
        nextFree[slot] = freeHead;
        freeHead = slot;
    }

    public int kind(int slot) {
        return kind[slot];
    }

    public boolean isForeground(int slot) {
        return foreground[slot];
    }

    public int node(int slot) {
        return node[slot];
    }

    public int message(int slot) {
        return message[slot];
    }

    public int a(int slot) {
        return a[slot];
    }

    public int b(int slot) {
        return b[slot];
    }

    public int c(int slot) {
        return c[slot];
    }

    public int d(int slot) {
        return d[slot];
    }

    public int e(int slot) {
        return e[slot];
    }

    public int f(int slot) {
        return f[slot];
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        foreground = Arrays.copyOf(foreground, n);
        node = Arrays.copyOf(node, n);
        message = Arrays.copyOf(message, n);
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        c = Arrays.copyOf(c, n);
        d = Arrays.copyOf(d, n);
        e = Arrays.copyOf(e, n);
        f = Arrays.copyOf(f, n);
        nextFree = Arrays.copyOf(nextFree, n);
    }
}

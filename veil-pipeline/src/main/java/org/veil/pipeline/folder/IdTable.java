package org.veil.pipeline.folder;

/**
 * A map from {@link Id128} to {@link Id128} in two flat arrays (open addressing, linear probing): about 50 bytes per
 * entry, so a run of a million files keeps its claims and journal index in tens of megabytes. Thread-safe (all methods
 * synchronized; each call is short).
 */
final class IdTable {
    private static final double LOAD = 0.6;

    private long[] keys;
    private long[] values;
    private boolean[] used;
    private int size;

    IdTable() {
        allocate(1024);
    }

    private void allocate(int slots) {
        keys = new long[slots * 2];
        values = new long[slots * 2];
        used = new boolean[slots];
    }

    synchronized int size() {
        return size;
    }

    /** The value of {@code key}, or null. */
    synchronized Id128 get(Id128 key) {
        int slot = find(key);
        return used[slot] ? new Id128(values[2 * slot], values[2 * slot + 1]) : null;
    }

    /** True when {@code key} is present. */
    synchronized boolean contains(Id128 key) {
        return used[find(key)];
    }

    /**
     * Puts {@code key -> value} unless {@code key} is present.
     *
     * @return the existing value, or null when the entry was added
     */
    synchronized Id128 putIfAbsent(Id128 key, Id128 value) {
        int slot = find(key);
        if (used[slot]) {
            return new Id128(values[2 * slot], values[2 * slot + 1]);
        }
        set(slot, key, value);
        size++;
        if (size > used.length * LOAD) {
            grow();
        }
        return null;
    }

    /** Removes {@code key} when it maps to {@code value}. */
    /** Replaces the value of {@code key} if it is {@code expected}; true when it was. */
    synchronized boolean replace(Id128 key, Id128 expected, Id128 value) {
        int slot = find(key);
        if (!used[slot] || values[2 * slot] != expected.hi() || values[2 * slot + 1] != expected.lo()) {
            return false;
        }
        set(slot, key, value);
        return true;
    }

    synchronized void remove(Id128 key, Id128 value) {
        int slot = find(key);
        if (used[slot] && values[2 * slot] == value.hi() && values[2 * slot + 1] == value.lo()) {
            used[slot] = false;
            size--;
            rehashAfter(slot);
        }
    }

    private void rehashAfter(int freed) {
        int mask = used.length - 1;
        for (int s = (freed + 1) & mask; used[s]; s = (s + 1) & mask) {
            Id128 k = new Id128(keys[2 * s], keys[2 * s + 1]);
            Id128 v = new Id128(values[2 * s], values[2 * s + 1]);
            used[s] = false;
            set(find(k), k, v);
        }
    }

    private int find(Id128 key) {
        int mask = used.length - 1;
        int s = (int) (mix(key.hi() ^ Long.rotateLeft(key.lo(), 32)) & mask);
        while (used[s] && (keys[2 * s] != key.hi() || keys[2 * s + 1] != key.lo())) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void set(int slot, Id128 key, Id128 value) {
        used[slot] = true;
        keys[2 * slot] = key.hi();
        keys[2 * slot + 1] = key.lo();
        values[2 * slot] = value.hi();
        values[2 * slot + 1] = value.lo();
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        allocate(oldUsed.length * 2);
        for (int s = 0; s < oldUsed.length; s++) {
            if (oldUsed[s]) {
                Id128 k = new Id128(oldKeys[2 * s], oldKeys[2 * s + 1]);
                set(find(k), k, new Id128(oldValues[2 * s], oldValues[2 * s + 1]));
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

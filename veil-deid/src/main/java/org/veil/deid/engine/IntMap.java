package org.veil.deid.engine;

import java.util.Arrays;

/** An open-addressing map from int keys (tags) to values; built once, read by many threads. */
final class IntMap<V> {
    private static final int EMPTY = 0;
    private int[] keys;
    private Object[] values;
    private int size;
    private boolean hasZero;
    private V zeroValue;

    IntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new int[cap];
        values = new Object[cap];
    }

    void put(int key, V value) {
        if (key == EMPTY) {
            hasZero = true;
            zeroValue = value;
            return;
        }
        if (2 * (size + 1) > keys.length) {
            rehash();
        }
        int i = slot(key, keys.length);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : null;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, keys.length); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    private static int slot(int key, int length) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (length - 1);
    }

    @SuppressWarnings("unchecked")
    private void rehash() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    @Override
    public String toString() {
        return "IntMap[" + size() + "]" + Arrays.hashCode(keys);
    }
}

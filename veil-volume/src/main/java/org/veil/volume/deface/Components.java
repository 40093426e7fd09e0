package org.veil.volume.deface;

/** 6-connected components of a boolean grid, by flood fill with an explicit stack (no recursion). */
final class Components {
    private final int ni;
    private final int nj;
    private final int nk;

    Components(int ni, int nj, int nk) {
        this.ni = ni;
        this.nj = nj;
        this.nk = nk;
    }

    /** Marks in {@code reached} every voxel of {@code set} connected to a seed; returns how many were reached. */
    int fill(boolean[] set, boolean[] reached, int[] seeds, int seedCount) {
        int[] stack = new int[Math.max(16, seedCount)];
        int top = 0;
        int count = 0;
        for (int s = 0; s < seedCount; s++) {
            int x = seeds[s];
            if (set[x] && !reached[x]) {
                reached[x] = true;
                count++;
                stack = push(stack, top++, x);
            }
        }
        int[] next = new int[6];
        while (top > 0) {
            int x = stack[--top];
            neighbours(x, next);
            for (int y : next) {
                if (y >= 0 && set[y] && !reached[y]) {
                    reached[y] = true;
                    count++;
                    stack = push(stack, top++, y);
                }
            }
        }
        return count;
    }

    private static int[] push(int[] stack, int at, int value) {
        int[] s = at < stack.length ? stack : java.util.Arrays.copyOf(stack, stack.length * 2);
        s[at] = value;
        return s;
    }

    /** The component of {@code set} that holds the most voxels of {@code weight} (or the largest when none). */
    boolean[] heaviest(boolean[] set, boolean[] weight) {
        int[] label = new int[set.length];
        int labels = 0;
        int best = -1;
        long bestScore = -1;
        int[] stack = new int[1024];
        int[] next = new int[6];
        for (int x = 0; x < set.length; x++) {
            if (!set[x] || label[x] != 0) {
                continue;
            }
            labels++;
            long size = 0;
            long heavy = 0;
            int top = 0;
            label[x] = labels;
            stack = push(stack, top++, x);
            while (top > 0) {
                int y = stack[--top];
                size++;
                heavy += weight != null && weight[y] ? 1 : 0;
                neighbours(y, next);
                for (int z : next) {
                    if (z >= 0 && set[z] && label[z] == 0) {
                        label[z] = labels;
                        stack = push(stack, top++, z);
                    }
                }
            }
            long score = heavy * (1L << 32) + size;
            if (score > bestScore) {
                bestScore = score;
                best = labels;
            }
        }
        boolean[] out = new boolean[set.length];
        for (int x = 0; x < set.length; x++) {
            out[x] = label[x] == best;
        }
        return out;
    }

    /** The six neighbours of voxel x into {@code out}, -1 beyond the grid. */
    private void neighbours(int x, int[] out) {
        int plane = ni * nj;
        int i = x % ni;
        int j = x / ni % nj;
        int k = x / plane;
        out[0] = i > 0 ? x - 1 : -1;
        out[1] = i < ni - 1 ? x + 1 : -1;
        out[2] = j > 0 ? x - ni : -1;
        out[3] = j < nj - 1 ? x + ni : -1;
        out[4] = k > 0 ? x - plane : -1;
        out[5] = k < nk - 1 ? x + plane : -1;
    }
}

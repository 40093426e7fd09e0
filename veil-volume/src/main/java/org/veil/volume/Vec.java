package org.veil.volume;

/** Small operations on 3-vectors (double[3]). */
final class Vec {
    private Vec() {
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static boolean close(double[] a, double[] b, double tolerance) {
        return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance
                && Math.abs(a[2] - b[2]) <= tolerance;
    }
}

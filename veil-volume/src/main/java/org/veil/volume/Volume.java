package org.veil.volume;

/**
 * The stored values of a series on its grid, 16 bits per voxel (2 bytes x voxels: 22 MB for 256 x 256 x 170, 150 MB
 * for 512 x 512 x 300), with each slice's rescale to modality values (HU for CT). Voxel (x, y, z) is at index
 * {@code x + nx * (y + ny * z)}. Mutable only through {@link #set}; not thread-safe.
 */
public final class Volume {
    private final VolumeGeometry geometry;
    private final short[] stored;
    private final boolean signed;
    private final double[] slope;
    private final double[] intercept;
    private final String modality;

    Volume(VolumeGeometry geometry, short[] stored, boolean signed, double[] slope, double[] intercept,
           String modality) {
        this.geometry = geometry;
        this.stored = stored;
        this.signed = signed;
        this.slope = slope;
        this.intercept = intercept;
        this.modality = modality;
    }

    public VolumeGeometry geometry() {
        return geometry;
    }

    /** The Modality (0008,0060) of the series, upper case ("CT", "MR"), or "" when absent. */
    public String modality() {
        return modality;
    }

    /** The stored value of voxel (x, y, z). */
    public int stored(int x, int y, int z) {
        short s = stored[x + geometry.nx() * (y + geometry.ny() * z)];
        return signed ? s : s & 0xFFFF;
    }

    /** The modality value (stored value through the slice's rescale) of voxel (x, y, z). */
    public double value(int x, int y, int z) {
        return stored(x, y, z) * slope[z] + intercept[z];
    }

    /** Sets the stored value of voxel (x, y, z). */
    public void set(int x, int y, int z, int storedValue) {
        stored[x + geometry.nx() * (y + geometry.ny() * z)] = (short) storedValue;
    }

    /** The stored value that gives {@code modalityValue} in slice z, rounded and kept within 16 bits. */
    public int storedFor(double modalityValue, int z) {
        long v = Math.round((modalityValue - intercept[z]) / slope[z]);
        long lo = signed ? Short.MIN_VALUE : 0;
        long hi = signed ? Short.MAX_VALUE : 0xFFFF;
        return (int) Math.max(lo, Math.min(hi, v));
    }

    private int at(int index) {
        short v = stored[index];
        return signed ? v : v & 0xFFFF;
    }

    /**
     * The modality value at a fractional voxel index, trilinear; {@code outside} beyond the grid.
     */
    public double sample(double x, double y, double z, double outside) {
        VolumeGeometry g = geometry;
        if (x < 0 || y < 0 || z < 0 || x > g.nx() - 1 || y > g.ny() - 1 || z > g.nz() - 1) {
            return outside;
        }
        int x0 = Math.min((int) x, g.nx() - 2 < 0 ? 0 : g.nx() - 2);
        int y0 = Math.min((int) y, g.ny() - 2 < 0 ? 0 : g.ny() - 2);
        int z0 = Math.min((int) z, g.nz() - 2 < 0 ? 0 : g.nz() - 2);
        double fx = x - x0;
        double fy = y - y0;
        double fz = z - z0;
        int dx = x0 + 1 < g.nx() ? 1 : 0;
        int dy = y0 + 1 < g.ny() ? g.nx() : 0;
        int plane = g.nx() * g.ny();
        int z1 = z0 + 1 < g.nz() ? z0 + 1 : z0;
        int a = x0 + g.nx() * y0 + plane * z0;
        int b = x0 + g.nx() * y0 + plane * z1;
        double c00 = at(a) * (1 - fx) + at(a + dx) * fx;
        double c10 = at(a + dy) * (1 - fx) + at(a + dy + dx) * fx;
        double c01 = at(b) * (1 - fx) + at(b + dx) * fx;
        double c11 = at(b + dy) * (1 - fx) + at(b + dy + dx) * fx;
        double c0 = (c00 * (1 - fy) + c10 * fy) * slope[z0] + intercept[z0];
        double c1 = (c01 * (1 - fy) + c11 * fy) * slope[z1] + intercept[z1];
        return c0 * (1 - fz) + c1 * fz;
    }
}

package nl.talentenbureau.matching.catalog;

import java.util.Objects;

/** A village or town core with its approximate centroid (WGS84): the unit of distance and of reporting. */
public record Kern(String code, double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Kern {
        Objects.requireNonNull(code, "code");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance between the two centroids, in kilometres. */
    public double kmTo(Kern other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

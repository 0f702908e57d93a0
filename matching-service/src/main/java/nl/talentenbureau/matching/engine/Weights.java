package nl.talentenbureau.matching.engine;

/**
 * How much each score component counts. Configuration; normalised so the weights sum to 1 and a score stays in
 * [0, 1] whatever numbers an operator sets.
 */
public record Weights(double skills, double availability, double distance, double load, double continuity) {

    public static final Weights DEFAULT = new Weights(0.35, 0.25, 0.20, 0.10, 0.10);

    public Weights {
        double[] all = {skills, availability, distance, load, continuity};
        double sum = 0;
        for (double weight : all) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a weight is a finite number >= 0, not " + weight);
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        skills /= sum;
        availability /= sum;
        distance /= sum;
        load /= sum;
        continuity /= sum;
    }

    public double of(Component component) {
        return switch (component) {
            case SKILLS -> skills;
            case AVAILABILITY -> availability;
            case DISTANCE -> distance;
            case LOAD -> load;
            case CONTINUITY -> continuity;
        };
    }

    /** The weighted sum, kept inside [0, 1] against rounding. */
    public double score(double skillsValue, double availabilityValue, double distanceValue, double loadValue,
            double continuityValue) {
        double score = skills * skillsValue + availability * availabilityValue + distance * distanceValue
                + load * loadValue + continuity * continuityValue;
        return Math.max(0, Math.min(1, score));
    }
}

package nl.talentenbureau.matching.support;

import java.util.List;

import nl.talentenbureau.matching.catalog.Codes;
import nl.talentenbureau.matching.catalog.Kern;
import nl.talentenbureau.matching.catalog.KernDistances;

/** The coalitions' kernen and catalogues as the tests and the benchmark use them. */
public final class TestCatalog {

    public static final List<Kern> KERNEN = List.of(
            new Kern("breukelen", 52.1717, 5.0017),
            new Kern("kockengen", 52.1483, 4.9550),
            new Kern("loenen-aan-de-vecht", 52.2094, 5.0217),
            new Kern("loenersloot", 52.2217, 4.9883),
            new Kern("maarssen-dorp", 52.1367, 5.0386),
            new Kern("maarssenbroek", 52.1150, 5.0200),
            new Kern("nieuwer-ter-aa", 52.1622, 4.9775),
            new Kern("nieuwersluis", 52.1958, 5.0144),
            new Kern("nigtevecht", 52.2750, 5.0317),
            new Kern("oud-zuilen", 52.1189, 5.0658),
            new Kern("tienhoven", 52.1594, 5.0778),
            new Kern("vreeland", 52.2289, 5.0306),
            new Kern("dronten", 52.5250, 5.7181),
            new Kern("biddinghuizen", 52.4553, 5.6928),
            new Kern("swifterbant", 52.5672, 5.6339),
            new Kern("meppel", 52.6958, 6.1944),
            new Kern("nijeveen", 52.7333, 6.1667),
            new Kern("de-wijk", 52.6728, 6.2889),
            new Kern("koekange", 52.7108, 6.3022),
            new Kern("havelte", 52.7697, 6.2389),
            new Kern("uffelte", 52.7897, 6.2783),
            new Kern("diever", 52.8536, 6.3189),
            new Kern("dwingeloo", 52.8344, 6.3706),
            new Kern("vledder", 52.8569, 6.2086),
            new Kern("steenwijk", 52.7875, 6.1194),
            new Kern("giethoorn", 52.7400, 6.0778),
            new Kern("vollenhove", 52.6803, 5.9544),
            new Kern("blokzijl", 52.7264, 5.9606),
            new Kern("oldemarkt", 52.8197, 5.9753),
            new Kern("sint-jansklooster", 52.6769, 6.0050),
            new Kern("staphorst", 52.6453, 6.2108),
            new Kern("rouveen", 52.6189, 6.1936),
            new Kern("ijhorst", 52.6575, 6.3000),
            new Kern("hasselt", 52.5914, 6.0917),
            new Kern("genemuiden", 52.6239, 6.0378),
            new Kern("zwartsluis", 52.6392, 6.0733));

    public static final KernDistances DISTANCES = new KernDistances(KERNEN);

    public static final Codes TALENTS = Codes.of("paperwork", "budget-coach", "digital-help", "smartphone-lessons",
            "buddy-visits", "phone-listener", "reading-language", "activity-host", "event-organiser",
            "walking-exercise", "cooking-meals", "carer-respite", "groceries", "driving", "odd-jobs", "gardening");

    public static final Codes TRAININGS = Codes.of("good-conversation", "loneliness-signals", "dementia-basics",
            "digicoach", "first-aid", "privacy-basics");

    public static final List<String> LANGUAGES = List.of("nl", "en", "tr", "ar", "pl", "de");

    private TestCatalog() {
    }
}

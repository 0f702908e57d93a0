package nl.talentenbureau.request.catalog;

/** The catalogue lists a help request refers to, with their path under /api/catalog. */
enum CatalogList {

    KERNEN("kernen", "kern"),
    THEMES("themes", "theme"),
    TALENTS("talents", "talent"),
    TRAININGS("trainings", "training");

    final String path;
    final String noun;

    CatalogList(String path, String noun) {
        this.path = path;
        this.noun = noun;
    }
}

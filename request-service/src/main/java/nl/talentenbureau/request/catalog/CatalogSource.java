package nl.talentenbureau.request.catalog;

import java.util.Map;

/** Reads one catalogue list: code to "still assignable"; empty before the catalogue arrived. */
interface CatalogSource {

    Map<String, Boolean> read(CatalogList list);
}

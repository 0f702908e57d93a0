package nl.talentenbureau.request.catalog;

import java.util.Map;

/** Reads one catalogue list: code to "still assignable". Throws when the catalogue cannot be reached. */
interface CatalogSource {

    Map<String, Boolean> read(CatalogList list);
}

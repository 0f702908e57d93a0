package nl.talentenbureau.request.support;

import nl.talentenbureau.platform.testing.StubFeeds;
import nl.talentenbureau.request.catalog.CatalogFeedConsumer;

/**
 * Organisations of the coalition's directory on the stub of volunteer-service's feed, as volunteer-service publishes
 * them ({@code OrganisationChanged}, aggregate type catalog). Follow the catalogue feed afterwards.
 */
public final class Organisations {

    private Organisations() {
    }

    public static void inTheDirectory(String... aliases) {
        for (String alias : aliases) {
            StubFeeds.append(CatalogFeedConsumer.FEED, "OrganisationChanged", "catalog", "organisation:" + alias,
                    "{\"code\": \"" + alias + "\", \"name\": \"" + alias + "\", \"retiredAt\": null}");
        }
    }
}

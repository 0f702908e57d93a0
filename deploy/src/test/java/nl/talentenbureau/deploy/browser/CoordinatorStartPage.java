package nl.talentenbureau.deploy.browser;

import org.openqa.selenium.By;

/** {@code /coordinator}: the open requests of the coordinator's organisation, each a link to its page. */
public final class CoordinatorStartPage extends WebPage {

    private CoordinatorStartPage(Browser browser) {
        super(browser);
    }

    public static CoordinatorStartPage shown(Browser browser) {
        browser.until(d -> d.getCurrentUrl().contains("/coordinator"));
        return new CoordinatorStartPage(browser);
    }

    public static By request(String requestId) {
        return By.cssSelector("a[data-request-id='" + requestId + "']");
    }

    public boolean lists(String requestId) {
        return browser.has(request(requestId));
    }

    /** Opens the request's page through its link. */
    public RequestPage openRequest(String requestId) {
        browser.find(request(requestId)).click();
        return RequestPage.shown(browser, requestId);
    }
}

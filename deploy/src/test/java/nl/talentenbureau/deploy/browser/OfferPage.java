package nl.talentenbureau.deploy.browser;

import org.openqa.selenium.By;

/** {@code /aanbod/{matchId}}: one offer to a volunteer, with accept and decline. */
public final class OfferPage extends WebPage {

    public static final By ACCEPT = By.id("accept");
    private static final By STATE = By.id("match-state");

    private OfferPage(Browser browser) {
        super(browser);
    }

    public static OfferPage shown(Browser browser, String matchId) {
        browser.until(d -> d.getCurrentUrl().contains("/aanbod/" + matchId));
        browser.find(STATE); // the offer itself: an error page has the same address
        return new OfferPage(browser);
    }

    /** The match's state as the page shows it ({@code #match-state[data-state]}). */
    public String state() {
        return browser.find(STATE).getAttribute("data-state");
    }

    public OfferPage accept() {
        browser.find(ACCEPT).click();
        browser.find(FLASH);
        return new OfferPage(browser);
    }
}

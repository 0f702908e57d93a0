package nl.talentenbureau.deploy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The public pages a person without an account uses: {@code /vacatures}, one vacancy, the application form
 * {@code /solliciteren}, the "mail is on its way" page and the mail's link {@code /solliciteren/bevestigen}, whose
 * button confirms.
 */
public final class PublicPages extends WebPage {

    private static final By FORM = By.id("application");
    private static final By CONFIRMATION = By.id("confirmation");
    private static final By CONFIRM_BUTTON = By.id("confirm-application");

    private PublicPages(Browser browser) {
        super(browser);
    }

    public static PublicPages any(Browser browser) {
        return new PublicPages(browser);
    }

    /** On {@code /vacatures}: opens the vacancy with this id. */
    public PublicPages openVacancy(String vacancyId) {
        browser.find(By.cssSelector("[data-vacancy-id='" + vacancyId + "'] h2 a")).click();
        browser.until(d -> d.getCurrentUrl().contains("/vacatures/" + vacancyId));
        browser.find(By.cssSelector("h1[data-vacancy-id='" + vacancyId + "']"));
        return new PublicPages(browser);
    }

    /** On a vacancy: the button to apply, to the form. */
    public PublicPages applyForIt() {
        browser.find(By.id("apply")).click();
        browser.find(FORM);
        return new PublicPages(browser);
    }

    /** The source the form will send ({@code #origin[data-source]}). */
    public String source() {
        return browser.find(By.id("origin")).getAttribute("data-source");
    }

    /** Fills in the form as a person does and sends it; answers the page that follows. */
    public PublicPages fillInAndSend(String name, String email, String kern, String motivation) {
        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("mail")).sendKeys(email);
        new Select(browser.find(By.id("homeKern"))).selectByValue(kern);
        browser.find(By.id("motivation")).sendKeys(motivation);
        browser.find(By.id("consent")).click();
        browser.find(By.id("send-application")).click();
        browser.until(d -> !d.findElements(By.id("application-sent")).isEmpty()
                || !d.findElements(By.cssSelector(".field-error, #form-error")).isEmpty());
        return new PublicPages(browser);
    }

    public boolean sent() {
        return browser.has(By.id("application-sent"));
    }

    /**
     * On the mail's link: presses "Ja, ik wil mij aanmelden" (the link itself confirms nothing, so a mail scanner
     * that opens it does not confirm); answers the page that says what happened.
     */
    public PublicPages confirm() {
        browser.find(CONFIRM_BUTTON).click();
        browser.find(CONFIRMATION);
        return new PublicPages(browser);
    }

    /** After pressing the button: {@code confirmed}, {@code already}, {@code unknown} or {@code busy}. */
    public String confirmationOutcome() {
        return browser.find(CONFIRMATION).getAttribute("data-outcome");
    }
}

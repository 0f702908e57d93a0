package nl.talentenbureau.deploy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Keycloak's own sign-in page (theme keycloak.v2), where the web app sends a person who is not signed in. */
public final class SignInPage {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.id("kc-login");

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the browser shows Keycloak's sign-in form (after a redirect from the web app). */
    public static SignInPage shown(Browser browser, String keycloakUrl) {
        browser.until(d -> d.getCurrentUrl().startsWith(keycloakUrl) && !d.findElements(USERNAME).isEmpty());
        return new SignInPage(browser);
    }

    /**
     * Types the user name and password and presses the sign-in button. With Organizations on, Keycloak asks for the
     * user name first and for the password on a second page; both ways work.
     */
    public void signIn(String username, String password) {
        browser.find(USERNAME).clear();
        browser.find(USERNAME).sendKeys(username);
        if (!browser.has(PASSWORD)) {
            browser.step("keycloak-user-name");
            browser.find(SUBMIT).click();
        }
        browser.find(PASSWORD).sendKeys(password);
        browser.step("keycloak-password");
        browser.find(SUBMIT).click();
    }

    /**
     * The same with the keyboard only: Tab to the user name (Keycloak usually gives it the focus already), type,
     * Enter when Keycloak asks for the user name first, Tab to the password, type, Enter.
     */
    public void signInByKeyboard(String username, String password) {
        if (!"username".equals(browser.focused().getAttribute("id"))) {
            browser.tabTo(USERNAME, 10);
        }
        browser.press(username);
        if (!browser.has(PASSWORD)) {
            browser.step("keycloak-user-name-keyboard");
            browser.press(Keys.ENTER);
            browser.find(PASSWORD);
        }
        WebElement focused = browser.focused();
        if (!"password".equals(focused.getAttribute("id"))) {
            browser.tabTo(PASSWORD, 10);
        }
        browser.press(password);
        browser.step("keycloak-password-keyboard");
        browser.press(Keys.ENTER);
    }
}

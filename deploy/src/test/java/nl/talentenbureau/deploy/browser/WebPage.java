package nl.talentenbureau.deploy.browser;

import org.openqa.selenium.By;

/** What every page of the web app has (the web contract's stable hooks): language, main, skip link, h1, switch. */
public class WebPage {

    public static final By MAIN = By.cssSelector("main#main");
    public static final By SKIP_LINK = By.cssSelector("a[href='#main']");
    public static final By LANG_SWITCH = By.id("lang-switch");
    public static final By SIGN_OUT = By.id("sign-out");
    public static final By FLASH = By.id("flash");

    protected final Browser browser;

    protected WebPage(Browser browser) {
        this.browser = browser;
        browser.find(MAIN);
    }

    public static WebPage any(Browser browser) {
        return new WebPage(browser);
    }

    /** {@code <html lang>}: nl or en. */
    public String language() {
        return browser.find(By.tagName("html")).getAttribute("lang");
    }

    public String heading() {
        return browser.find(By.tagName("h1")).getText();
    }

    /** Follows the language switch; answers the page again, now in the other language. */
    public WebPage switchLanguage() {
        String before = language();
        browser.find(LANG_SWITCH).click();
        browser.until(d -> !before.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return new WebPage(browser);
    }

    /** The success sentence after an action. */
    public String flash() {
        return browser.find(FLASH).getText();
    }
}

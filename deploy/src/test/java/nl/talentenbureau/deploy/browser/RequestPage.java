package nl.talentenbureau.deploy.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /coordinator/hulpvragen/{id}}: the request, its candidates best first, propose, and the matches. */
public final class RequestPage extends WebPage {

    private static final By CANDIDATE = By.cssSelector("[data-volunteer-id]");

    private final String requestId;

    private RequestPage(Browser browser, String requestId) {
        super(browser);
        this.requestId = requestId;
    }

    public static RequestPage shown(Browser browser, String requestId) {
        browser.until(d -> d.getCurrentUrl().contains("/coordinator/hulpvragen/" + requestId));
        return new RequestPage(browser, requestId);
    }

    public static RequestPage open(Browser browser, String base, String requestId) {
        browser.get(base + "/coordinator/hulpvragen/" + requestId);
        return shown(browser, requestId);
    }

    /** The candidates' volunteer ids, in the page's order (best first). */
    public List<String> candidates() {
        return browser.all(CANDIDATE).stream().map(row -> row.getAttribute("data-volunteer-id")).toList();
    }

    private WebElement row(String volunteerId) {
        return browser.find(By.cssSelector("[data-volunteer-id='" + volunteerId + "']"));
    }

    /** Presses the candidate's "propose" button; answers the page after the post. */
    public RequestPage propose(String volunteerId) {
        row(volunteerId).findElement(By.cssSelector("button[name='propose'][value='" + volunteerId + "']")).click();
        browser.find(FLASH);
        return new RequestPage(browser, requestId);
    }

    /** The state the candidate's row shows (PROPOSED after a proposal), or null. */
    public String stateOf(String volunteerId) {
        List<WebElement> state = row(volunteerId).findElements(By.cssSelector("[data-state]"));
        return state.isEmpty() ? null : state.get(0).getAttribute("data-state");
    }

    /** The match id the candidate's row shows after a proposal, or null. */
    public String matchOf(String volunteerId) {
        List<WebElement> match = row(volunteerId).findElements(By.cssSelector("[data-match-id]"));
        return match.isEmpty() ? null : match.get(0).getAttribute("data-match-id");
    }

    /** True when the page shows the match in that state ({@code [data-match-id][data-state]}). */
    public boolean showsMatch(String matchId, String state) {
        return browser.has(By.cssSelector("[data-match-id='" + matchId + "'][data-state='" + state + "']"));
    }
}

package nl.talentenbureau.deploy.browser;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core on the page a browser shows, for WCAG 2.2 A and AA (and best practices): every violation of impact
 * serious or critical is kept with the page it was on; moderate and minor ones are counted.
 */
public final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private final List<String> pages = new ArrayList<>();
    private final List<String> serious = new ArrayList<>();
    private final List<String> critical = new ArrayList<>();
    private int other;

    /** Checks what the browser shows now, named {@code page} in the report. */
    public void check(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page + ": " + results.getErrorMessage());
        }
        pages.add(page);
        for (Rule rule : results.getViolations()) {
            String line = page + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") on "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
            switch (String.valueOf(rule.getImpact())) {
                case "critical" -> critical.add(line);
                case "serious" -> serious.add(line);
                default -> other++;
            }
        }
    }

    public List<String> pages() {
        return pages;
    }

    public List<String> serious() {
        return serious;
    }

    public List<String> critical() {
        return critical;
    }

    public int moderateOrMinor() {
        return other;
    }

    /** Every serious and critical violation, one per line. */
    public String report() {
        List<String> all = new ArrayList<>(critical);
        all.addAll(serious);
        return String.join(System.lineSeparator(), all);
    }
}

package nl.talentenbureau.deploy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browsers of one test: {@code @ExtendWith(Browsers.class)} and a {@code Browsers} parameter. When the test
 * fails, every step's screenshot of every browser, and what each shows at the end, is written to
 * {@code deploy/target/screenshots/<test class>/<test>/}; after each test the browsers are closed.
 */
public final class Browsers implements ParameterResolver, AfterEachCallback {

    /** Where the screenshots of a failed test go (under the module's target folder, as failsafe's reports). */
    public static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

    private final List<Browser> open = new ArrayList<>();

    /** A new browser for one person, with a viewport of {@code width} x {@code height}, in Dutch. */
    public Browser open(String role, int width, int height) {
        Browser browser = Browser.open(role, width, height, "nl");
        open.add(browser);
        return browser;
    }

    /** A phone: 390 x 844, the size of a common smartphone's viewport. */
    public Browser phone(String role) {
        return open(role, 390, 844);
    }

    /** A laptop: 1280 x 800. */
    public Browser laptop(String role) {
        return open(role, 1280, 800);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsers browsers = new Browsers();
        context.getStore(NAMESPACE).put("browsers", browsers);
        return browsers;
    }

    /** After the test, before the browsers close: what they show at the failure is still there to take. */
    @Override
    public void afterEach(ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).get("browsers", Browsers.class);
        if (browsers == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browsers.write(context);
            }
        } finally {
            browsers.open.forEach(Browser::close);
        }
    }

    private void write(ExtensionContext context) {
        Browsers browsers = this;
        Path folder = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName())
                .resolve(context.getRequiredTestMethod().getName());
        try {
            Files.createDirectories(folder);
            int written = 0;
            for (Browser browser : browsers.open) {
                for (Browser.Shot shot : browser.shots()) {
                    Files.write(folder.resolve(shot.name() + ".png"), shot.png());
                    written++;
                }
                try {
                    Files.write(folder.resolve(String.format("%02d-%s-at-failure.png", browser.shots().size() + 1,
                            browser.role())), browser.screenshot());
                    Files.writeString(folder.resolve(browser.role() + "-at-failure.html"),
                            browser.currentUrl() + "\n" + browser.driver().getPageSource());
                    written++;
                } catch (RuntimeException e) {
                    // the browser itself may be what failed
                }
            }
            System.out.printf("%s: %d screenshots of the steps in %s%n", context.getDisplayName(), written, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
